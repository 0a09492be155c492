using System.Globalization;

namespace Summit.Time;

/// <summary>
/// A TIMEX3 date value read as the days it covers: "2019-04-24" one day, "2019-W16" a week,
/// "2019-W16-WE" its weekend, "2019-04" a month, "2019-Q1" a quarter, "2019-SU" a (northern) summer,
/// "2019-H1" a half year, "2019" a year, "198" the 1980s, "19" the 20th century. A value with a time
/// of day ("2019-04-24T10:00", "2019-04-21TNI") covers its day. The one reader of these values that
/// the tagger's output, the aligner, the timeline and the renderers share.
/// </summary>
public sealed record TimexValue
{
    private TimexValue(string value, DateOnly first, DateOnly last, Granularity granularity)
    {
        Value = value;
        First = first;
        Last = last;
        Granularity = granularity;
    }

    /// <summary>The TIMEX3 value as written ("2019-Q1").</summary>
    public string Value { get; }

    /// <summary>The first day the value covers.</summary>
    public DateOnly First { get; }

    /// <summary>The last day the value covers (inclusive, so that the year 9999 needs no day after it).</summary>
    public DateOnly Last { get; }

    /// <summary>How long a period the value names.</summary>
    public Granularity Granularity { get; }

    /// <summary>Whether the two periods share a day (one event can have both times).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Overlaps(TimexValue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return First <= other.Last && other.First <= Last;
    }

    /// <summary>Reads a TIMEX3 date value, or returns null when it names no calendar period
    /// (a duration "P2M", "PRESENT_REF", an unanchored "XXXX-04", an impossible date, null).</summary>
    public static TimexValue? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value) || !char.IsAsciiDigit(value[0])) return null;
        // a time of day covers its day: "2019-04-24T10:00" is read as "2019-04-24"
        var date = value.AsSpan();
        if (date.IndexOf('T') is var t and >= 0) date = date[..t];
        try
        {
            return Read(value, date);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // beyond the calendar DateOnly can hold
        }
    }

    private static TimexValue? Read(string value, ReadOnlySpan<char> date)
    {
        if (date.Length == 2 && Number(date) is { } century)
            return Years(value, century * 100, 100, Granularity.Century);
        if (date.Length == 3 && Number(date) is { } decade)
            return Years(value, decade * 10, 10, Granularity.Decade);
        if (date.Length < 4 || Number(date[..4]) is not { } year || year < 1) return null;
        if (date.Length == 4 || date[4] != '-' || date.Length < 7) return Years(value, year, 1, Granularity.Year);
        var rest = date[5..];
        if (rest[0] == 'W' && rest.Length >= 3 && Number(rest[1..3]) is { } week)
        {
            if (week < 1 || week > ISOWeek.GetWeeksInYear(year)) return null;
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            return rest.Length >= 6 && rest[3..].SequenceEqual("-WE")
                ? new(value, monday.AddDays(5), monday.AddDays(6), Granularity.Week)
                : new(value, monday, monday.AddDays(6), Granularity.Week);
        }
        if (rest.Length >= 2 && char.IsAsciiLetter(rest[0]))
        {
            // quarters, halves and the seasons of the northern hemisphere, as TIMEX3 writes them
            (int Month, int Months)? part = rest[..2] switch
            {
                "Q1" => (1, 3), "Q2" => (4, 3), "Q3" => (7, 3), "Q4" => (10, 3),
                "SP" => (3, 3), "SU" => (6, 3), "FA" or "AU" => (9, 3), "WI" => (12, 3),
                "H1" => (1, 6), "H2" => (7, 6),
                _ => null,
            };
            if (part is not { } p) return Years(value, year, 1, Granularity.Year);
            var start = new DateOnly(year, p.Month, 1);
            var end = p.Month + p.Months > 12 ? LastDayOfMonth(year + (p.Month + p.Months - 2) / 12, (p.Month + p.Months - 2) % 12 + 1)
                                              : LastDayOfMonth(year, p.Month + p.Months - 1);
            return new(value, start, end, Granularity.Season);
        }
        if (rest.Length < 2 || Number(rest[..2]) is not { } month || month is < 1 or > 12) return Years(value, year, 1, Granularity.Year);
        if (rest.Length >= 5 && rest[2] == '-' && Number(rest[3..5]) is { } day && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            var d = new DateOnly(year, month, day);
            return new(value, d, d, Granularity.Day);
        }
        return new(value, new DateOnly(year, month, 1), LastDayOfMonth(year, month), Granularity.Month);
    }

    private static TimexValue Years(string value, int firstYear, int years, Granularity granularity)
    {
        firstYear = Math.Max(1, firstYear);
        int lastYear = Math.Min(9999, firstYear + years - 1);
        return new(value, new DateOnly(firstYear, 1, 1), new DateOnly(lastYear, 12, 31), granularity);
    }

    private static DateOnly LastDayOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static int? Number(ReadOnlySpan<char> digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
