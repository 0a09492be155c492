using System.Globalization;
using System.Text.RegularExpressions;
using Summit.Documents;
using Summit.Text;

namespace Summit.Time;

/// <summary>
/// The default time tagger: news-style time expressions found by patterns over the report's body
/// and resolved against its date and the tense around them. No clock is ever read.
/// </summary>
internal sealed partial class TemporalTagger : ITemporalTagger
{
    private static readonly string[] Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["several"] = -1, ["few"] = -1, ["a few"] = -1,
    };

    private const string Month = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private const string Weekday = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private const string Count = "(?:\\d+|a few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)";

    [GeneratedRegex(
        @"\b(?:(?<iso>\d{4}-\d{2}-\d{2})" +
        @"|(?<mdy>" + Month + @"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})" +
        @"|(?<dmy>\d{1,2}(?:st|nd|rd|th)?\s+" + Month + @",?\s+\d{4})" +
        @"|(?<my>(?:[Ss]ince\s+|[Ii]n\s+|[Ss]ince\s+)?" + Month + @"\s+\d{4})" +
        @"|(?<md>(?:on\s+)?" + Month + @"\s+\d{1,2}(?:st|nd|rd|th)?)\b(?!,?\s*\d)" +
        @"|(?<wd>(?:(?:on|last|next|this|since)\s+)?" + Weekday + @")" +
        @"|(?<rel>today|tonight|yesterday|tomorrow|(?:last|next|this|the\s+past|the\s+coming)\s+(?:week|month|year|weekend))" +
        @"|(?<mon>(?:(?:in|since|last|next|this|early|late|mid-)\s+)?" + Month + @")(?!\s+\d)" +
        @"|(?<decade>(?:in\s+)?the\s+(?:\d{2})?\d0s)" +
        @"|(?<year>(?:(?:in|since|by|until|of)\s+)\d{4})(?!\s*-\d)" +
        @"|(?<dur>" + Count + @"\s+(?:more\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?))" +
        @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\b(?:will|would|'ll|’ll|due|expected|plans?|planned|scheduled|set to|going to|intends?|to be held|is to|are to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureCue();

    public IReadOnlyList<TimeExpression> Tag(TextAnalysis analysis, DateOnly? anchor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var report = analysis.Report;
        var text = report.Text;
        var found = new List<TimeExpression>();
        foreach (var sentence in analysis.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (Match m in Pattern().Matches(text.Substring(sentence.Span.Start, sentence.Span.Length)))
            {
                var span = new Span(sentence.Span.Start + m.Index, sentence.Span.Start + m.Index + m.Length);
                // a capitalised month word that is a name ("May" the person) stays out when alone
                if (m.Groups["mon"].Success && m.Value is "May" or "March") continue;
                bool future = FutureCue().IsMatch(text.AsSpan(sentence.Span.Start, sentence.Span.Length).ToString());
                var resolved = Resolve(m, anchor, future);
                if (resolved is null) continue;
                var (type, value, granularity, anchored) = resolved.Value;
                found.Add(new TimeExpression(report.Id, span, span.Of(text), type, value, granularity) { Anchored = anchored });
            }
        }
        return found;
    }

    private static (TimeType, string, Granularity, bool)? Resolve(Match m, DateOnly? anchor, bool future)
    {
        string v = m.Value;
        string lower = v.ToLowerInvariant();
        if (m.Groups["iso"].Success && DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            return (TimeType.Date, Day(iso), Granularity.Day, true);
        if (m.Groups["mdy"].Success || m.Groups["dmy"].Success)
        {
            int month = MonthOf(lower), day = int.Parse(Regex.Match(m.Groups["mdy"].Success ? v[v.IndexOf(' ')..] : v, @"\d{1,2}").Value, CultureInfo.InvariantCulture);
            int year = int.Parse(Regex.Match(v, @"\d{4}").Value, CultureInfo.InvariantCulture);
            return day <= DateTime.DaysInMonth(year, month) ? (TimeType.Date, $"{year:D4}-{month:D2}-{day:D2}", Granularity.Day, true) : null;
        }
        if (m.Groups["my"].Success)
        {
            int year = int.Parse(Regex.Match(v, @"\d{4}").Value, CultureInfo.InvariantCulture);
            return (TimeType.Date, $"{year:D4}-{MonthOf(lower):D2}", Granularity.Month, true);
        }
        if (m.Groups["md"].Success)
        {
            int month = MonthOf(lower), day = int.Parse(Regex.Match(v, @"\d{1,2}").Value, CultureInfo.InvariantCulture);
            if (anchor is not { } a) return (TimeType.Date, $"XXXX-{month:D2}-{day:D2}", Granularity.Day, false);
            int year = a.Year;
            if (day > DateTime.DaysInMonth(year, month)) return null;
            var d = new DateOnly(year, month, day);
            if (!future && d > a.AddDays(31)) d = d.AddYears(-1);
            else if (future && d < a.AddDays(-31)) d = d.AddYears(1);
            return (TimeType.Date, Day(d), Granularity.Day, true);
        }
        if (m.Groups["wd"].Success)
        {
            int wd = Array.FindIndex(Weekdays, w => lower.Contains(w, StringComparison.Ordinal));
            if (anchor is not { } a) return (TimeType.Date, "XXXX-XX-XX", Granularity.Day, false);
            int today = ((int)a.DayOfWeek + 6) % 7; // Monday = 0
            bool next = lower.StartsWith("next", StringComparison.Ordinal) || (!lower.StartsWith("last", StringComparison.Ordinal) && future);
            int delta = next ? (wd - today + 7) % 7 : -((today - wd + 7) % 7);
            if (delta == 0 && lower.StartsWith("last", StringComparison.Ordinal)) delta = -7;
            if (delta == 0 && lower.StartsWith("next", StringComparison.Ordinal)) delta = 7;
            return (TimeType.Date, Day(a.AddDays(delta)), Granularity.Day, true);
        }
        if (m.Groups["rel"].Success)
        {
            if (anchor is not { } a)
                return lower is "today" or "tonight" ? (TimeType.Date, "PRESENT_REF", Granularity.Day, false) : (TimeType.Date, "XXXX-XX-XX", Granularity.Day, false);
            int sign = lower.StartsWith("last", StringComparison.Ordinal) || lower.StartsWith("the past", StringComparison.Ordinal) ? -1
                : lower.StartsWith("next", StringComparison.Ordinal) || lower.StartsWith("the coming", StringComparison.Ordinal) ? 1 : 0;
            if (lower is "today") return (TimeType.Date, Day(a), Granularity.Day, true);
            if (lower is "tonight") return (TimeType.Time, Day(a) + "TNI", Granularity.Hour, true);
            if (lower is "yesterday") return (TimeType.Date, Day(a.AddDays(-1)), Granularity.Day, true);
            if (lower is "tomorrow") return (TimeType.Date, Day(a.AddDays(1)), Granularity.Day, true);
            if (lower.EndsWith("week", StringComparison.Ordinal)) return (TimeType.Date, Week(a.AddDays(7 * sign)), Granularity.Week, true);
            if (lower.EndsWith("weekend", StringComparison.Ordinal)) return (TimeType.Date, Week(a.AddDays(7 * sign)) + "-WE", Granularity.Week, true);
            if (lower.EndsWith("month", StringComparison.Ordinal)) { var d = a.AddMonths(sign); return (TimeType.Date, $"{d.Year:D4}-{d.Month:D2}", Granularity.Month, true); }
            return (TimeType.Date, $"{a.Year + sign:D4}", Granularity.Year, true);
        }
        if (m.Groups["mon"].Success)
        {
            int month = MonthOf(lower);
            if (anchor is not { } a) return (TimeType.Date, $"XXXX-{month:D2}", Granularity.Month, false);
            int year = a.Year;
            bool last = lower.StartsWith("last", StringComparison.Ordinal), next = lower.StartsWith("next", StringComparison.Ordinal);
            if (last || (!future && !next && month > a.Month)) year--;
            if (next || (future && month < a.Month)) year++;
            return (TimeType.Date, $"{year:D4}-{month:D2}", Granularity.Month, true);
        }
        if (m.Groups["decade"].Success)
        {
            var digits = Regex.Match(v, @"\d+").Value;
            string value = digits.Length == 4 ? digits[..3] : anchor is { } a ? $"{a.Year / 100}{digits[0]}" : $"XX{digits[0]}";
            return (TimeType.Date, value, Granularity.Decade, digits.Length == 4 || anchor is not null);
        }
        if (m.Groups["year"].Success)
        {
            var y = Regex.Match(v, @"\d{4}").Value;
            int year = int.Parse(y, CultureInfo.InvariantCulture);
            return year is >= 1000 and <= 2999 ? (TimeType.Date, y, Granularity.Year, true) : null;
        }
        if (m.Groups["dur"].Success)
        {
            var parts = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string unitWord = parts[^1];
            string countWord = string.Join(' ', parts[..^1]).Replace("more", "", StringComparison.Ordinal).Trim();
            int n = int.TryParse(countWord, NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : Numbers.GetValueOrDefault(countWord, -1);
            string q = n < 0 ? "X" : n.ToString(CultureInfo.InvariantCulture);
            string unit = unitWord.TrimEnd('s') switch
            {
                "year" => "Y", "month" => "M", "week" => "W", "day" => "D", "decade" => "DE",
                "hour" => "H", "minute" => "M", _ => "",
            };
            bool time = unitWord.StartsWith("hour", StringComparison.Ordinal) || unitWord.StartsWith("minute", StringComparison.Ordinal);
            if (unit == "DE") { unit = "Y"; q = n < 0 ? "X" : (n * 10).ToString(CultureInfo.InvariantCulture); }
            return (TimeType.Duration, time ? $"PT{q}{unit}" : $"P{q}{unit}", Granularity.None, true);
        }
        return null;
    }

    private static int MonthOf(string lower)
    {
        for (int i = 0; i < Months.Length; i++)
            if (lower.Contains(Months[i][..3], StringComparison.Ordinal)) return i + 1;
        throw new InvalidOperationException("No month in " + lower);
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}";
    }
}
