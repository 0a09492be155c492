using System.Globalization;

namespace Summit.Timelines;

/// <summary>The period a TIMEX date value covers, as days: where it starts and where it ends.</summary>
internal static class TimexOrder
{
    /// <summary>The first day a TIMEX date value covers ("2019-W16" → 2019-04-15, "198" → 1980-01-01), or null.</summary>
    public static DateOnly? Start(string value) => Period(value)?.Start;

    /// <summary>The day after the last day a TIMEX date value covers ("2019-04" → 2019-05-01), or null.</summary>
    public static DateOnly? End(string value) => Period(value)?.End;

    /// <summary>The half-open period [Start, End) of days that <paramref name="value"/> covers, or null when it is not a date.</summary>
    public static (DateOnly Start, DateOnly End)? Period(string value)
    {
        if (string.IsNullOrEmpty(value) || !char.IsAsciiDigit(value[0])) return null;
        try
        {
            if (value.Length == 2 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var century))
                return (new DateOnly(Math.Max(1, century * 100), 1, 1), new DateOnly(Math.Max(1, century * 100) + 100, 1, 1));
            if (value.Length == 3 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var decade))
                return (new DateOnly(Math.Max(1, decade * 10), 1, 1), new DateOnly(decade * 10 + 10, 1, 1));
            if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
                return null;
            var yearStart = new DateOnly(year, 1, 1);
            if (value.Length == 4 || value[4] != '-' || value.Length < 7) return (yearStart, yearStart.AddYears(1));
            var rest = value.AsSpan(5);
            if (rest[0] == 'W' && rest.Length >= 3 && int.TryParse(rest[1..3], NumberStyles.None, CultureInfo.InvariantCulture, out var week))
            {
                var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
                return rest.Length >= 6 && rest[3..].SequenceEqual("-WE") ? (monday.AddDays(5), monday.AddDays(7)) : (monday, monday.AddDays(7));
            }
            if (rest[0] == 'Q' && rest.Length >= 2 && rest[1] is >= '1' and <= '4')
            {
                var q = new DateOnly(year, (rest[1] - '1') * 3 + 1, 1);
                return (q, q.AddMonths(3));
            }
            if (rest.Length >= 2 && char.IsAsciiLetter(rest[0]))
            {
                // Seasons of the northern hemisphere, as TIMEX3 writes them.
                int? month = rest[..2] switch { "SP" => 3, "SU" => 6, "FA" or "AU" => 9, "WI" => 12, "H1" => 1, "H2" => 7, _ => null };
                if (month is null) return (yearStart, yearStart.AddYears(1));
                var s = new DateOnly(year, month.Value, 1);
                return (s, s.AddMonths(rest[0] == 'H' ? 6 : 3));
            }
            if (rest.Length < 2 || !int.TryParse(rest[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
                return (yearStart, yearStart.AddYears(1));
            var monthStart = new DateOnly(year, m, 1);
            if (rest.Length >= 5 && rest[2] == '-' && int.TryParse(rest[3..5], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                && d >= 1 && d <= DateTime.DaysInMonth(year, m))
            {
                var day = new DateOnly(year, m, d);
                return (day, day.AddDays(1));
            }
            return (monthStart, monthStart.AddMonths(1));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
