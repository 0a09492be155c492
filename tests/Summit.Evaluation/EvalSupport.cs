using System.Text;
using Summit.Documents;

namespace Summit.Evaluation;

/// <summary>Helpers shared by the evaluations of this project (not by the case scorer).</summary>
internal static class EvalSupport
{
    /// <summary>
    /// Joins corpus tokens ("PCCW 's chief officer , Mike") into ordinary text ("PCCW's chief
    /// officer, Mike"), the way a report would print it.
    /// </summary>
    public static string Detokenize(IEnumerable<string> tokens) => Detokenize(tokens.ToList(), out _);

    /// <summary>
    /// <see cref="Detokenize(IEnumerable{string})"/>, also giving where each token stands in the text
    /// (start, end; an empty token has an empty span where it would stand). With <paramref name="joinHyphens"/> a "-" between
    /// two words or numbers is a hyphen, written without spaces ("Gen - Probe" → "Gen-Probe", "F - 16" → "F-16"), as the
    /// tokeniser that split it found it.
    /// </summary>
    public static string Detokenize(IReadOnlyList<string> tokens, out (int Start, int End)[] spans, bool joinHyphens = false)
    {
        var sb = new StringBuilder();
        spans = new (int Start, int End)[tokens.Count];
        bool glueNext = false, inDouble = false;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i] switch { "``" or "''" => "\"", "-LRB-" => "(", "-RRB-" => ")", var raw => raw };
            if (t.Length == 0) { spans[i] = (sb.Length, sb.Length); continue; }
            bool attachLeft = t is "," or "." or ";" or ":" or "!" or "?" or ")" or "]" or "%" or "'s" or "'S" or "n't" or "'re" or "'ve" or "'ll" or "'d" or "'m" or "..."
                || (t == "\"" && inDouble);
            if (t == "\"") inDouble = !inDouble;
            bool hyphen = joinHyphens && t == "-" && i > 0 && i + 1 < tokens.Count && IsWordLike(tokens[i - 1]) && IsWordLike(tokens[i + 1]);
            if (hyphen) attachLeft = true;
            if (sb.Length > 0 && !attachLeft && !glueNext) sb.Append(' ');
            spans[i] = (sb.Length, sb.Length + t.Length);
            sb.Append(t);
            glueNext = t is "(" or "[" or "$" or "#" || (t == "\"" && inDouble) || hyphen;
        }
        return sb.ToString();

        static bool IsWordLike(string token) => token.Length > 0 && char.IsLetterOrDigit(token[0]) && char.IsLetterOrDigit(token[^1]);
    }

    /// <summary>Splits <paramref name="sentence"/> on white space and detokenizes it.</summary>
    public static string Detokenize(string sentence) => Detokenize(sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Repairs text that was UTF-8 read as Latin-1 and saved again as UTF-8 ("â€™" for "’"), as in
    /// some lines of MSRP; other text is returned as it is.
    /// </summary>
    public static string RepairMojibake(string line)
    {
        bool suspicious = false;
        foreach (var ch in line)
        {
            if (ch > '\u00ff') return line;
            if (ch >= '\u0080') suspicious = true;
        }
        if (!suspicious) return line;
        try { return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Encoding.Latin1.GetBytes(line)); }
        catch (DecoderFallbackException) { return line; }
    }

    /// <summary>Precision, recall and F1 of a system set against a gold set.</summary>
    public static (double P, double R, double F1) Prf<T>(IReadOnlySet<T> system, IReadOnlySet<T> gold)
    {
        int tp = system.Count(gold.Contains);
        double p = system.Count == 0 ? 0 : tp / (double)system.Count;
        double r = gold.Count == 0 ? 0 : tp / (double)gold.Count;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /// <summary>A figure as a percentage with one decimal.</summary>
    public static string Pct(double x) => (100 * x).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Runs the engine on <paramref name="reports"/> and returns, for every fact, the report ids of
    /// its claims with the claims themselves.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Claims.Claim>> FactClaims(Reconciliation result) => result.Facts.Select(f => f.Claims).ToArray();

    /// <summary>An engine that works on one core, for running many small stories in parallel.</summary>
    public static SummitEngine SingleThreadEngine() => Judge is { } judge
        ? SummitEngine.CreateDefault(judge, o => o.MaxDegreeOfParallelism = 1)
        : SummitEngine.CreateDefault(o => o.MaxDegreeOfParallelism = 1);

    /// <summary>
    /// The engine's second opinion for undecided pairs of claims in the evaluations that build engines here (ECB+,
    /// cases, CaRB, claim quality): Summit.Semantic's judge with <c>--semantic</c>, else none (the core alone).
    /// </summary>
    public static Summit.Alignment.IStatementJudge? Judge { get; set; }

    /// <summary>The default engine, with <see cref="Judge"/> when there is one.</summary>
    public static SummitEngine DefaultEngine() => Judge is { } judge ? SummitEngine.CreateDefault(judge) : SummitEngine.CreateDefault();

    /// <summary>A report input with a fixed id and text.</summary>
    public static ReportInput Report(string id, string text, DateOnly? published = null) => new(id, text) { Published = published };
}
