using System.Collections.Frozen;

namespace Summit.Lexical;

/// <summary>The verbs that report speech or belief: the one list the text layer and the claim extractor read.</summary>
internal static class SpeechVerbs
{
    /// <summary>Lemmas of verbs that report speech or belief; their complement clause is what the speaker says.</summary>
    public static readonly FrozenSet<string> Lemmas = new[]
    {
        "say", "tell", "report", "predict", "believe", "insist", "claim", "warn", "announce", "add", "note", "state", "declare",
        "confirm", "deny", "suggest", "argue", "estimate", "write", "explain", "allege", "acknowledge", "admit", "reveal", "think",
        "expect", "indicate", "stress", "assert", "contend", "maintain", "fear",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The lemmas of <see cref="Lemmas"/> that frame what someone says or believes, so that a statement is their word; not
    /// "expect" and "fear": "Analysts expect the market to recover" and "Residents fear the dam could burst" state an
    /// expectation or a fear, not whose word a statement is.
    /// </summary>
    public static readonly FrozenSet<string> FrameLemmas = Lemmas.Where(l => l is not ("expect" or "fear")).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The inflected forms of <see cref="FrameLemmas"/> ("said", "tells", "explained", "denied", "admitted"), lower case.</summary>
    public static readonly FrozenSet<string> FrameForms = FrameLemmas.SelectMany(Inflect).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The -ing forms of the verbs of <see cref="FrameForms"/> ("saying", "noting", "announcing", "admitting"), lower case:
    /// a participle that frames what follows as someone's word ("…, noting that the talks had failed").
    /// </summary>
    public static readonly FrozenSet<string> ParticipleFrames = FrameLemmas
        .Select(l => l == "admit" ? "admitting" : l.EndsWith('e') ? l[..^1] + "ing" : l + "ing").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A verb's lemma, its -s form, its past and its past participle (the regular spellings, and the irregular few of <see cref="Lemmas"/>).</summary>
    internal static IEnumerable<string> Inflect(string lemma)
    {
        yield return lemma;
        switch (lemma)
        {
            case "say": yield return "says"; yield return "said"; yield break;
            case "tell": yield return "tells"; yield return "told"; yield break;
            case "write": yield return "writes"; yield return "wrote"; yield return "written"; yield break;
            case "think": yield return "thinks"; yield return "thought"; yield break;
            case "admit": yield return "admits"; yield return "admitted"; yield break; // the final consonant doubles
        }
        bool consonantY = lemma.EndsWith('y') && lemma.Length > 1 && "aeiou".IndexOf(lemma[^2]) < 0;
        yield return consonantY ? lemma[..^1] + "ies" : lemma.EndsWith('s') || lemma.EndsWith("sh", StringComparison.Ordinal) ? lemma + "es" : lemma + "s";
        yield return consonantY ? lemma[..^1] + "ied" : lemma.EndsWith('e') ? lemma + "d" : lemma + "ed";
    }

    /// <summary>
    /// The inflected forms that name the speaker of a direct quote beside it ("“…,” she said", "he told reporters: “…”"),
    /// in any case; a narrower set than <see cref="Lemmas"/>: verbs of belief do not introduce quotes.
    /// </summary>
    public static readonly FrozenSet<string> QuoteCues = new[]
    {
        "said", "says", "told", "tells", "added", "adds", "asked", "stated", "declared", "insisted", "noted", "warned", "explained", "wrote",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
