using System.Globalization;
using System.Text.RegularExpressions;
using Summit.Lexical;

namespace Summit.Documents;

/// <summary>What the lines on top of text copied from a web page say: URL, headline, standfirst, date lines, byline.</summary>
internal sealed record WebHeaderInfo
{
    public int End { get; init; }
    public List<Span> Metadata { get; } = [];
    /// <summary>The headline and standfirst lines (text, not metadata: they may state claims).</summary>
    public List<Span> Headlines { get; } = [];
    public string? Url { get; init; }
    public string? Source { get; init; }
    public string? Headline { get; init; }
    public string? Standfirst { get; init; }
    public string? Byline { get; init; }
    public DateOnly? Published { get; init; }
    public DateTimeOffset? PublishedTime { get; init; }
    public string? PublishedZone { get; init; }
    public DateOnly? Updated { get; init; }
    public DateOnly? UrlDate { get; init; }
}

/// <summary>
/// Finds the header of text copied from a web page: a URL on the first line (the outlet from its
/// domain, a date from its path), headline and standfirst lines, date lines in the styles sites
/// print (see <see cref="DateLines"/>), bylines and an outlet's name on its own line. The header
/// ends at its last such anchor line among the first lines; with no anchor there is no header.
/// </summary>
internal static partial class WebHeader
{
    private const int MaxHeaderLines = 10;

    [GeneratedRegex(@"\A(?:https?://|www\.)[^\s]+\z", RegexOptions.IgnoreCase)]
    private static partial Regex UrlLine();

    // ASCII digits only: \d takes any script's digits, which int.Parse refuses
    [GeneratedRegex(@"/(?<y>(?:19|20)[0-9][0-9])[/\-](?<m>[0-9]{1,2}|[a-z]{3})[/\-](?<d>[0-9]{1,2})(?=[/\-.?#]|\z)|/(?<y>20[0-9][0-9])(?<m>[01][0-9])(?<d>[0-3][0-9])(?=[/\-.?#]|\z)", RegexOptions.IgnoreCase)]
    private static partial Regex UrlDate();

    // "By Jane Doe", "By JANE DOE and John Roe, Reuters", "By Jane Doe | The Guardian"
    [GeneratedRegex(@"\A(?:By|BY|Written by|Words by|Reporting by|Author:|Authors:)\s+\p{Lu}[\p{L}.'’\-]*(?:\s*(?:,|\s(?:\p{Lu}[\p{L}.'’\-]*|and|&|de|van|von|der|al|bin|in))){0,12}\s*(?:[,|–—]\s*[^\n.!?]{0,60})?\z")]
    private static partial Regex BylineLine();

    // A whole block that is a picture's caption or credit.
    [GeneratedRegex(@"\A(?:Photo(?:graph)?s?|Image|Picture|Pic|Video|Illustration|Credit|Photo credit)\s*(?::|by\b)|\A(?:Image|Media|Video) (?:source|caption)\s*,|(?:Photo(?:graph)?|Image|Picture|Illustration|Credit)\s*:\s*[^.!?:\n]{1,80}\z|\((?:[A-Z][\w.]*\s)?(?:Photo|Image)(?:/[^)]{1,60})?\)\s*\z|\A(?:Getty Images|AFP via Getty Images|EPA-EFE|Shutterstock)\s*\z", RegexOptions.IgnoreCase)]
    private static partial Regex CreditBlock();

    /// <summary>Whether a block of the body is a photo caption or credit (never a claim).</summary>
    public static bool IsCredit(ReadOnlySpan<char> block) => block.Length <= 400 && CreditBlock().IsMatch(block);

    /// <summary>Whether a line is a byline.</summary>
    public static bool IsByline(ReadOnlySpan<char> line) => line.Length <= 120 && BylineLine().IsMatch(line);

    /// <summary>The name(s) in a byline line ("By Jane Doe, Reuters" → "Jane Doe").</summary>
    public static string BylineOf(string line) => BylineName(line);

