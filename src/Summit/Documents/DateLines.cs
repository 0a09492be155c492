using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Summit.Lexical;

namespace Summit.Documents;

/// <summary>What one date line ("Mon 14 Mar 2016 10.15 GMT", "Updated 3:41 PM ET, Tue March 5, 2019") says.</summary>
internal sealed record DateLineInfo(DateOnly? Published, DateTimeOffset? PublishedTime, string? PublishedZone, DateOnly? Updated);

/// <summary>
/// Reads the date lines news sites print above or below a headline, with a small grammar of date
/// parts rather than a list of site formats: optional labels (published, posted, updated, last
/// modified, first published on), weekdays, month names, day and year numbers, ISO and numeric
/// dates, clock times (10:15, 10.15, 3:41 PM), time zones (GMT, ET, CEST, IST, +01:00) and
/// relative stamps ("2 hours ago"), joined by commas, slashes, bars or dashes. A line holding any
/// other word is not a date line.
/// </summary>
internal static partial class DateLines
{
    [GeneratedRegex(@"\G\s*(?:(?<iso>(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})(?:[T ](?<hh>[0-9]{1,2}):(?<mm>[0-9]{2})(?::[0-9]{2}(?:\.[0-9]+)?)?)?(?<off>Z|[+\-][0-9]{2}:?[0-9]{2})?)(?![0-9])|(?<num>(?<a>[0-9]{1,2})[./\-](?<b>[0-9]{1,2})[./\-](?<c>[0-9]{4}|[0-9]{2}))(?![0-9])|(?<time>(?<th>[0-9]{1,2})[:.](?<tm>[0-9]{2})(?::[0-9]{2})?)(?![0-9])|(?<offset>(?:UTC|GMT)\s?[+\-−]\s?[0-9]{1,2}(?::?[0-9]{2})?|[+\-−][0-9]{2}:?[0-9]{2})(?![0-9])|(?<n>[0-9]{1,4})(?:st|nd|rd|th)?(?![0-9])|(?<w>\p{L}+(?:\.\p{L}+)*\.?)|(?<p>[,/|·•\-–—:()\u00B7]))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Token();

    private static readonly FrozenSet<string> Weekdays = CalendarWords.WeekdayNames.Concat(CalendarWords.WeekdayAbbreviations)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Fixed offsets, in minutes. US generic zones (ET, CT, MT, PT) follow US daylight saving; see Offset.
    private static readonly Dictionary<string, int> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utc"] = 0, ["gmt"] = 0, ["z"] = 0, ["wet"] = 0, ["bst"] = 60, ["west"] = 60, ["cet"] = 60, ["cest"] = 120, ["met"] = 60, ["mest"] = 120,
        ["eet"] = 120, ["eest"] = 180, ["msk"] = 180, ["trt"] = 180, ["ist"] = 330, ["pkt"] = 300, ["npt"] = 345, ["ict"] = 420, ["wib"] = 420,
        ["hkt"] = 480, ["sgt"] = 480, ["pht"] = 480, ["awst"] = 480, ["jst"] = 540, ["kst"] = 540, ["acst"] = 570, ["aest"] = 600,
        ["aedt"] = 660, ["nzst"] = 720, ["nzdt"] = 780, ["sast"] = 120, ["cat"] = 120, ["eat"] = 180, ["wat"] = 60, ["gst"] = 240,
        ["est"] = -300, ["edt"] = -240, ["cst"] = -360, ["cdt"] = -300, ["mst"] = -420, ["mdt"] = -360, ["pst"] = -480, ["pdt"] = -420,
        ["akst"] = -540, ["akdt"] = -480, ["hst"] = -600,
    };

    private static readonly Dictionary<string, int> UsZones = new(StringComparer.OrdinalIgnoreCase) { ["et"] = -300, ["ct"] = -360, ["mt"] = -420, ["pt"] = -480 };

    // Fixed US zones: a numeric date printed with one is month first.
    private static readonly HashSet<string> UsFixedZones = new(StringComparer.OrdinalIgnoreCase) { "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt" };

    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "posted", "updated", "modified", "last", "first", "date", "created", "edited", "revised", "originally",
        "on", "at", "and", "time", "local", "dateline", "publication", "pub", "upd", "update",
    };

    private static readonly HashSet<string> UpdateLabels = new(StringComparer.OrdinalIgnoreCase) { "updated", "modified", "edited", "revised", "upd", "update" };

    private static readonly HashSet<string> Relative = new(StringComparer.OrdinalIgnoreCase)
    {
        "ago", "hour", "hours", "hr", "hrs", "h", "minute", "minutes", "min", "mins", "m", "second", "seconds", "secs", "day", "days", "just", "now",
        "today", "yesterday", "an", "a", "few",
    };

    private static readonly HashSet<string> Meridiem = new(StringComparer.OrdinalIgnoreCase) { "am", "pm", "a.m", "p.m", "a.m.", "p.m." };

