using BenchmarkDotNet.Attributes;
using Summit.Alignment;
using Summit.Claims;
using Summit.Documents;
using Summit.Lexical;
using Summit.Reconciling;
using Summit.Timelines;

namespace Summit.Benchmarks;

/// <summary>
/// How the cost of the whole flow grows with the number of reports of one story: 10, 100 and
/// 1,000 reports of 12 sentences each, drawn from the MEANTIME Apple articles (see
/// <see cref="BenchData.Story"/>), on one core; and the two story-wide stages whose cost grows
/// fastest (aligner, timeline builder) on the same claims, to show where the growth comes from.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private IReadOnlyList<ReportInput> _inputs = [];
    private readonly SummitEngine _engine = SummitEngine.CreateDefault(o => o.MaxDegreeOfParallelism = 1);
    private readonly IClaimAligner _aligner = new ClaimAligner(new SummitOptions(), new LexicalResources());
    private readonly ITimelineBuilder _timeline = new TimelineBuilder();
    private Reconciliation _result = null!;
    private Story _story = null!;

    /// <summary>The number of reports.</summary>
    [Params(10, 100, 1000)]
    public int Reports { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _inputs = BenchData.Story(Reports);
        var r = _result = _engine.Reconcile(_inputs);
        _story = new Story(r.Analyses, r.Entities, r.TimeExpressions);
        Console.WriteLine($"// {Reports} reports, {BenchData.Words(_inputs):N0} words, {r.Claims.Count:N0} claims, {r.Facts.Count:N0} facts");
    }

    [Benchmark(Description = "whole flow, one story, one core")]
    public Reconciliation WholeFlow() => _engine.Reconcile(_inputs);

    [Benchmark(Description = "aligner only")]
    public IReadOnlyList<ClaimGroup> Aligner() => _aligner.Align(_result.Claims, _story);

    [Benchmark(Description = "timeline builder only")]
    public Timeline TimelineBuilder() => _timeline.Build(_result.Facts, _story);
}
