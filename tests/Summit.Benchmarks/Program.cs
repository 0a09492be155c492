using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Summit.Benchmarks;

// dotnet run -c Release --project tests/Summit.Benchmarks -- --filter '*' --job short
// Data is read from ../shared/eval at run time (set SUMMIT_EVAL to point elsewhere).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
    .Run(args, DefaultConfig.Instance.AddColumn(new WordsPerSecondColumn()));

/// <summary>The console's entry point type.</summary>
internal partial class Program;
