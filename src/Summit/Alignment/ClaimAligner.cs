using Summit.Claims;
using Summit.Text;

namespace Summit.Alignment;

/// <summary>
/// The default aligner (first version): blocks claims on shared content words and entities through
/// an inverted index (so claims with nothing in common are never compared), scores candidate pairs
/// across reports by weighted overlap of content stems and entities, and links each claim to its
/// mutual best match above <see cref="SummitOptions.AlignmentThreshold"/>.
/// </summary>
internal sealed class ClaimAligner : IClaimAligner
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "that", "this", "it",
        "its", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "he", "she", "they", "his", "her",
        "their", "which", "who", "what", "when", "where", "said", "says", "say", "told", "not", "s", "’s", "'s", "also", "after",
        "before", "since", "than", "then", "there", "more", "into", "over", "about", "up", "out", "so", "if", "we", "i", "our", "all",
        "any", "some", "one", "two", "can", "could", "may", "do", "did", "does", "while", "now", "between", "him", "them", "other",
    };

    private readonly SummitOptions _options;

    public ClaimAligner(SummitOptions options) => _options = options ?? throw new ArgumentNullException(nameof(options));

    public IReadOnlyList<ClaimGroup> Align(IReadOnlyList<Claim> claims, Story story, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(story);
        var bags = claims.Select(Bag).ToArray();
        // document frequency over claims, for weights
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var bag in bags) foreach (var t in bag) df[t] = df.GetValueOrDefault(t) + 1;
        double Weight(string t) => Math.Log(1 + claims.Count / (double)df[t]);

        // Blocking: an inverted index from feature to claims; only claims sharing a feature that is
        // not too common are compared.
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < bags.Length; i++)
            foreach (var t in bags[i])
                (index.TryGetValue(t, out var list) ? list : index[t] = new List<int>()).Add(i);
        int maxPosting = Math.Max(20, claims.Count / 10);

        var best = new (int Other, double Score)[claims.Count];
        Array.Fill(best, (-1, 0.0));
        var scores = new Dictionary<(int, int), double>();
        for (int i = 0; i < claims.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var candidates = new HashSet<int>();
            foreach (var t in bags[i])
                if (index[t].Count <= maxPosting)
                    foreach (var j in index[t])
                        if (j > i && claims[j].ReportId != claims[i].ReportId) candidates.Add(j);
            foreach (var j in candidates)
            {
                double shared = 0, total = 0;
                foreach (var t in bags[i]) { var w = Weight(t); total += w; if (bags[j].Contains(t)) shared += w; }
                foreach (var t in bags[j]) if (!bags[i].Contains(t)) total += Weight(t);
                double score = total == 0 ? 0 : shared / total;
                scores[(i, j)] = score;
                if (score > best[i].Score) best[i] = (j, score);
                if (score > best[j].Score) best[j] = (i, score);
            }
        }

        // Mutual best matches above the threshold are linked; union-find makes the groups.
        var parent = Enumerable.Range(0, claims.Count).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        var links = new List<(int, int, double)>();
        for (int i = 0; i < claims.Count; i++)
        {
            var (j, s) = best[i];
            if (j < 0 || s < _options.AlignmentThreshold || best[j].Other != i || j < i) continue;
            links.Add((i, j, s));
            parent[Find(i)] = Find(j);
        }
        var groups = new Dictionary<int, List<int>>();
        for (int i = 0; i < claims.Count; i++)
            (groups.TryGetValue(Find(i), out var g) ? g : groups[Find(i)] = new List<int>()).Add(i);
        return groups.Values.OrderBy(g => g[0]).Select(g => new ClaimGroup(
            g.Select(i => claims[i].Id).ToArray(),
            links.Where(l => Find(l.Item1) == Find(g[0])).Select(l => new ClaimLink(claims[l.Item1].Id, claims[l.Item2].Id, Math.Round(l.Item3, 4))).ToArray())).ToArray();
    }

    /// <summary>The claim's features: content-word stems and entity ids.</summary>
    private static HashSet<string> Bag(Claim claim)
    {
        var bag = new HashSet<string>(StringComparer.Ordinal);
        var text = claim.Text;
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new Documents.Span(0, text.Length), tokens);
        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.Punctuation) continue;
            var w = t.Span.Of(text).ToLowerInvariant();
            if (StopWords.Contains(w) || w.Length < 2) continue;
            bag.Add(Stem(w));
        }
        foreach (var e in claim.EntityIds) bag.Add("@" + e);
        return bag;
    }

    internal static string Stem(string w)
    {
        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal)) return w[..^3];
        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) return w[..^2];
        if (w.Length > 4 && w.EndsWith("es", StringComparison.Ordinal)) return w[..^2];
        if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)) return w[..^1];
        return w;
    }
}
