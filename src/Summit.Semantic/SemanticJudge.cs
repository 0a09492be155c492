using Summit.Alignment;

namespace Summit.Semantic;

/// <summary>
/// Whether two statements say the same thing, from their words and their meaning: a logistic model over the
/// core's lexical features (<see cref="StatementSimilarity.Compare"/>) and the cosine of the two sentences'
/// embeddings (<see cref="SentenceEmbedder"/>), fitted on the MSRP training pairs. The embedding is one signal
/// among the others, never the judge alone: two sentences on one topic are close in the embedding whether or not
/// they tell one event. As the aligner's <see cref="IStatementJudge"/> it is asked only about the pairs the
/// lexical score leaves undecided; <see cref="SameMeaning"/> likewise embeds only the pairs whose lexical-only
/// probability is near one half (<see cref="FittedWeights.UndecidedBand"/>). Safe to use from several threads.
/// </summary>
public sealed class SemanticJudge : IStatementJudge, IDisposable
{
    private readonly SentenceEmbedder _embedder;
    private readonly bool _ownsEmbedder;
    private readonly LogisticModel _lexical;
    private readonly LogisticModel _combined;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, float[]>? _cache;

    /// <summary>A judge with the shipped weights and the model files from <paramref name="modelDirectory"/>.</summary>
    /// <param name="modelDirectory">The folder holding <c>model.onnx</c> and <c>vocab.txt</c>; null for <see cref="SentenceEmbedder.DefaultModelDirectory"/>.</param>
    /// <exception cref="SemanticModelNotFoundException">A model file is missing.</exception>
    public SemanticJudge(string? modelDirectory = null) : this(new SentenceEmbedder(modelDirectory), ownsEmbedder: true) { }

    /// <summary>A judge with the shipped weights over an embedder of the caller's (which the judge does not dispose).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="embedder"/> is null.</exception>
    public SemanticJudge(SentenceEmbedder embedder) : this(embedder, ownsEmbedder: false) { }

    private SemanticJudge(SentenceEmbedder embedder, bool ownsEmbedder)
        : this(embedder, ownsEmbedder, new LogisticModel(FittedWeights.Lexical), new LogisticModel(FittedWeights.Combined), cache: false) { }

    /// <summary>A judge with other weights, and a cache of embeddings by text when asked (for fitting and evaluation).</summary>
    internal SemanticJudge(SentenceEmbedder embedder, bool ownsEmbedder, LogisticModel lexical, LogisticModel combined, bool cache)
    {
        _embedder = embedder ?? throw new ArgumentNullException(nameof(embedder));
        _ownsEmbedder = ownsEmbedder;
        _lexical = lexical;
        _combined = combined;
        _cache = cache ? new(StringComparer.Ordinal) : null;
    }

    /// <summary>The embedder the judge uses.</summary>
    public SentenceEmbedder Embedder => _embedder;

    /// <summary>
    /// The lexical features of a pair as the models read them (the combined model adds the cosine last): the core's
    /// (<see cref="StatementSimilarity.Compare"/>), then the Jaccard overlap of the two statements' words (every word,
    /// lower-cased) and the difference of their lengths in words as a share of the longer.
    /// </summary>
    internal static double[] LexicalFeatures(string a, string b, StatementComparison c)
    {
        var (wa, wb) = (Words(a), Words(b));
        int shared = wa.Count(wb.Contains), union = wa.Count + wb.Count - shared;
        var (na, nb) = (WordCount(a), WordCount(b));
        return
        [
            c.Score, Math.Min(c.FirstCovered, c.SecondCovered), Math.Max(c.FirstCovered, c.SecondCovered), c.BigramDice,
            Math.Min(c.UnmatchedNames, 5), Math.Min(c.UnmatchedFigures, 5), c.DisjointFigures ? 1 : 0,
            union == 0 ? 0 : shared / (double)union, Math.Max(na, nb) == 0 ? 0 : Math.Abs(na - nb) / (double)Math.Max(na, nb),
        ];
    }

