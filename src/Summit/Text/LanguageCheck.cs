namespace Summit.Text;

/// <summary>
/// Tells whether a report is written in another language than English (Summit reads English only).
/// Two signs, either enough: most of its letters are of another script than Latin (Chinese,
/// Arabic, Cyrillic, Greek, Devanagari …: at least <see cref="MinForeignLetters"/> of them), or, in
/// Latin script, fewer than 5% of its words (of at least 30) are common English function words
/// (French, German, Spanish, Indonesian …). A headline alone in English holds few function words and
/// is not flagged.
/// </summary>
internal static class LanguageCheck
{
    /// <summary>The fewest letters of other scripts that tell a report is not English.</summary>
    public const int MinForeignLetters = 20;

    private const int MinWords = 30;
    private const double MinEnglishShare = 0.05;

    private static readonly HashSet<string> EnglishFunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        // words other European languages do not also use ("a", "in", "on" are French, Italian or German words too)
        "the", "of", "and", "to", "is", "was", "for", "that", "with", "said", "he", "she", "it", "they", "by", "from", "has", "have",
        "had", "are", "were", "be", "this", "his", "her", "their", "will", "not", "but", "an",
    };

    /// <summary>Whether the analysed report does not look like English.</summary>
    public static bool LooksNonEnglish(TextAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var text = analysis.Report.Text;
        int latin = 0, foreign = 0;
        foreach (var c in text)
        {
            // a surrogate pair (CJK extensions, historic scripts) is no letter to char.IsLetter: count it as foreign
            if (char.IsHighSurrogate(c)) foreign++;
            else if (!char.IsLetter(c)) continue;
            else if (IsLatin(c)) latin++;
            else foreign++;
        }
        if (foreign >= MinForeignLetters && foreign > latin) return true;

        int words = 0, english = 0;
        var lookup = EnglishFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var t in analysis.Tokens)
        {
            if (t.Kind != TokenKind.Word) continue;
            words++;
            if (lookup.Contains(t.Span.In(text))) english++;
        }
        return words >= MinWords && english / (double)words < MinEnglishShare;
    }

    /// <summary>Whether a letter is of the Latin script (Basic Latin, Latin-1, Latin Extended A to E, Latin Extended Additional).</summary>
    internal static bool IsLatin(char c) =>
        c < 0x0250 || c is >= '\u1E00' and <= '\u1EFF' || c is >= '\u2C60' and <= '\u2C7F' || c is >= '\uA720' and <= '\uA7FF' || c is >= '\uAB30' and <= '\uAB6F';
}
