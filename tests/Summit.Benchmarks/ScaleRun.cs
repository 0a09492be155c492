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
        var sampler = new PeakSampler();
        var clock = Stopwatch.StartNew();
        var result = engine.Reconcile(inputs);
        var whole = clock.Elapsed;
        long flowHeap = sampler.Take();
        // memory of the flow itself: the process's peak so far, and what the result keeps alive
        var peakFlow = Process.GetCurrentProcess().PeakWorkingSet64;
        long live = GC.GetTotalMemory(forceFullCollection: true);
        // SUMMIT_SCALE_JSON=FILE keeps the story's JSON, to check that two builds give the same output
        if (Environment.GetEnvironmentVariable("SUMMIT_SCALE_JSON") is { Length: > 0 } dump)
        {
            using var w = new StreamWriter(dump);
            new Summit.Rendering.JsonRenderer().Render(result, w);
        }
        var story = new Story(result.Analyses, result.Entities, result.TimeExpressions);
        var aligner = new ClaimAligner(new SummitOptions(), Lexicon);
        var plain = new ClaimAligner(new SummitOptions { GroupCohesion = 0 }, Lexicon);
        // both warmed first on a part of the claims (the first run of a stage is slower: JIT tiers), so neither
        // order nor warm-up decides the comparison
        var part = result.Claims.Take(Math.Min(result.Claims.Count, 3000)).ToArray();
        aligner.Align(part, story);
        plain.Align(part, story);
        GC.Collect();
        sampler.Take();
        clock.Restart();
        var groups = aligner.Align(result.Claims, story);
        var align = clock.Elapsed;
        long alignHeap = sampler.Take() - live;
        // the same without the cohesion check (SummitOptions.GroupCohesion = 0): what that check costs
        clock.Restart();
        plain.Align(result.Claims, story);
        var alignPlain = clock.Elapsed;
        var reconciler = new Reconciler(Lexicon, new QuantityComparer(rates: Lexicon.ExchangeRates));
        GC.Collect();
        sampler.Take();
        clock.Restart();
        reconciler.Reconcile(groups, story);
        var reconcile = clock.Elapsed;
        long reconcileHeap = sampler.Take() - live;
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c,
            $"reports {reports,6:N0} | words {words,10:N0} | claims {result.Claims.Count,8:N0} | whole flow {whole.TotalSeconds,7:F2} s " +
            $"({whole.TotalMilliseconds * 1000 / reports,6:F0} µs/report, {words / whole.TotalSeconds,8:N0} words/s) | aligner {align.TotalSeconds,6:F2} s " +
            $"({align.TotalMilliseconds * 1000 / result.Claims.Count,5:F1} µs/claim; {alignPlain.TotalMilliseconds * 1000 / result.Claims.Count,5:F1} without the cohesion check) | reconciler {reconcile.TotalSeconds,6:F2} s " +
            $"({reconcile.TotalMilliseconds * 1000 / reports,6:F0} µs/report) | peak working set of the flow {peakFlow / 1048576.0,6:N0} MB, " +
            $"the result holds {live / 1048576.0,6:N0} MB | peak managed heap: flow {flowHeap / 1048576.0,6:N0} MB; above the result, " +
            $"aligner alone {alignHeap / 1048576.0,5:N0} MB, reconciler alone {reconcileHeap / 1048576.0,5:N0} MB"));
    }

    /// <summary>
    /// Samples the managed heap (live objects and garbage not yet collected) every few milliseconds on a thread of
    /// its own and keeps the highest: a stage's peak between two calls of <see cref="Take"/>.
    /// </summary>
    private sealed class PeakSampler
    {
        private long _heap;

        public PeakSampler()
        {
            var thread = new Thread(() =>
            {
                while (true)
                {
                    long h = GC.GetTotalMemory(false);
                    lock (this) _heap = Math.Max(_heap, h);
                    Thread.Sleep(10);
                }
            }) { IsBackground = true };
            thread.Start();
        }

        /// <summary>The highest heap size since the last call (or since the sampler started).</summary>
        public long Take()
        {
            lock (this)
            {
                long peak = Math.Max(_heap, GC.GetTotalMemory(false));
                _heap = 0;
                return peak;
            }
        }
    }
}
