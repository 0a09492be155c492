using BenchmarkDotNet.Attributes;
using Summit;
using Summit.Claims;
using Summit.Documents;
using Summit.Entities;
using Summit.Reconciling;
using Summit.Rendering;
using Summit.Text;
using Summit.Time;
using Summit.Timelines;

/// <summary>
/// The timeline builder on many synthetic facts, and each renderer on the same reconciliation.
/// dotnet run -c Release --project tests/Summit.Benchmarks -- --filter '*TimelineBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class TimelineBenchmarks
{
    private static readonly string[] Values = ["1991", "2000", "198", "2011", "2018-03", "2019", "2019-02", "2019-W16", "2019-04-24", "2019-04-25", "2019-04-26"];

    private Fact[] _facts = [];
    private Claim[] _claims = [];
    private Story _story = null!;
    private Reconciliation _result = null!;

    /// <summary>How many facts.</summary>
    [Params(2000)]
    public int Facts { get; set; }

    /// <summary>Ten reports; every fact has one or two claims; two facts in five are undated.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(7);
        const int reports = 10;
        var text = new string('x', 100_000);
        var analyses = Enumerable.Range(0, reports).Select(i => new TextAnalysis(
            new Report($"r{i}", text, [], [], []) { Source = $"S{i}", Published = new DateOnly(2019, 4, 25) },
            Enumerable.Range(0, 1000).Select(s => new Sentence(s, new Span(s * 100, s * 100 + 99), 0, 0, 0)).ToArray(), [], [], [])).ToArray();
        _story = new Story(analyses, EntityResolution.Empty, []);
        var claims = new List<Claim>();
        var facts = new List<Fact>();
        for (int f = 0; f < Facts; f++)
        {
            var mine = new List<Claim>();
            foreach (var r in new[] { rng.Next(reports), rng.Next(reports) }.Distinct())
            {
                int s = rng.Next(1000);
                var c = new Claim($"c{claims.Count}", $"r{r}", new Span(s * 100, s * 100 + 50), new string('x', 50), "say") { Sentence = s };
                claims.Add(c);
                mine.Add(c);
            }
            var time = rng.Next(5) < 2 ? null : Values[rng.Next(Values.Length)];
            facts.Add(new Fact($"f{f}", mine.Count > 1 ? FactStatus.Corroborated : FactStatus.Single, mine, mine.Select(c => "S" + c.ReportId[1..]).Distinct().ToArray(), "a merged statement of some length")
            {
                Time = time, Granularity = time is null ? Granularity.None : Granularity.Day, Confidence = 0.5,
            });
        }
        _facts = [.. facts];
        _claims = [.. claims];
        var timeline = new TimelineBuilder().Build(_facts, _story);
        _result = new Reconciliation(analyses.Select(a => a.Report).ToArray(), analyses, _claims, _facts, timeline, EntityResolution.Empty, [], []);
    }

    /// <summary>Ordering the facts.</summary>
    [Benchmark]
    public Timeline Build() => new TimelineBuilder().Build(_facts, _story);

    /// <summary>Each renderer, into a discarded writer.</summary>
    [Benchmark]
    [Arguments("json")]
    [Arguments("text")]
    [Arguments("markdown")]
    [Arguments("html")]
    public void Render(string format)
    {
        IReconciliationRenderer renderer = format switch
        {
            "json" => new JsonRenderer(),
            "text" => new TextRenderer(),
            "markdown" => new MarkdownRenderer(),
            _ => new HtmlRenderer(),
        };
        renderer.Render(_result, TextWriter.Null);
    }
}
