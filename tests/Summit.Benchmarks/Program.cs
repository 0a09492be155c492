using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Summit.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>The console's entry point type.</summary>
internal partial class Program;
