using System.Diagnostics;
using System.Runtime;
using Summit.Documents;
using Summit.Lexical;

namespace Summit.Benchmarks;

/// <summary>
/// Where a fresh process's time goes before its first result (<c>--startup</c>, run by startup.sh): the runtime's
/// start, each shipped resource's loading, the engine's wiring, the first one-sentence report (code compiled as it
/// first runs) and the same report again (warm). The JIT's own clock (<see cref="JitInfo"/>) tells compiling from
/// the rest in each step. One run per process: only the first run of a process measures start-up.
/// </summary>
internal static class StartupRun
{
    /// <summary>The report: one sentence, dated, as a user's first try would be.</summary>
    private static readonly ReportInput Report = new("one", "The ministry said on Tuesday that 12 people were killed when a bus crashed near Nairobi.")
    {
        Published = new DateOnly(2019, 4, 24),
    };

    /// <summary>
    /// What a user's program does: <see cref="SummitEngine.CreateDefault"/>, then one report; the shipped data loads in
    /// the background meanwhile (<c>AddSummit</c> starts it), so the first report waits only for what it still lacks.
    /// </summary>
    public static void RunEngine()
    {
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        Console.WriteLine($"process start → Main: {sinceStart.TotalMilliseconds:0} ms (runtime start, host, this assembly)");
        SummitEngine engine = null!;
        Step("engine (CreateDefault; the shipped data starts loading)", () => (engine = SummitEngine.CreateDefault()).GetHashCode());
        Step("first one-sentence report", () => engine.Reconcile([Report]).Claims.Count);
        var process = Process.GetCurrentProcess();
        Console.WriteLine($"process start → first result: {(DateTime.Now - process.StartTime).TotalMilliseconds:0} ms (CPU {process.TotalProcessorTime.TotalMilliseconds:0} ms, all threads)");
    }

    /// <summary>The same, one part at a time: each resource loaded on its own first, so each step's cost is its own.</summary>
    public static void RunSteps()
    {
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        Console.WriteLine($"process start → Main: {sinceStart.TotalMilliseconds:0} ms (runtime start, host, this assembly)");
        var lexicon = new LexicalResources();
        Step("lexicon (WordNet, news lexicon)", () => LexiconProbe(lexicon) ? 1 : 0);
        Step("gazetteer (places.tsv)", () => lexicon.Gazetteer.Count);
        Step("outlets (outlets.tsv)", () => lexicon.Outlets.Find("reuters.com") is null ? 0 : 1);
        Step("exchange rates (exchange-rates.csv)", () => lexicon.ExchangeRates.TryGetUnitsPerUsd("GBP", 2019, out _) ? 1 : 0);
        SummitEngine engine = null!;
        Step("engine (AddSummit, CreateDefault)", () => (engine = SummitEngine.CreateDefault()).GetHashCode());
        Step("first one-sentence report", () => engine.Reconcile([Report]).Claims.Count);
        Step("the same report again", () => engine.Reconcile([Report]).Claims.Count);
    }

    private static bool LexiconProbe(LexicalResources lexicon) => lexicon.Words.Find("summit") is not null;

    private static void Step(string what, Func<int> step)
    {
        var jit = JitInfo.GetCompilationTime();
        long methods = JitInfo.GetCompiledMethodCount();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        step();
        var took = clock.Elapsed;
        var compiling = JitInfo.GetCompilationTime() - jit;
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{what}: {took.TotalMilliseconds:0} ms (CPU {used.TotalMilliseconds:0} ms, all threads), of which JIT {compiling.TotalMilliseconds:0} ms ({JitInfo.GetCompiledMethodCount() - methods} methods)");
    }
}
