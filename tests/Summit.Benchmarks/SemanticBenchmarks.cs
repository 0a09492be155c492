using BenchmarkDotNet.Attributes;
using Summit.Documents;
using Summit.Semantic;

namespace Summit.Benchmarks;

/// <summary>
/// The cost of the optional Summit.Semantic package: the whole flow on one core over the 256 TimeBank + AQUAINT texts
/// (86,000 words) without and with its judge as the aligner's second opinion (the model loaded before timing), and the
/// embedder alone on 256 of their sentences (Words/s counts the sentences' words).
/// </summary>
[MemoryDiagnoser]
public class SemanticBenchmarks
{
    private IReadOnlyList<ReportInput> _inputs = [];
    private string[] _sentences = [];
    private SemanticJudge _judge = null!;
    private SummitEngine _core = null!;
    private SummitEngine _semantic = null!;

    [GlobalSetup]
    public void Setup()
    {
        _inputs = BenchData.TimeBankAquaint();
        _judge = new SemanticJudge();
        _core = SummitEngine.CreateDefault(o => o.MaxDegreeOfParallelism = 1);
        _semantic = SummitEngine.CreateDefault(_judge, o => o.MaxDegreeOfParallelism = 1);
        _sentences = Sentences(_inputs);
        _judge.Embedder.Embed(_sentences[..4]); // loads the model
        Console.WriteLine($"// {_inputs.Count} reports, {BenchData.Words(_inputs):N0} words; {_sentences.Length} sentences, {_sentences.Sum(s => s.Split(' ').Length):N0} words");
    }

    /// <summary>The first sentence-like line of each text (at least 8 words), or its first 200 characters.</summary>
    internal static string[] Sentences(IReadOnlyList<ReportInput> inputs) =>
        inputs.Select(i => i.Text.Split(['.', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(s => s.Split(' ').Length >= 8) ?? i.Text[..Math.Min(200, i.Text.Length)]).ToArray();

    /// <summary>The words of <see cref="Sentences"/>, as the Words/s column counts them.</summary>
    internal static long SentenceWords(IReadOnlyList<ReportInput> inputs) =>
        BenchData.Words(Sentences(inputs).Select((s, k) => new ReportInput("s" + k, s)));

    [GlobalCleanup]
    public void Cleanup() => _judge.Dispose();

    [Benchmark(Baseline = true, Description = "whole flow, core only, one core")]
    public Reconciliation Core() => _core.Reconcile(_inputs);

    [Benchmark(Description = "whole flow with Summit.Semantic, one core")]
    public Reconciliation WithSemantic() => _semantic.Reconcile(_inputs);

    [Benchmark(Description = "embedder alone, 256 sentences")]
    public float[][] Embed() => _judge.Embedder.Embed(_sentences);
}
