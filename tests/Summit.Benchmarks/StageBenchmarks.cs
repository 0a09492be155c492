using BenchmarkDotNet.Attributes;
using Summit.Alignment;
using Summit.Claims;
using Summit.Documents;
using Summit.Entities;
using Summit.Lexical;
using Summit.Quantities;
using Summit.Reconciling;
using Summit.Text;
using Summit.Time;
using Summit.Timelines;

namespace Summit.Benchmarks;

/// <summary>
/// Throughput of each default stage, and of the whole flow on one core, over the 256 TimeBank +
/// AQUAINT texts (86,000 words; read from ../shared/eval at run time). Each operation processes
/// all 256 texts; the Words/s column divides their words by the mean time.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private IReadOnlyList<ReportInput> _inputs = [];
    private Report[] _reports = [];
    private TextAnalysis[] _analyses = [];
    private EntityResolution _entities = null!;
    private IReadOnlyList<TimeExpression>[] _times = [];
    private Claim[] _claims = [];
    private Story _story = null!;
    private IReadOnlyList<ClaimGroup> _groups = [];
    private IReadOnlyList<Fact> _facts = [];

    private static readonly LexicalResources Lexicon = new();
    private readonly IReportReader _reader = new ReportReader(Lexicon);
    private readonly ITextAnalyzer _analyzer = new TextAnalyzer(Lexicon);
    private readonly IEntityResolver _resolver = new EntityResolver(Lexicon);
    private readonly ITemporalTagger _tagger = new TemporalTagger(Lexicon);
    private readonly IClaimExtractor _extractor = new ClaimExtractor(Lexicon);
    private readonly IClaimAligner _aligner = new ClaimAligner(new SummitOptions(), Lexicon);
    private readonly IReconciler _reconciler = new Reconciler(Lexicon, new QuantityComparer(rates: Lexicon.ExchangeRates));
    private readonly ITimelineBuilder _timeline = new TimelineBuilder();
    private readonly SummitEngine _engine = SummitEngine.CreateDefault(o => o.MaxDegreeOfParallelism = 1);

    [GlobalSetup]
    public void Setup()
    {
        _inputs = BenchData.TimeBankAquaint();
        _reports = _inputs.Select(i => _reader.Read(i)).ToArray();
        _analyses = _reports.Select(r => _analyzer.Analyze(r)).ToArray();
        _entities = _resolver.Resolve(_analyses);
        _times = _analyses.Select(a => _tagger.Tag(a, a.Report.Published)).ToArray();
        _claims = _analyses.SelectMany((a, i) => _extractor.Extract(a, _entities, _times[i])).ToArray();
        _story = new Story(_analyses, _entities, _times.SelectMany(t => t).ToArray());
        _groups = _aligner.Align(_claims, _story);
        _facts = _reconciler.Reconcile(_groups, _story);
        Console.WriteLine($"// {_inputs.Count} reports, {BenchData.Words(_inputs):N0} words, {_claims.Length:N0} claims, {_facts.Count:N0} facts");
    }

    [Benchmark(Description = "1 reader")]
    public int Reader()
    {
        int n = 0;
        foreach (var input in _inputs) n += _reader.Read(input).Text.Length;
        return n;
    }

    [Benchmark(Description = "2 text analyzer")]
    public int TextAnalyzer()
    {
        int n = 0;
        foreach (var report in _reports) n += _analyzer.Analyze(report).Tokens.Count;
        return n;
    }

    [Benchmark(Description = "3 entity resolver")]
    public EntityResolution EntityResolver() => _resolver.Resolve(_analyses);

    [Benchmark(Description = "4 temporal tagger")]
    public int TemporalTagger()
    {
        int n = 0;
        foreach (var a in _analyses) n += _tagger.Tag(a, a.Report.Published).Count;
        return n;
    }

    [Benchmark(Description = "5 claim extractor")]
    public int ClaimExtractor()
    {
        int n = 0;
        for (int i = 0; i < _analyses.Length; i++) n += _extractor.Extract(_analyses[i], _entities, _times[i]).Count;
        return n;
    }

    [Benchmark(Description = "6 aligner")]
    public IReadOnlyList<ClaimGroup> Aligner() => _aligner.Align(_claims, _story);

    [Benchmark(Description = "7 reconciler")]
    public IReadOnlyList<Fact> Reconciler() => _reconciler.Reconcile(_groups, _story);

    [Benchmark(Description = "8 timeline builder")]
    public Timeline TimelineBuilder() => _timeline.Build(_facts, _story);

    [Benchmark(Description = "whole flow, one core")]
    public Reconciliation WholeFlow() => _engine.Reconcile(_inputs);
}
