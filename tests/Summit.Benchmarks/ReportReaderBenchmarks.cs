using BenchmarkDotNet.Attributes;
using Summit.Documents;

namespace Summit.Benchmarks;

/// <summary>The report reader on wire copy, text copied from a web page, and a saved HTML page.</summary>
[MemoryDiagnoser]
public class ReportReaderBenchmarks
{
    private readonly ReportReader _reader = new(new Summit.Lexical.LexicalResources());
    private ReportInput _wire = null!, _web = null!, _html = null!, _nested = null!;

    /// <summary>Loads the inputs from the repository.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Summit.sln"))) root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Summit.sln not found");
        var fixtures = Path.Combine(root, "tests", "Summit.Tests", "Documents", "Fixtures");
        _wire = new ReportInput("wire", File.ReadAllText(Path.Combine(root, "samples", "data", "vladivostok", "reuters.txt")));
        _web = new ReportInput("web", File.ReadAllText(Path.Combine(fixtures, "web-copy.txt")));
        _html = new ReportInput("html", File.ReadAllText(Path.Combine(fixtures, "jsonld-article.html"))) { MediaType = "text/html" };
        // issue 18: a 1.1 MB page of 100,000 nested <div>s (289 s of CPU when tree building and walks went as deep as it nests)
        _nested = new ReportInput("nested", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000))
            + "<p>The plant will close next year, the company said on Friday.</p>" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>") { MediaType = "text/html" };
    }

    /// <summary>Wire copy.</summary>
    [Benchmark(Baseline = true)]
    public Report Wire() => _reader.Read(_wire);

    /// <summary>Text copied from a page, with its web header.</summary>
    [Benchmark]
    public Report WebText() => _reader.Read(_web);

    /// <summary>A saved HTML page.</summary>
    [Benchmark]
    public Report Html() => _reader.Read(_html);

    /// <summary>A page of 100,000 nested &lt;div&gt;s around one paragraph.</summary>
    [Benchmark]
    public Report DeeplyNestedHtml() => _reader.Read(_nested);
}
