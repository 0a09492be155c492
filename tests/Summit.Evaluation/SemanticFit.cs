using System.Globalization;
using Summit.Alignment;
using Microsoft.Extensions.DependencyInjection;
using Summit.Lexical;
using Summit.Semantic;

namespace Summit.Evaluation;

/// <summary>
/// <c>--fit-semantic</c>: fits Summit.Semantic's shipped numbers on the MSRP training pairs only and prints them as
/// the source of <c>FittedWeights</c> (src/Summit.Semantic/FittedWeights.cs) and <c>ClaimAligner.UndecidedBand</c>:
/// the lexical-only and combined logistic models (<see cref="LogisticModel.Fit"/>), the band of lexical-only
/// probabilities around one half in which the pair judge consults the embeddings, and the aligner's undecided band
/// (the engine, with the fitted judge, judging the training pairs): of each, the narrowest band whose training
/// accuracy is within 0.25 points of the best band's (a wider band costs more embeddings for no clear gain).
/// </summary>
internal static class SemanticFit
{
    private static readonly double[] PairBands = [.. Enumerable.Range(0, 21).Select(k => k / 40.0)];
    private static readonly double[] AlignerBands = [0.025, 0.05, 0.075, 0.1, 0.125, 0.15, 0.2, 0.25, 0.3];

    public static int Run(string evalRoot, TextWriter log, CancellationToken cancellationToken)
    {
        var pairs = MsrpEvaluation.Load(Path.Combine(evalRoot, "raw", "msrp", "msr_paraphrase_train.txt"));
        log.WriteLine($"fit-semantic: {pairs.Count} MSRP train pairs");
        var comparisons = new StatementComparison[pairs.Count];
        Parallel.For(0, pairs.Count, i => comparisons[i] = StatementSimilarity.Compare(pairs[i].First, pairs[i].Second));
        using var embedder = new SentenceEmbedder();
        var cosines = Cosines(embedder, pairs, cancellationToken);
        var labels = pairs.Select(p => p.Same).ToArray();
        if (Environment.GetEnvironmentVariable("SUMMIT_FIT_DUMP") is { Length: > 0 } dump)
            File.WriteAllLines(dump, pairs.Select((p, i) => string.Join('\t', (p.Same ? "1" : "0"), R(cosines[i]), R(comparisons[i].Score), R(comparisons[i].FirstCovered),
                R(comparisons[i].SecondCovered), R(comparisons[i].BigramDice), comparisons[i].UnmatchedNames, comparisons[i].UnmatchedFigures, comparisons[i].DisjointFigures ? 1 : 0, p.First, p.Second)));

        var lexicalFeatures = comparisons.Select((c, i) => SemanticJudge.LexicalFeatures(pairs[i].First, pairs[i].Second, c)).ToArray();
        var combinedFeatures = comparisons.Select((c, i) => SemanticJudge.CombinedFeatures(pairs[i].First, pairs[i].Second, c, cosines[i])).ToArray();
        var lexical = LogisticModel.Fit(lexicalFeatures, labels);
        var combined = LogisticModel.Fit(combinedFeatures, labels);
        var pl = lexicalFeatures.Select(f => lexical.Probability(f)).ToArray();
        var pc = combinedFeatures.Select(f => combined.Probability(f)).ToArray();
        log.WriteLine($"train: lexical-only model accuracy {Pct(Accuracy(labels, i => pl[i] >= 0.5))}, combined {Pct(Accuracy(labels, i => pc[i] >= 0.5))}, cosine ≥ 0.5 alone {Pct(Accuracy(labels, i => cosines[i] >= 0.5))}");

        var bandAccuracy = PairBands.Select(b => (Band: b, Accuracy: Accuracy(labels, i => Math.Abs(pl[i] - 0.5) > b ? pl[i] >= 0.5 : pc[i] >= 0.5),
            Consulted: pl.Count(p => Math.Abs(p - 0.5) <= b) / (double)pl.Length)).ToArray();
        foreach (var (b, acc, share) in bandAccuracy) log.WriteLine($"  pair band {b:0.000}: train accuracy {Pct(acc)}, embeddings consulted for {Pct(share)} % of pairs");
        double bestPair = bandAccuracy.Max(x => x.Accuracy);
        var pairBand = bandAccuracy.First(x => x.Accuracy >= bestPair - 0.0025);
        log.WriteLine($"pair band: {pairBand.Band:0.000} (train accuracy {Pct(pairBand.Accuracy)}, best {Pct(bestPair)})");

        // the aligner's band: the engine (one-sentence reports, "same" when a fact holds claims of both) with the fitted judge
        using var judge = new SemanticJudge(embedder, ownsEmbedder: false, lexical, combined, cache: true);
        var options = new SummitOptions { MaxDegreeOfParallelism = 1 };
        double Engine(IStatementJudge? j, double band)
        {
            // the default engine with this aligner in place of the registered one
            var services = new ServiceCollection();
            services.AddSingleton<IClaimAligner>(sp => new ClaimAligner(options, sp.GetRequiredService<LexicalResources>(), j, band));
            var engine = (SummitEngine)services.AddSummit(o => o.MaxDegreeOfParallelism = 1).BuildServiceProvider().GetRequiredService<ISummit>();
            return MsrpEvaluation.Run(pairs, p => MsrpEvaluation.Same(engine, p, cancellationToken), cancellationToken).Accuracy;
        }
        log.WriteLine($"  engine without a judge: train accuracy {Pct(Engine(null, 0))}");
        var alignerAccuracy = new List<(double Band, double Accuracy)>();
        foreach (var band in AlignerBands)
        {
            alignerAccuracy.Add((band, Engine(judge, band)));
            log.WriteLine($"  aligner band {band:0.000}: engine train accuracy {Pct(alignerAccuracy[^1].Accuracy)}");
        }
        double bestAligner = alignerAccuracy.Max(x => x.Accuracy);
        var alignerBand = alignerAccuracy.First(x => x.Accuracy >= bestAligner - 0.0025);

        log.WriteLine();
        log.WriteLine("// src/Summit.Semantic/FittedWeights.cs");
        log.WriteLine($"    public static readonly double[] Lexical = [{Join(lexical.Weights)}];");
        log.WriteLine($"    public static readonly double[] Combined = [{Join(combined.Weights)}];");
        log.WriteLine($"    public const double UndecidedBand = {R(pairBand.Band)};");
        log.WriteLine("// src/Summit/Alignment/ClaimAligner.cs");
        log.WriteLine($"    internal const double UndecidedBand = {R(alignerBand.Band)};");
        bool shipped = lexical.Weights.SequenceEqual(FittedWeights.Lexical) && combined.Weights.SequenceEqual(FittedWeights.Combined)
                       && pairBand.Band == FittedWeights.UndecidedBand && alignerBand.Band == ClaimAligner.UndecidedBand;
        log.WriteLine(shipped ? "fit-semantic: the shipped constants are these." : "fit-semantic: the shipped constants DIFFER from these.");
        return shipped ? 0 : 1;
    }