    /// <summary>The features of the combined model: the lexical ones and the cosine.</summary>
    internal static double[] CombinedFeatures(string a, string b, StatementComparison c, double cosine) => [.. LexicalFeatures(a, b, c), cosine];

    /// <summary>The words of a text, lower-cased: runs of letters and digits, an apostrophe and letters after one kept ("company's").</summary>
    internal static List<string> WordList(string text)
    {
        text = TextFolding.Fold(text);
        var words = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            if (i + 1 < text.Length && text[i] == '\'' && char.IsLetter(text[i + 1]))
                for (i++; i < text.Length && char.IsLetter(text[i]); i++) { }
            words.Add(text[start..i].ToLowerInvariant());
        }
        return words;
    }

    private static HashSet<string> Words(string text) => WordList(text).ToHashSet(StringComparer.Ordinal);

    private static int WordCount(string text) => WordList(text).Count;

    /// <summary>The probability that the two statements say the same thing, from their words alone (no embedding).</summary>
    internal double LexicalProbability(string a, string b, StatementComparison c) => _lexical.Probability(LexicalFeatures(a, b, c));

    /// <summary>The probability that the two statements say the same thing, from their words and the cosine of their embeddings.</summary>
    internal double CombinedProbability(string a, string b, StatementComparison c, double cosine) => _combined.Probability(CombinedFeatures(a, b, c, cosine));

    /// <summary>
    /// Whether <paramref name="a"/> and <paramref name="b"/> say the same thing. The words decide when they are clear
    /// (the lexical-only probability is outside the undecided band around one half); otherwise the combined model
    /// with the embeddings' cosine does.
    /// </summary>
    /// <exception cref="ArgumentNullException">A statement is null.</exception>
    public bool SameMeaning(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var c = StatementSimilarity.Compare(a, b);
        double lexical = LexicalProbability(a, b, c);
        if (Math.Abs(lexical - 0.5) > FittedWeights.UndecidedBand) return lexical >= 0.5;
        var e = Embed([a, b], CancellationToken.None);
        return CombinedProbability(a, b, c, SentenceEmbedder.Cosine(e[0], e[1])) >= 0.5;
    }

    /// <summary>The probability that <paramref name="a"/> and <paramref name="b"/> say the same thing (the combined model, always with the embeddings).</summary>
    /// <exception cref="ArgumentNullException">A statement is null.</exception>
    public double Probability(string a, string b) => Judge([new StatementPair(a, b)])[0];

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="pairs"/> or a statement is null.</exception>
    public IReadOnlyList<double> Judge(IReadOnlyList<StatementPair> pairs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        foreach (var p in pairs)
        {
            ArgumentNullException.ThrowIfNull(p.First, nameof(pairs));
            ArgumentNullException.ThrowIfNull(p.Second, nameof(pairs));
        }
        // each distinct text embedded once, in a fixed order
        var texts = pairs.SelectMany(p => new[] { p.First, p.Second }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var vectors = Embed(texts, cancellationToken);
        var of = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (int i = 0; i < texts.Length; i++) of[texts[i]] = vectors[i];
        var result = new double[pairs.Count];
        for (int i = 0; i < pairs.Count; i++)
        {
            var (a, b) = (pairs[i].First, pairs[i].Second);
            result[i] = CombinedProbability(a, b, StatementSimilarity.Compare(a, b), SentenceEmbedder.Cosine(of[a], of[b]));
        }
        return result;
    }

    /// <summary>Embeddings of <paramref name="texts"/>, through the cache when there is one.</summary>
    internal float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (_cache is null) return _embedder.Embed(texts, cancellationToken);
        var missing = texts.Where(t => !_cache.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            var vectors = _embedder.Embed(missing, cancellationToken);
            for (int i = 0; i < missing.Length; i++) _cache.TryAdd(missing[i], vectors[i]);
        }
        return texts.Select(t => _cache[t]).ToArray();
    }

    /// <summary>Frees the model, when the judge made its embedder.</summary>
    public void Dispose()
    {
        if (_ownsEmbedder) _embedder.Dispose();
    }
}
