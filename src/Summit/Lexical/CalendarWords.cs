using System.Collections.Frozen;

namespace Summit.Lexical;

/// <summary>
/// The names of months and weekdays, with their abbreviations: the one list every stage reads (the reader's date
/// lines, the sentence splitter, mention finding, the time tagger, quantities, the aligner's light words).
/// </summary>
internal static class CalendarWords
{
    /// <summary>The months' names, lower case, January first.</summary>
    public static readonly IReadOnlyList<string> MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The months' abbreviations, lower case, with their month number ("sept" as well as "sep"; "may" has none).</summary>
    public static readonly IReadOnlyList<(string Word, int Month)> MonthAbbreviations =
    [
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10),
        ("nov", 11), ("dec", 12),
    ];

    /// <summary>The weekdays' names, lower case, Monday first (ISO 8601).</summary>
    public static readonly IReadOnlyList<string> WeekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>The weekdays' abbreviations as sites print them ("Tue", "Thurs"), lower case.</summary>
    public static readonly IReadOnlyList<string> WeekdayAbbreviations = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"];

    /// <summary>A month's name or abbreviation, in any case, to its number (1–12).</summary>
    public static readonly FrozenDictionary<string, int> Months = MonthNames.Select((m, i) => (Word: m, Month: i + 1)).Concat(MonthAbbreviations)
        .ToFrozenDictionary(p => p.Word, p => p.Month, StringComparer.OrdinalIgnoreCase);

    /// <summary>The names and abbreviations of <see cref="Months"/>, as a set, in any case.</summary>
    public static readonly FrozenSet<string> MonthWords = Months.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A weekday's full name, in any case, to its ISO number (Monday 1 … Sunday 7).</summary>
    public static readonly FrozenDictionary<string, int> Weekdays = WeekdayNames.Select((d, i) => (d, i + 1))
        .ToFrozenDictionary(p => p.d, p => p.Item2, StringComparer.OrdinalIgnoreCase);

    /// <summary>Words as written with a capital first letter ("january" → "January").</summary>
    public static IEnumerable<string> Capitalised(IEnumerable<string> words) => words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
}
