using BenchmarkDotNet.Attributes;
using Summit.Documents;
using Summit.Quantities;

namespace Summit.Benchmarks;

/// <summary>
/// The quantity recogniser over news text: the bundled sample reports (few figures) and a figure-dense
/// paragraph. Words per second = words / mean time (the word counts are printed once at set-up).
/// </summary>
[MemoryDiagnoser]
public class QuantityBenchmarks
{
    private const string Dense =
        "At least 12 people were killed and more than 1,200 others injured when a 6.4-magnitude quake struck 120 kilometres (75 miles) " +
        "north of the capital, officials said. Nearly $5 million in aid, some €3m from the EU and £2.9m from Britain, arrived on Monday, " +
        "while dozens of homes and hundreds of shops were destroyed. Temperatures reached 40C. Between 10 and 15 villages were cut off, " +
        "and an estimated 80 percent of the roads were closed. Shares fell 2.3% to $13.625 in New York; the company lost $92.2 million, or 98 cents a share. ";

    private string _sample = "";
    private string _dense = "";

    /// <summary>Loads the texts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Summit.sln"))) dir = dir.Parent;
        var reports = dir is null ? [] : Directory.GetFiles(Path.Combine(dir.FullName, "samples", "data", "vladivostok")).Order(StringComparer.Ordinal).Select(File.ReadAllText);
        _sample = string.Concat(Enumerable.Repeat(string.Join("\n\n", reports), 20));
        _dense = string.Concat(Enumerable.Repeat(Dense, 200));
        Console.WriteLine($"// sample: {Words(_sample):N0} words; dense: {Words(_dense):N0} words");
    }

    /// <summary>The sample reports, 20 times over.</summary>
    [Benchmark]
    public int SampleReports() => QuantityRecognizer.Default.Recognize(_sample, new Span(0, _sample.Length)).Count;

    /// <summary>A paragraph dense with figures, 200 times over.</summary>
    [Benchmark]
    public int DenseFigures() => QuantityRecognizer.Default.Recognize(_dense, new Span(0, _dense.Length)).Count;

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
