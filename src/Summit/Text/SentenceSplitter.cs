using Summit.Documents;
using Summit.Lexical;

namespace Summit.Text;

/// <summary>
/// Splits a paragraph's tokens into sentences: at ., ! or ? (with any closing quotes or brackets)
/// followed by a capital, a digit or an opening quote — but not after abbreviations (Mr., U.S.,
/// Lt. Gen., Jan.), initials, or an ellipsis inside a quote.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(
    [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sr", "Jr", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Adm", "Cmdr",
        "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Fr", "Messrs", "Mt", "Ft", "Ave", "Blvd", "Rd",
        "Inc", "Corp", "Co", "Ltd", "Bros", "No", "Nos", "vs", "v", "etc", "approx", "est", "Vol", "Fig", "Gens",
        .. MonthAbbreviations,
    ], StringComparer.Ordinal);

    /// <summary>The months' abbreviations as written ("Jan", "Sept").</summary>
    private static IEnumerable<string> MonthAbbreviations => CalendarWords.Capitalised(CalendarWords.MonthAbbreviations.Select(a => a.Word));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns, for the tokens <c>[first, first+count)</c>, the index just past each sentence's last token.</summary>
    public static void Split(string text, IReadOnlyList<Token> tokens, int first, int count, List<int> sentenceEnds)
    {
        int end = first + count;
        int quoteDepth = 0;
        for (int i = first; i < end; i++)
        {
            var t = tokens[i];
            char c = text[t.Span.Start];
            if (t.Kind == TokenKind.Punctuation)
            {
                if (c is '“') quoteDepth++;
                else if (c is '”' && quoteDepth > 0) quoteDepth--;
            }
            if (t.Kind != TokenKind.Punctuation || c is not ('.' or '!' or '?')) continue;
            if (t.Span.Length == 3) continue; // an ellipsis never ends a sentence here
            if (c == '.' && i > first && IsAbbreviation(text, tokens[i - 1], t)) continue;
            int j = i + 1;
            // closing marks stay with the sentence; a straight quote after a space opens the next one ('. "We')
            while (j < end && IsCloser(text[tokens[j].Span.Start])
                   && !(text[tokens[j].Span.Start] is '"' or '\'' && tokens[j].Span.Start > tokens[j - 1].Span.End)) j++;
            if (j == end) break;
            var next = tokens[j];
            if (next.Span.Start == tokens[j - 1].Span.End) continue; // no space: "3.5", "U.S.-led"
            char n = text[next.Span.Start];
            if (!(char.IsUpper(n) || char.IsDigit(n) || n is '“' or '"' or '‘' or '\'' or '(' or '[' or '—')) continue;
            // "at 10 p.m. Wednesday", "5 p.m. EST": the clock's day or zone follows in the same sentence
            if (ClockAbbreviation(text, tokens, i) && next.Kind == TokenKind.Word && DayWordsAfterClock.Contains(next.Span.In(text))) continue;
            sentenceEnds.Add(j);
            i = j - 1;
        }
        sentenceEnds.Add(end);
    }

    /// <summary>Words that name the day or zone of a clock time just before them ("10 p.m. Wednesday", "5 p.m. EST").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DayWordsAfterClock = new HashSet<string>(
    [
        .. CalendarWords.Capitalised(CalendarWords.WeekdayNames), .. MonthAbbreviations, .. CalendarWords.Capitalised(CalendarWords.MonthNames),
        "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "BST", "UTC", "CET", "CEST",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the full stop at <paramref name="dot"/> closes "a.m." or "p.m." (tokens a . m .).</summary>
    private static bool ClockAbbreviation(string text, IReadOnlyList<Token> tokens, int dot) =>
        dot >= 3 && tokens[dot - 1].Span.In(text) is "m" && tokens[dot - 2].Span.In(text) is "." && tokens[dot - 3].Span.In(text) is "a" or "p"
        && tokens[dot - 1].Span.End == tokens[dot].Span.Start && tokens[dot - 2].Span.End == tokens[dot - 1].Span.Start;

    private static bool IsCloser(char c) => c is '”' or '"' or '’' or '\'' or ')' or ']';

    private static bool IsAbbreviation(string text, Token word, Token dot)
    {
        if (word.Kind != TokenKind.Word || word.Span.End != dot.Span.Start) return false;
        var w = word.Span.In(text);
        if (w.Length == 1 && char.IsUpper(w[0])) return true;                 // initials: "John F. Kennedy"
        if (w.Contains('.')) return true;                                      // "U.S.", "U.N."
        return AbbreviationLookup.Contains(w);
    }
}
