using System.Globalization;

namespace Summit.Time;

/// <summary>
/// A TIMEX3 date value read as the days it covers: "2019-04-24" one day, "2019-W16" a week,
/// "2019-W16-WE" its weekend, "2019-04" a month, "2019-Q1" a quarter, "2019-SU" a (northern) summer,
/// "2019-H1" a half year, "2019" a year, "198" the 1980s, "19" the 20th century. A value with a time
/// of day ("2019-04-24T10:00", "2019-04-21TNI") covers its day and keeps that time. The one reader of
/// these values that the tagger's output, the aligner, the timeline and the renderers share: they read
/// the period, its granularity and which part of a year, week or day it names from here.
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

    /// <summary>
    /// Which part of a year or week it names: a weekend ("2019-W16-WE"), a quarter or half ("2019-Q2", "2019-H1": which
    /// one follows from <see cref="First"/>), a season ("2019-SU"); <see cref="PeriodPart.None"/> otherwise.
    /// </summary>
    public PeriodPart Part { get; private init; }

    /// <summary>The part of the day a day's value names ("2019-04-21TNI"), or <see cref="Time.PartOfDay.None"/>.</summary>
    public PartOfDay PartOfDay { get; private init; }

    /// <summary>The time on the clock a day's value names ("2019-04-24T10:00", "2019-04-24T10"), or null.</summary>
    public TimeOnly? Clock { get; private init; }

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
        ReadOnlySpan<char> time = default;
        if (date.IndexOf('T') is var t and >= 0)
        {
            time = date[(t + 1)..];
            date = date[..t];
        }
        try
        {
            var read = Read(value, date);
            return read is { Granularity: Granularity.Day } && !time.IsEmpty ? WithTime(read, time) : read;
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
                ? new(value, monday.AddDays(5), monday.AddDays(6), Granularity.Week) { Part = PeriodPart.Weekend }
                : new(value, monday, monday.AddDays(6), Granularity.Week);
        }
        if (rest.Length >= 2 && char.IsAsciiLetter(rest[0]))
        {
            // quarters, halves and the seasons of the northern hemisphere, as TIMEX3 writes them
            (int Month, int Months, PeriodPart Part)? part = rest[..2] switch
            {
                "Q1" => (1, 3, PeriodPart.Quarter), "Q2" => (4, 3, PeriodPart.Quarter), "Q3" => (7, 3, PeriodPart.Quarter), "Q4" => (10, 3, PeriodPart.Quarter),
                "SP" => (3, 3, PeriodPart.Spring), "SU" => (6, 3, PeriodPart.Summer), "FA" or "AU" => (9, 3, PeriodPart.Autumn), "WI" => (12, 3, PeriodPart.Winter),
                "H1" => (1, 6, PeriodPart.Half), "H2" => (7, 6, PeriodPart.Half),
                _ => null,
            };
            if (part is not { } p) return Years(value, year, 1, Granularity.Year);
            var start = new DateOnly(year, p.Month, 1);
            var end = p.Month + p.Months > 12 ? LastDayOfMonth(year + (p.Month + p.Months - 2) / 12, (p.Month + p.Months - 2) % 12 + 1)
                                              : LastDayOfMonth(year, p.Month + p.Months - 1);
            return new(value, start, end, Granularity.Season) { Part = p.Part };
        }
        if (rest.Length < 2 || Number(rest[..2]) is not { } month || month is < 1 or > 12) return Years(value, year, 1, Granularity.Year);
        if (rest.Length >= 5 && rest[2] == '-' && Number(rest[3..5]) is { } day && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            var d = new DateOnly(year, month, day);
            return new(value, d, d, Granularity.Day);
        }
        return new(value, new DateOnly(year, month, 1), LastDayOfMonth(year, month), Granularity.Month);
    }

    /// <summary>A day's value with the time of day written after its "T": a part of the day ("MO") or a clock time ("10:00", "10").</summary>
    private static TimexValue WithTime(TimexValue day, ReadOnlySpan<char> time) => time switch
    {
        "MO" => day with { PartOfDay = PartOfDay.Morning },
        "AF" => day with { PartOfDay = PartOfDay.Afternoon },
        "EV" => day with { PartOfDay = PartOfDay.Evening },
        "NI" => day with { PartOfDay = PartOfDay.Night },
        "DT" => day with { PartOfDay = PartOfDay.Daytime },
        _ when (time.Length >= 5 && time[2] == ':' || time.Length == 2) && Number(time[..2]) is int h and < 24
            && (time.Length == 2 ? 0 : Number(time[3..5])) is int m and < 60 => day with { Clock = new TimeOnly(h, m) },
        _ => day,
    };

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

/// <summary>Which part of a year or week a <see cref="TimexValue"/> names.</summary>
public enum PeriodPart
{
    /// <summary>The whole period.</summary>
    None,
    /// <summary>A week's weekend ("2019-W16-WE").</summary>
    Weekend,
    /// <summary>A quarter of the year ("2019-Q2").</summary>
    Quarter,
    /// <summary>A half of the year ("2019-H1").</summary>
    Half,
    /// <summary>Spring ("2019-SP").</summary>
    Spring,
    /// <summary>Summer ("2019-SU").</summary>
    Summer,
    /// <summary>Autumn ("2019-FA", "2019-AU").</summary>
    Autumn,
    /// <summary>Winter ("2019-WI").</summary>
    Winter,
}

/// <summary>The part of a day a <see cref="TimexValue"/> names.</summary>
public enum PartOfDay
{
    /// <summary>The whole day, or a clock time.</summary>
    None,
    /// <summary>The morning ("TMO").</summary>
    Morning,
    /// <summary>The afternoon ("TAF").</summary>
    Afternoon,
    /// <summary>The evening ("TEV").</summary>
    Evening,
    /// <summary>The night ("TNI").</summary>
    Night,
    /// <summary>The daytime ("TDT").</summary>
    Daytime,
}