    /// <summary>The cosine of each pair's two sentences (each distinct sentence embedded once, on every core).</summary>
    internal static double[] Cosines(SentenceEmbedder embedder, IReadOnlyList<MsrpEvaluation.Pair> pairs, CancellationToken cancellationToken)
    {
        var texts = pairs.SelectMany(p => new[] { p.First, p.Second }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var vectors = new float[texts.Length][];
        var chunks = Enumerable.Range(0, (texts.Length + 255) / 256).ToArray();
        Parallel.ForEach(chunks, new ParallelOptions { CancellationToken = cancellationToken }, c =>
        {
            var part = texts.Skip(c * 256).Take(256).ToArray();
            var v = embedder.Embed(part, cancellationToken);
            Array.Copy(v, 0, vectors, c * 256, v.Length);
        });
        var of = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (int i = 0; i < texts.Length; i++) of[texts[i]] = vectors[i];
        return pairs.Select(p => SentenceEmbedder.Cosine(of[p.First], of[p.Second])).ToArray();
    }

    private static double Accuracy(bool[] labels, Func<int, bool> said) => Enumerable.Range(0, labels.Length).Count(i => said(i) == labels[i]) / (double)labels.Length;
    private static string Pct(double x) => EvalSupport.Pct(x);
    private static string R(double x) => x.ToString("R", CultureInfo.InvariantCulture);
    private static string Join(double[] w) => string.Join(", ", w.Select(R));
}
