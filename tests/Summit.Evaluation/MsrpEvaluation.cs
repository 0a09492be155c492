using System.Collections.Concurrent;
using Summit.Semantic;

namespace Summit.Evaluation;

/// <summary>
/// MSRP (Dolan &amp; Brockett 2005): do two news sentences say the same thing? Two judges of the
/// library: the engine (the pair as two one-sentence reports; "same" when one fact holds claims of
/// both), and <see cref="Summit.Alignment.StatementSimilarity.SameMeaning"/> on the two sentences.
/// Accuracy and F1 of "same" on the test split (reported) and on the train split (development, the
/// only split tuned on). Data read from ../shared/eval/raw/msrp.
/// </summary>
public sealed class MsrpEvaluation : IEvaluation
{
    /// <inheritdoc />
    public string Name => "msrp";

    /// <summary>The dataset name of the test split judged by the engine's facts, the core alone.</summary>
    internal const string TestEngineDataset = "msrp test, engine facts";

    /// <summary>The test split judged by the core alone (the final line <c>msrp core test</c> is printed from it).</summary>
    internal const string TestCoreDataset = "msrp test, StatementSimilarity";

    /// <summary>The test split judged by the shipped configuration with Summit.Semantic (the final line <c>msrp test</c>, when the model is there).</summary>
    internal const string TestSemanticDataset = "msrp test, Summit.Semantic judge";

    /// <inheritdoc />
    public Task<IReadOnlyList<Score>> RunAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var scores = new List<Score>();
        foreach (var (file, set, goal) in new[]
                 {
                     ("msr_paraphrase_test.txt", "msrp test", true),
                     ("msr_paraphrase_train.txt", "msrp train (dev)", false),
                 })
        {
            var pairs = Load(context.Raw("msrp", file));
            var label = context.Smoke ? set + " (smoke)" : set;
            if (context.Smoke) pairs = pairs.Take(40).ToList();
            var engine = SummitEngine.CreateDefault(o => o.MaxDegreeOfParallelism = 1);
            var judges = new List<(string, Func<Pair, bool>)>
            {
                ("engine facts", p => Same(engine, p, cancellationToken)),
                ("StatementSimilarity", p => Summit.Alignment.StatementSimilarity.SameMeaning(p.First, p.Second)),
            };
            // with the optional package, when its model files are there: its pair judge, and the engine with it as the aligner's second opinion
            using var semantic = SemanticAvailable ? new SemanticJudge(new SentenceEmbedder(), ownsEmbedder: true,
                new LogisticModel(FittedWeights.Lexical), new LogisticModel(FittedWeights.Combined), cache: true) : null;
            if (semantic is not null)
            {
                var semanticEngine = SummitEngine.CreateDefault(semantic, o => o.MaxDegreeOfParallelism = 1);
                judges.Add(("Summit.Semantic judge", p => semantic.SameMeaning(p.First, p.Second)));
                // its lexical-only model, never consulting the embeddings: what the words alone give in the same form
                judges.Add(("Summit.Semantic lexical model alone", p =>
                    semantic.LexicalProbability(p.First, p.Second, Summit.Alignment.StatementSimilarity.Compare(p.First, p.Second)) >= 0.5));
                judges.Add(("engine facts + Summit.Semantic", p => Same(semanticEngine, p, cancellationToken)));
            }
            else context.Output.WriteLine($"{label}: Summit.Semantic's model is not at {SentenceEmbedder.DefaultModelDirectory}; the core alone");
            foreach (var (judge, same) in judges)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var (acc, f1, yes) = Run(pairs, same, cancellationToken);
                var name = $"{label}, {judge}";
                context.Output.WriteLine($"{name}: {pairs.Count} pairs, {yes} judged same, {Math.Round(acc * pairs.Count)} right; accuracy {EvalSupport.Pct(acc)}, F1 {EvalSupport.Pct(f1)} " +
                                         $"({System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s)");
                scores.Add(new Score(name, "accuracy", EvalSupport.Pct(acc), goal ? "≥ 75 (always-yes 66.5)" : null));
                scores.Add(new Score(name, "F1 same", EvalSupport.Pct(f1), goal ? "≥ 82 (always-yes 79.9)" : null));
            }
        }
        return Task.FromResult<IReadOnlyList<Score>>(scores);
    }

    /// <summary>Whether Summit.Semantic's model files are beside the console.</summary>
    internal static bool SemanticAvailable =>
        File.Exists(Path.Combine(SentenceEmbedder.DefaultModelDirectory, "model.onnx")) && File.Exists(Path.Combine(SentenceEmbedder.DefaultModelDirectory, "vocab.txt"));

    /// <summary>One pair: gold label and the two sentences.</summary>
    internal sealed record Pair(bool Same, string First, string Second);

    internal static List<Pair> Load(string path)
    {
        var pairs = new List<Pair>();
        foreach (var raw in File.ReadLines(path).Skip(1))
        {
            var f = EvalSupport.RepairMojibake(raw).Split('\t');
            if (f.Length < 5) continue;
            pairs.Add(new Pair(f[0].Trim() == "1", EvalSupport.Detokenize(f[3]), EvalSupport.Detokenize(f[4])));
        }
        if (pairs.Count == 0) throw new InvalidDataException($"No MSRP pairs in {path}.");
        return pairs;
    }

    /// <summary>Whether the engine puts claims of both sentences into one fact.</summary>
    internal static bool Same(SummitEngine engine, Pair pair, CancellationToken cancellationToken)
    {
        var result = engine.Reconcile([EvalSupport.Report("a", pair.First), EvalSupport.Report("b", pair.Second)], cancellationToken);
        foreach (var claims in EvalSupport.FactClaims(result))
            if (claims.Any(c => c.ReportId == "a") && claims.Any(c => c.ReportId == "b")) return true;
        return false;
    }

    internal static (double Accuracy, double F1, int Yes) Run(IReadOnlyList<Pair> pairs, Func<Pair, bool> same, CancellationToken cancellationToken)
    {
        var said = new bool[pairs.Count];
        var errors = new ConcurrentBag<string>();
        Parallel.For(0, pairs.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            try { said[i] = same(pairs[i]); }
            catch (SummitException e) { errors.Add(e.Message); }
        });
        if (!errors.IsEmpty) throw new InvalidDataException($"MSRP: {errors.Count} pairs could not be read, e.g. {errors.First()}");
        int tp = 0, fp = 0, fn = 0, correct = 0;
        for (int i = 0; i < pairs.Count; i++)
        {
            if (said[i] == pairs[i].Same) correct++;
            if (said[i] && pairs[i].Same) tp++;
            else if (said[i]) fp++;
            else if (pairs[i].Same) fn++;
        }
        double p = tp + fp == 0 ? 0 : tp / (double)(tp + fp), r = tp + fn == 0 ? 0 : tp / (double)(tp + fn);
        return (correct / (double)pairs.Count, p + r == 0 ? 0 : 2 * p * r / (p + r), tp + fp);
    }
}
