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
    /// The inflected forms that name the speaker of a direct quote beside it ("“…,” she said", "he told reporters: “…”"),
    /// in any case; a narrower set than <see cref="Lemmas"/>: verbs of belief do not introduce quotes.
    /// </summary>
    public static readonly FrozenSet<string> QuoteCues = new[]
    {
        "said", "says", "told", "tells", "added", "adds", "asked", "stated", "declared", "insisted", "noted", "warned", "explained", "wrote",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
