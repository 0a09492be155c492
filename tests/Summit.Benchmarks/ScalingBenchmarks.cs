using BenchmarkDotNet.Attributes;
using Summit.Documents;

namespace Summit.Benchmarks;

/// <summary>
/// How the cost of the whole flow grows with the number of reports of one story: 10, 100 and
/// 1,000 reports of 12 sentences each, drawn from the MEANTIME Apple articles (see
/// <see cref="BenchData.Story"/>), on one core.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private IReadOnlyList<ReportInput> _inputs = [];
    private readonly SummitEngine _engine = SummitEngine.CreateDefault(o => o.MaxDegreeOfParallelism = 1);

    /// <summary>The number of reports.</summary>
    [Params(10, 100, 1000)]
    public int Reports { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _inputs = BenchData.Story(Reports);
        var r = _engine.Reconcile(_inputs);
        Console.WriteLine($"// {Reports} reports, {BenchData.Words(_inputs):N0} words, {r.Claims.Count:N0} claims, {r.Facts.Count:N0} facts");
    }

    [Benchmark(Description = "whole flow, one story, one core")]
    public Reconciliation WholeFlow() => _engine.Reconcile(_inputs);
}