    private sealed class Segment
    {
        public bool IsUpdate;
        public int? Year, Month, Day, Hour, Minute;
        public int? A, B, C; // a numeric date, order decided at the end
        public string? Meridiem;
        public int? OffsetMinutes;
        public string? Zone;
        public bool UsZone;
        public bool HasDate => Year is not null && Month is not null && Day is not null || C is not null;
    }

    /// <summary>Whether <paramref name="line"/> is a date line; if so, what it says (a relative stamp such as "2 hours ago" gives no date).</summary>
    public static bool TryParse(ReadOnlySpan<char> line, out DateLineInfo info)
    {
        info = new DateLineInfo(null, null, null, null);
        line = line.Trim();
        if (line.Length < 6 || line.Length > 140) return false;
        var s = line.ToString();
        var segments = new List<Segment> { new() };
        int at = 0;
        bool lastWasLabel = false, sawAgo = false, previousWasDay = false;
        string? previousNumber = null;
        while (at < s.Length)
        {
            var m = Token().Match(s, at);
            if (!m.Success || m.Length == 0)
            {
                if (s.AsSpan(at).IsWhiteSpace()) break;
                return false;
            }
            at = m.Index + m.Length;
            var seg = segments[^1];
            if (m.Groups["iso"].Success)
            {
                seg.Year = Int(m.Groups["y"]); seg.Month = Int(m.Groups["m"]); seg.Day = Int(m.Groups["d"]);
                if (m.Groups["hh"].Success) { seg.Hour = Int(m.Groups["hh"]); seg.Minute = Int(m.Groups["mm"]); }
                if (m.Groups["off"].Success) { seg.OffsetMinutes = ParseOffset(m.Groups["off"].Value); seg.Zone = m.Groups["off"].Value; }
                lastWasLabel = false; previousNumber = null;
            }
            else if (m.Groups["num"].Success)
            {
                seg.A = Int(m.Groups["a"]); seg.B = Int(m.Groups["b"]);
                int c = Int(m.Groups["c"]);
                seg.C = c < 100 ? 2000 + c : c;
                lastWasLabel = false; previousNumber = null;
            }
            else if (m.Groups["time"].Success)
            {
                int h = Int(m.Groups["th"]), mi = Int(m.Groups["tm"]);
                if (h > 23 || mi > 59) return false;
                seg.Hour = h; seg.Minute = mi;
                lastWasLabel = false; previousNumber = null;
            }
            else if (m.Groups["offset"].Success)
            {
                var o = ParseOffset(m.Groups["offset"].Value);
                if (o is null) return false;
                seg.OffsetMinutes = o; seg.Zone = m.Groups["offset"].Value.Trim();
                lastWasLabel = false; previousNumber = null;
            }
            else if (m.Groups["n"].Success)
            {
                int n = Int(m.Groups["n"]);
                previousNumber = m.Groups["n"].Value;
                previousWasDay = false;
                if (m.Groups["n"].Value.Length == 4 && n is >= 1900 and <= 2100 && seg.Year is null) seg.Year = n;
                else if (n is >= 1 and <= 31 && seg.Day is null) { seg.Day = n; previousWasDay = true; }
                else if (n is >= 1 and <= 60) { } // a count before "hours ago"
                else return false;
                lastWasLabel = false;
            }
            else if (m.Groups["w"].Success)
            {
                var w = m.Groups["w"].Value.TrimEnd('.');
                if (CalendarWords.Months.TryGetValue(w, out var month)) { if (seg.Month is not null) return false; seg.Month = month; }
                else if (Weekdays.Contains(w)) { }
                else if (Meridiem.Contains(w) || Meridiem.Contains(m.Groups["w"].Value))
                {
                    seg.Meridiem = w.StartsWith('p') || w.StartsWith('P') ? "pm" : "am";
                    // "10am": the number before was an hour, not a day.
                    if (previousNumber is not null && seg.Hour is null && int.Parse(previousNumber, CultureInfo.InvariantCulture) is >= 1 and <= 12 and var hour)
                    {
                        if (previousWasDay) seg.Day = null;
                        seg.Hour = hour; seg.Minute = 0;
                    }
                }
                else if (Zones.TryGetValue(w, out var z)) { seg.OffsetMinutes = z; seg.Zone = w; } // a fixed zone beats a generic one ("ET EDT")
                else if (UsZones.ContainsKey(w)) { seg.Zone = w; seg.UsZone = true; }
                else if (Labels.Contains(w))
                {
                    bool update = UpdateLabels.Contains(w);
                    bool startsLabel = w is not ("on" or "at" or "and" or "time" or "local");
                    if (startsLabel && !lastWasLabel && (seg.HasDate || seg.Hour is not null || seg.Month is not null))
                    {
                        seg = new Segment();
                        segments.Add(seg);
                    }
                    if (update) seg.IsUpdate = true;
                    lastWasLabel = startsLabel;
                    previousNumber = null;
                    continue;
                }
                else if (Relative.Contains(w)) { if (w.Equals("ago", StringComparison.OrdinalIgnoreCase)) sawAgo = true; if (previousNumber is not null && seg.Day?.ToString(CultureInfo.InvariantCulture) == previousNumber && seg.Month is null) seg.Day = null; }
                else return false;
                previousNumber = null;
                lastWasLabel = false;
            }
            // punctuation: a separator
        }

        DateOnly? published = null, updated = null;
        DateTimeOffset? time = null;
        string? zone = null;
        foreach (var seg in segments)
        {
            var date = Resolve(seg, out var offset);
            if (date is null) continue;
            if (seg.IsUpdate) { updated ??= date; }
            else if (published is null)
            {
                published = date;
                if (seg.Hour is not null && offset is not null)
                {
                    int hour = seg.Hour.Value;
                    if (seg.Meridiem == "pm" && hour < 12) hour += 12;
                    if (seg.Meridiem == "am" && hour == 12) hour = 0;
                    if (hour <= 23 && (seg.Minute ?? 0) <= 59 && TimeAt(date.Value, hour, seg.Minute ?? 0, offset.Value) is { } moment)
                    {
                        time = moment;
                        zone = seg.Zone;
                    }
                }
                else if (seg.Zone is not null) zone = seg.Zone;
            }
        }
        // "Updated 2 hours ago": a date line that gives no date (there is no clock to anchor it on).
        if (published is null && updated is null) return sawAgo;
        info = new DateLineInfo(published, time, zone, updated);
        return true;
    }

