using System.Collections.Concurrent;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Summit.Benchmarks;

/// <summary>
/// A "Words/s" column: the words one operation processes divided by its mean time. The words are
/// counted in the host process from the same data the benchmarks load (<see cref="BenchData"/>).
/// </summary>
internal sealed class WordsPerSecondColumn : IColumn
{
    private static readonly ConcurrentDictionary<string, long> Cache = new(StringComparer.Ordinal);

    /// <summary>The words one operation of <paramref name="c"/> processes, or null when it is not a words benchmark.</summary>
    private static long? WordsOf(BenchmarkCase c)
    {
        var type = c.Descriptor.Type;
        if (type == typeof(StageBenchmarks))
            return Cache.GetOrAdd("tbaq", _ => BenchData.Words(BenchData.TimeBankAquaint()));
        if (type == typeof(SemanticBenchmarks))
            return c.Descriptor.WorkloadMethod.Name == nameof(SemanticBenchmarks.Embed)
                ? Cache.GetOrAdd("tbaq-sentences", _ => SemanticBenchmarks.SentenceWords(BenchData.TimeBankAquaint()))
                : Cache.GetOrAdd("tbaq", _ => BenchData.Words(BenchData.TimeBankAquaint()));
        if (type == typeof(ScalingBenchmarks) && c.Parameters.Items.FirstOrDefault(p => p.Name == nameof(ScalingBenchmarks.Reports))?.Value is int n)
            return Cache.GetOrAdd($"story{n}", _ => BenchData.Words(BenchData.Story(n)));
        return null;
    }

    public string Id => "WordsPerSecond";
    public string ColumnName => "Words/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Words processed per second by one operation (words / mean time)";
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        var words = WordsOf(benchmarkCase);
        if (stats is null || words is null || stats.Mean <= 0) return "-";
        return (words.Value / (stats.Mean / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }
}
