using System.Diagnostics;
using System.Globalization;
using Summit.Alignment;
using Summit.Documents;
using Summit.Lexical;
using Summit.Quantities;
using Summit.Reconciling;

namespace Summit.Benchmarks;

/// <summary>
/// A recorded measurement (not a BenchmarkDotNet run: one story of 10,000 reports takes too long to repeat
/// many times) of how the flow's cost grows with the number of reports of one story. See scale.sh.
/// </summary>
internal static class ScaleRun
{
    private static readonly LexicalResources Lexicon = new();

    public static void Run(int reports)
    {
        var inputs = BenchData.Story(reports);
        long words = BenchData.Words(inputs);
        var engine = SummitEngine.CreateDefault(o => o.MaxDegreeOfParallelism = 1);
        engine.Reconcile(BenchData.Story(10)); // warm up: resources loaded, code jitted
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var result = engine.Reconcile(inputs);
        var whole = clock.Elapsed;
        // memory of the flow itself: the process's peak so far, and what the result keeps alive
        var peakFlow = Process.GetCurrentProcess().PeakWorkingSet64;
        long live = GC.GetTotalMemory(forceFullCollection: true);
        var story = new Story(result.Analyses, result.Entities, result.TimeExpressions);
        var aligner = new ClaimAligner(new SummitOptions(), Lexicon);
        var plain = new ClaimAligner(new SummitOptions { GroupCohesion = 0 }, Lexicon);
        // both warmed first on a part of the claims (the first run of a stage is slower: JIT tiers), so neither
        // order nor warm-up decides the comparison
        var part = result.Claims.Take(Math.Min(result.Claims.Count, 3000)).ToArray();
        aligner.Align(part, story);
        plain.Align(part, story);
        clock.Restart();
        var groups = aligner.Align(result.Claims, story);
        var align = clock.Elapsed;
        // the same without the cohesion check (SummitOptions.GroupCohesion = 0): what that check costs
        clock.Restart();
        plain.Align(result.Claims, story);
        var alignPlain = clock.Elapsed;
        var reconciler = new Reconciler(Lexicon, new QuantityRecognizer(lexicon: Lexicon), new QuantityComparer(rates: Lexicon.ExchangeRates));
        clock.Restart();
        reconciler.Reconcile(groups, result.Claims, story);
        var reconcile = clock.Elapsed;
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c,
            $"reports {reports,6:N0} | words {words,10:N0} | claims {result.Claims.Count,8:N0} | whole flow {whole.TotalSeconds,7:F2} s " +
            $"({whole.TotalMilliseconds * 1000 / reports,6:F0} µs/report, {words / whole.TotalSeconds,8:N0} words/s) | aligner {align.TotalSeconds,6:F2} s " +
            $"({align.TotalMilliseconds * 1000 / result.Claims.Count,5:F1} µs/claim; {alignPlain.TotalMilliseconds * 1000 / result.Claims.Count,5:F1} without the cohesion check) | reconciler {reconcile.TotalSeconds,6:F2} s " +
            $"({reconcile.TotalMilliseconds * 1000 / reports,6:F0} µs/report) | peak working set of the flow {peakFlow / 1048576.0,6:N0} MB, " +
            $"the result holds {live / 1048576.0,6:N0} MB"));
    }
}
