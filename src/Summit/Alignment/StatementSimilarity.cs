using Summit.Claims;
using Summit.Documents;
using Summit.Lexical;
using Summit.Text;

namespace Summit.Alignment;

/// <summary>
/// Whether two statements (sentences or claims) say the same thing, from their words alone: content
/// lemmas matched exactly or through a shared concept (WordNet synonyms and derivations, the news
/// lexicon), in both directions, with word pairs for order, less the names and figures that only one
/// of them has ("$2.5 billion" vs "$1.8 billion", "Safeway" vs "Kroger"). Deterministic, no model.
/// </summary>
public static class StatementSimilarity
{
    /// <summary>The score at and above which <see cref="SameMeaning"/> says yes (tuned on the MSRP training pairs).</summary>
    public const double DefaultThreshold = 0.45;

    private const double BigramWeight = 0.2;
    private const double UnmatchedNamePenalty = 0.02;
    private const double DisjointFiguresCap = 0.4;

    // the shipped lexical layer: this helper stands outside the engine, so it has none injected
    private static readonly Lazy<ClaimAligner> Aligner = new(() => new ClaimAligner(new SummitOptions(), new LexicalResources()));

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> say the same thing.</summary>
    /// <exception cref="ArgumentNullException">A statement is null.</exception>
    public static bool SameMeaning(string a, string b, double threshold = DefaultThreshold) => Score(a, b) >= threshold;

    /// <summary>How far <paramref name="a"/> and <paramref name="b"/> say the same thing, in [0, 1].</summary>
    /// <exception cref="ArgumentNullException">A statement is null.</exception>
    public static double Score(string a, string b) => Compare(a, b).Score;

    /// <summary>
    /// The lexical features of two statements from which <see cref="Score"/> is made, for a model that combines
    /// them with other signals (Summit.Semantic's judge fits a logistic model on them and an embedding's cosine).
    /// </summary>
    /// <exception cref="ArgumentNullException">A statement is null.</exception>
    public static StatementComparison Compare(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 || b.Length == 0) return new StatementComparison(0, 0, 0, 0, 0, 0, false);
        var fa = Aligner.Value.FeaturesOf(new Claim("a", "a", new Span(0, a.Length), a, "be"));
        var fb = Aligner.Value.FeaturesOf(new Claim("b", "b", new Span(0, b.Length), b, "be"));
        var (coveredA, coveredB) = (Covered(fa, fb), Covered(fb, fa));
        double unigram = (coveredA + coveredB) / 2;
        var (names, figures, disjointFigures) = Unmatched(a, b);
        double dice = Dice(Bigrams(a), Bigrams(b));
        double score = (1 - BigramWeight) * unigram + BigramWeight * dice
                       - UnmatchedNamePenalty * (names + figures);
        // both give figures and share none: the same kind of statement about different values
        if (disjointFigures) score = Math.Min(score, DisjointFiguresCap);
        return new StatementComparison(Math.Clamp(score, 0, 1), coveredA, coveredB, dice, names, figures, disjointFigures);
    }

    /// <summary>The share of <paramref name="from"/>'s content lemmas that <paramref name="to"/> has, a synonym counting 0.7.</summary>
    private static double Covered(ClaimAligner.Features from, ClaimAligner.Features to)
    {
        double matched = 0, total = 0;
        foreach (var (lemma, concepts) in from.Lemmas)
        {
            double w = char.IsDigit(lemma[0]) ? 1.5 : 1;
            total += w;
            if (to.Lemmas.ContainsKey(lemma)) matched += w;
            else if (concepts.Any(to.Concepts.Contains)) matched += 0.7 * w;
        }
        return total == 0 ? 0 : matched / total;
    }

    private static List<string> Words(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new Span(0, text.Length), tokens);
        return tokens.Where(t => t.Kind != TokenKind.Punctuation).Select(t => t.Span.Of(text)).ToList();
    }

    private static HashSet<string> Bigrams(string text)
    {
        var w = Words(text);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i + 1 < w.Count; i++) set.Add(w[i] + " " + w[i + 1]);
        return set;
    }

    private static double Dice(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);

    /// <summary>Names (capitalised words after the first) and figures that only one statement has; whether both give figures and share none.</summary>
    private static (int Names, int Figures, bool DisjointFigures) Unmatched(string a, string b)
    {
        static HashSet<string> Names(string text) =>
            Words(text).Skip(1).Where(w => char.IsUpper(w[0]) || char.IsDigit(w[0])).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var (na, nb) = (Names(a), Names(b));
        var (la, lb) = (a.ToLowerInvariant(), b.ToLowerInvariant());
        var only = na.Where(w => !lb.Contains(w, StringComparison.Ordinal)).Concat(nb.Where(w => !la.Contains(w, StringComparison.Ordinal))).ToArray();
        int figures = only.Count(w => char.IsDigit(w[0]));
        var (fa, fb) = (na.Where(w => char.IsDigit(w[0])).ToHashSet(), nb.Where(w => char.IsDigit(w[0])).ToHashSet());
        bool disjoint = fa.Count > 0 && fb.Count > 0 && !fa.Overlaps(fb);
        return (only.Length - figures, figures, disjoint);
    }
}

/// <summary>The lexical features of two statements (<see cref="StatementSimilarity.Compare"/>).</summary>
/// <param name="Score">The similarity <see cref="StatementSimilarity.Score"/> makes of the features, in [0, 1].</param>
/// <param name="FirstCovered">The share of the first statement's content lemmas the second has (a synonym counting 0.7).</param>
/// <param name="SecondCovered">The share of the second statement's content lemmas the first has.</param>
/// <param name="BigramDice">The Dice overlap of the two statements' word pairs, in [0, 1].</param>
/// <param name="UnmatchedNames">Names (capitalised words after the first) that only one statement has.</param>
/// <param name="UnmatchedFigures">Figures that only one statement has.</param>
/// <param name="DisjointFigures">Both statements give figures and share none.</param>
public sealed record StatementComparison(double Score, double FirstCovered, double SecondCovered, double BigramDice,
    int UnmatchedNames, int UnmatchedFigures, bool DisjointFigures);