    private static DateOnly? Resolve(Segment seg, out int? offset)
    {
        offset = seg.OffsetMinutes;
        int? y = seg.Year, mo = seg.Month, d = seg.Day;
        if (seg.C is not null && (y is null || mo is null || d is null))
        {
            int a = seg.A!.Value, b = seg.B!.Value;
            bool monthFirst = a <= 12 && (b > 12 || seg.UsZone || seg.Zone is { } z && UsFixedZones.Contains(z));
            if (a > 12) monthFirst = false;
            y = seg.C; mo = monthFirst ? a : b; d = monthFirst ? b : a;
        }
        if (y is null || mo is null || d is null) return null;
        if (y is < 1 or > 9999 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y.Value, mo.Value)) return null;
        var date = new DateOnly(y.Value, mo.Value, d.Value);
        // a generic US zone ("ET") gives the offset only when no fixed zone or offset was printed with it ("ET EDT")
        if (seg.OffsetMinutes is null && seg.UsZone && seg.Zone is not null && UsZones.TryGetValue(seg.Zone, out var standard))
            offset = standard + (UsDaylight(date) ? 60 : 0);
        return date;
    }

    /// <summary>The moment a day, clock and offset give; null where it falls outside what <see cref="DateTimeOffset"/> holds (0001-01-01 00:00 at +01:00).</summary>
    private static DateTimeOffset? TimeAt(DateOnly date, int hour, int minute, int offsetMinutes)
    {
        var local = date.ToDateTime(new TimeOnly(hour, minute));
        long utc = local.Ticks - offsetMinutes * TimeSpan.TicksPerMinute;
        if (utc < DateTime.MinValue.Ticks || utc > DateTime.MaxValue.Ticks) return null;
        return new DateTimeOffset(local, TimeSpan.FromMinutes(offsetMinutes));
    }

    /// <summary>US daylight saving: from the second Sunday of March to the first Sunday of November.</summary>
    private static bool UsDaylight(DateOnly d)
    {
        static DateOnly NthSunday(int year, int month, int n)
        {
            var first = new DateOnly(year, month, 1);
            int delta = ((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7;
            return first.AddDays(delta + 7 * (n - 1));
        }
        return d >= NthSunday(d.Year, 3, 2) && d < NthSunday(d.Year, 11, 1);
    }

    private static int? ParseOffset(string s)
    {
        s = s.Replace("UTC", "", StringComparison.OrdinalIgnoreCase).Replace("GMT", "", StringComparison.OrdinalIgnoreCase).Replace(" ", "").Replace('−', '-');
        if (s is "Z" or "z") return 0;
        if (s.Length < 2 || s[0] is not ('+' or '-')) return null;
        int sign = s[0] == '-' ? -1 : 1;
        var digits = s[1..].Replace(":", "");
        int h, mi = 0;
        if (digits.Length <= 2) h = int.Parse(digits, CultureInfo.InvariantCulture);
        else { h = int.Parse(digits[..^2], CultureInfo.InvariantCulture); mi = int.Parse(digits[^2..], CultureInfo.InvariantCulture); }
        if (h > 14 || mi > 59) return null;
        return sign * (h * 60 + mi);
    }

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);
}