    /// <summary>The date a URL's path carries (/2016/03/14/, /2016/mar/14/, /20160314/), if any.</summary>
    public static DateOnly? DateOfUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var m = UrlDate().Match(url);
        if (!m.Success) return null;
        int y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var ms = m.Groups["m"].Value;
        int mo = char.IsDigit(ms[0]) ? int.Parse(ms, CultureInfo.InvariantCulture)
            : Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames, n => n.Equals(ms, StringComparison.OrdinalIgnoreCase)) + 1;
        int d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        return new DateOnly(y, mo, d);
    }

    public static WebHeaderInfo? Read(string text, int start, int end, IOutletDirectory outlets)
    {
        var lines = new List<Span>();
        int i = start;
        while (i < end && lines.Count < MaxHeaderLines)
        {
            int nl = text.IndexOf('\n', i, end - i);
            int lineEnd = nl < 0 ? end : nl;
            int s = i, e = lineEnd;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s)
            {
                if (e - s > 600) break; // a body paragraph: the header cannot go past it
                lines.Add(new Span(s, e));
            }
            if (nl < 0) break;
            i = nl + 1;
        }
        if (lines.Count == 0) return null;

        string? url = null, source = null, byline = null;
        DateOnly? published = null, updated = null;
        DateTimeOffset? time = null;
        string? zone = null;
        int lastAnchor = -1;
        var kinds = new int[lines.Count]; // 0 text, 1 anchor
        var outletLines = new List<(int Line, string Name)>();
        for (int k = 0; k < lines.Count; k++)
        {
            var line = lines[k].In(text);
            if (k == 0 && UrlLine().IsMatch(line))
            {
                url = line.ToString();
                kinds[k] = 1; lastAnchor = k;
                continue;
            }
            if (DateLines.TryParse(line, out var info))
            {
                published ??= info.Published;
                if (time is null && info.PublishedTime is not null) { time = info.PublishedTime; zone = info.PublishedZone; }
                zone ??= info.PublishedZone;
                updated ??= info.Updated;
                kinds[k] = 1; lastAnchor = k;
                continue;
            }
            if (IsByline(line))
            {
                byline ??= BylineName(line.ToString());
                kinds[k] = 1; lastAnchor = k;
                continue;
            }
            if (line.Length <= 60 && outlets.Find(line.ToString()) is { } named)
            {
                outletLines.Add((k, named.Name));
            }
        }
        if (lastAnchor < 0) return null;
        // An outlet's name alone on a line belongs to the header only next to a stronger anchor.
        foreach (var (k, name) in outletLines)
        {
            if (k > lastAnchor + 1) continue;
            source ??= name;
            kinds[k] = 1;
            lastAnchor = Math.Max(lastAnchor, k);
        }

        // Headline and standfirst are a few short lines: longer text before an anchor is body, not header.
        int textLines = 0;
        for (int k = 0; k <= lastAnchor; k++)
        {
            if (kinds[k] == 1) continue;
            textLines++;
            if (lines[k].Length > 350 || textLines > 3)
            {
                if (url is null) return null;
                lastAnchor = 0;
                break;
            }
        }

        // A header made only of a URL: take a heading-like next line as the headline.
        int headerEnd = lastAnchor;
        if (url is not null && lastAnchor == 0 && lines.Count > 1 && LooksLikeHeadline(lines[1].In(text))) headerEnd = 1;

        string? headline = null, standfirst = null;
        var info2 = new WebHeaderInfo
        {
            End = lines[headerEnd].End,
            Url = url,
            Source = source ?? (url is null ? null : outlets.Find(url)?.Name ?? WebAddress.HostOf(url)),
            Byline = byline,
            Published = published,
            PublishedTime = time,
            PublishedZone = zone,
            Updated = updated,
            UrlDate = DateOfUrl(url),
        };
        var standfirstLines = new List<string>();
        for (int k = 0; k <= headerEnd; k++)
        {
            if (kinds[k] == 1) { info2.Metadata.Add(lines[k]); continue; }
            info2.Headlines.Add(lines[k]);
            var t = lines[k].Of(text);
            if (headline is null) headline = t;
            else standfirstLines.Add(t);
        }
        if (standfirstLines.Count > 0) standfirst = string.Join(" ", standfirstLines);
        return info2 with { Headline = headline, Standfirst = standfirst };
    }

    private static bool LooksLikeHeadline(ReadOnlySpan<char> line)
    {
        if (line.Length > 160 || line.Length == 0 || !char.IsUpper(line[0])) return false;
        return line[^1] is not ('.' or ',' or ';' or ':');
    }

    private static string BylineName(string line)
    {
        var s = Regex.Replace(line, @"\A(?:By|BY|Written by|Words by|Reporting by|Author:|Authors:)\s+", "");
        int cut = s.IndexOfAny([',', '|']);
        return (cut > 0 ? s[..cut] : s).Trim();
    }
}
