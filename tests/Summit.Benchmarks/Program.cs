using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Summit.Benchmarks;

// dotnet run -c Release --project tests/Summit.Benchmarks -- --filter '*' --job short
// Data is read from ../shared/eval at run time (set SUMMIT_EVAL to point elsewhere).
// --export-tbaq DIR writes the 256 TimeBank + AQUAINT texts as plain-text reports into DIR (a
// temporary folder: never the repository), for timing the sample console (console-256.sh).
if (args is ["--export-tbaq", var dir])
{
    Directory.CreateDirectory(dir);
    foreach (var report in BenchData.TimeBankAquaint())
    {
        var header = report.Published is { } d ? $"date {d:yyyy-MM-dd}\n\n" : "";
        File.WriteAllText(Path.Combine(dir, report.Id + ".txt"), header + report.Text + "\n");
    }
    return 0;
}
// --scale N: one story of N reports (BenchData.Story) through the whole flow on one core, once, then the
// aligner and the reconciler alone on its claims; prints times, claims per second and the process's peak
// working set. Run one N per process (scale.sh) so that each peak is its own.
if (args is ["--scale", var n])
{
    ScaleRun.Run(int.Parse(n, System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}
// --startup engine|steps: a fresh process's start-up, as a user's program meets it or one part at a time
// (startup.sh runs each several times, each in a process of its own).
if (args is ["--startup", var mode])
{
    if (mode == "steps") StartupRun.RunSteps();
    else StartupRun.RunEngine();
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
    .Run(args, DefaultConfig.Instance.AddColumn(new WordsPerSecondColumn()));
return 0;

/// <summary>The console's entry point type.</summary>
internal partial class Program;
