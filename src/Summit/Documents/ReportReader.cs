using System.Globalization;
using System.Text.RegularExpressions;
using Summit.Lexical;

namespace Summit.Documents;

/// <summary>
/// Reads a report: plain-text wire copy, text copied from a web page, or a saved HTML page. Wire copy: an inline date header ("date 2019-04-24"), a dateline
/// ("LIMA, Peru:", "PARIS (Reuters) -"), a closing agency signature ("— Reuters", a last
/// line "AFP"), section headings, and the body paragraphs. Metadata given by the caller wins.
/// </summary>
internal sealed partial class ReportReader : IReportReader
{
    private readonly LexicalResources _lexicon;

    /// <summary>Creates the reader; outlets are named from <paramref name="lexicon"/>'s directory.</summary>
    public ReportReader(LexicalResources lexicon) => _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));

    [GeneratedRegex(@"\G(?<date>(?<month>[A-Z][a-z]{2,8}) \d{1,2}, \d{4}|\d{1,2} (?<month>[A-Z][a-z]{2,8}) \d{4}|\d{4}-\d{2}-\d{2})[ \t]+(?=[A-Z“""])")]
    private static partial Regex GluedDate();

    [GeneratedRegex(@"\A\s*(?:date|published|posted|updated)\s*:?\s*(\d{4}-\d{2}-\d{2})\b[ \t]*", RegexOptions.IgnoreCase)]
    private static partial Regex DateHeader();

    // "LIMA, Peru:", "PARIS (Reuters) -", "MOSCOW, April 24 (AFP) —", "PARIS, March 14, 2016 (AFP) -", "WASHINGTON —"
    [GeneratedRegex(@"\A([A-Z][A-Z.'\- ]{1,40}[A-Z.](?:,\s*[A-Z][A-Za-z.\- ]{1,30}?)?)(?:,\s*([A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?\s*(?:\(([A-Za-z][A-Za-z .\-]{0,40})\))?\s*(?::|—|–|--|-)\s+")]
    private static partial Regex Dateline();

    // "(Reporting by …; Editing by …)" closing a report.
    [GeneratedRegex(@"\((?:Reporting|Writing|Additional reporting|Editing)\s+by[^)]*\)\s*\z", RegexOptions.IgnoreCase)]
    private static partial Regex Credits();

    public Report Read(ReportInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        cancellationToken.ThrowIfCancellationRequested();
        bool html = IsHtml(input.MediaType);
        if (!html && !string.Equals(input.MediaType, "text/plain", StringComparison.OrdinalIgnoreCase))
            throw new SummitException($"Report '{input.Id}' is {input.MediaType}; this reader takes text/plain and text/html.") { ReportId = input.Id };
        ReportText.EnsureReadable(input.Id, input.Text);
        if (!html) return ReadText(input, input.Text, null);

        HtmlPage page;
        try
        {
            page = HtmlExtractor.Extract(input.Text, cancellationToken);
        }
        catch (SummitException e)
        {
            throw new SummitException($"Report '{input.Id}': {e.Message}", e) { ReportId = input.Id };
        }
        return ReadText(input, page.Text, page);
    }

    /// <summary>Whether a capitalised word (as the date pattern takes it) is a month's full name ("April"; not "Apr").</summary>
    private static bool IsMonthName(ReadOnlySpan<char> word) =>
        CalendarWords.Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out int month) && word.Length == CalendarWords.MonthNames[month - 1].Length;

    /// <summary>Whether a media type is an HTML page this reader extracts the article from (<c>text/html</c>, <c>application/xhtml+xml</c>).</summary>
    internal static bool IsHtml(string? mediaType) =>
        mediaType is not null && (string.Equals(mediaType, "text/html", StringComparison.OrdinalIgnoreCase)
                                  || mediaType.StartsWith("application/xhtml", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads <paramref name="text"/>: the input's own text, or the article text extracted from its page.</summary>
    private Report ReadText(ReportInput input, string text, HtmlPage? page)
    {
        var metadata = new List<Span>();
        int start = 0, end = text.Length;
        DateOnly? published = null;
        string? source = null, dateline = null;
        Span? datelineSpan = null;

        // Text copied from the web: URL, headline, standfirst, date lines, byline on top.
        var web = WebHeader.Read(text, 0, text.Length, _lexicon.Outlets);
        if (web is not null)
        {
            metadata.AddRange(web.Metadata);
            start = web.End;
        }

        var header = DateHeader().Match(text, start, text.Length - start);
        if (header.Success && text.AsSpan(start, header.Index - start).IsWhiteSpace() && DateOnly.TryParseExact(header.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            published = d;
            metadata.Add(new Span(TrimStart(text, header.Index, header.Index + header.Length), header.Index + header.Length));
            start = header.Index + header.Length;
        }

        // Closing signature: "(Reporting by …)", then "— Reuters" or a last line naming an agency.
        end = TrimEnd(text, start, end);
        var credits = Credits().Match(text, start, end - start);
        if (credits.Success && credits.Index + credits.Length == end)
        {
            metadata.Add(new Span(credits.Index, end));
            end = TrimEnd(text, start, credits.Index);
        }
        // An agency's name alone, closing a report, signs it (the outlet directory's signatures: "Reuters", "AP").
        var agencies = _lexicon.Outlets.AgencySignatures;
        foreach (var agency in agencies.OrderByDescending(a => a.Length))
        {
            if (end - start <= agency.Length || !text.AsSpan(start, end - start).EndsWith(agency, StringComparison.Ordinal)) continue;
            int at = end - agency.Length;
            if (at > start && char.IsLetterOrDigit(text[at - 1])) continue;
            int before = at;
            while (before > start && text[before - 1] is ' ' or '\t') before--;
            bool dash = before > start && text[before - 1] is '—' or '–' or '-';
            bool ownLine = before == start || text[before - 1] is '\n' or '\r';
            if (!dash && !ownLine) continue;
            source = agency;
            int sigStart = dash ? before - 1 : at;
            metadata.Add(new Span(sigStart, end));
            end = TrimEnd(text, start, sigStart);
            break;
        }

        // Dateline at the start of the body.
        int bodyStart = TrimStart(text, start, end);
        var dl = Dateline().Match(text, bodyStart, end - bodyStart);
        if (dl.Success && dl.Index == bodyStart && !dl.Groups[1].Value.Contains('\n'))
        {
            dateline = dl.Groups[1].Value.Trim();
            datelineSpan = new Span(dl.Groups[1].Index, dl.Groups[1].Index + dl.Groups[1].Value.TrimEnd().Length);
            metadata.Add(new Span(dl.Index, dl.Index + dl.Length));
            // a dateline with a full date dates the report ("PARIS, March 14, 2016 (AFP) -")
            if (published is null && dl.Groups[2].Success
                && DateOnly.TryParse(dl.Groups[2].Value.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var datelineDay)
                && dl.Groups[2].Value.Any(char.IsDigit) && dl.Groups[2].Value.Contains(','))
                published = datelineDay;
            var agency = dl.Groups[3].Success ? dl.Groups[3].Value.Trim() : null;
            if (agency is not null && source is null) source = agencies.FirstOrDefault(a => a.Equals(agency, StringComparison.OrdinalIgnoreCase)) ?? agency;
            bodyStart = dl.Index + dl.Length;
        }

        var paragraphs = new List<Span>();
        var headings = new List<Span>();
        string? byline = web?.Byline;
        DateLineInfo? bodyDate = null;
        int index = 0;
        foreach (var block in Blocks(text, bodyStart, end))
        {
            var b = block.In(text);
            if (WebHeader.IsCredit(b)) metadata.Add(block);
            else if (index < 3 && WebHeader.IsByline(b)) { metadata.Add(block); byline ??= WebHeader.BylineOf(b.ToString()); }
            else if (!b.Contains('\n') && DateLines.TryParse(b, out var inner)) { metadata.Add(block); bodyDate ??= inner; } // a date line inside the text
            else if (IsHeading(text, block)) headings.Add(block);
            else if (index < 3 && published is null && bodyDate is null && GluedDate().Match(text, block.Start, block.Length) is { Success: true } glued
                     && (!glued.Groups["month"].Success || IsMonthName(glued.Groups["month"].ValueSpan))
                     && DateOnly.TryParse(glued.Groups["date"].Value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var day))
            {
                // "October 15, 2007 The first A380 …": a date line glued to the first sentence
                published = day;
                metadata.Add(new Span(glued.Groups["date"].Index, glued.Groups["date"].Index + glued.Groups["date"].Length));
                paragraphs.Add(new Span(glued.Index + glued.Length, block.End));
            }
            else paragraphs.Add(block);
            index++;
        }

        metadata.Sort((a, b) => a.Start.CompareTo(b.Start));
        var url = web?.Url ?? page?.Url;
        var pageSource = page is null ? null : page.SiteName ?? page.Publisher ?? (page.Url is null ? null : _lexicon.Outlets.Find(page.Url)?.Name ?? WebAddress.HostOf(page.Url));
        if (pageSource is not null && _lexicon.Outlets.Find(pageSource) is { } known && known.Name.Length <= pageSource.Length) pageSource = known.Name;
        // The page's own date (JSON-LD, meta, <time>) beats a date line in its text; a date line beats the URL's path.
        var found = page?.Published ?? web?.Published ?? published ?? bodyDate?.Published ?? web?.UrlDate ?? DateHeaderless(page?.Url)
            ?? web?.Updated ?? page?.Updated ?? bodyDate?.Updated;
        var time = page?.PublishedTime ?? web?.PublishedTime ?? (found == bodyDate?.Published ? bodyDate?.PublishedTime : null);
        var zone = page?.PublishedTime is not null ? page.PublishedZone : web?.PublishedZone ?? page?.PublishedZone ?? (time is not null ? bodyDate?.PublishedZone : null);
        if (input.Published is not null && time is not null && DateOnly.FromDateTime(time.Value.DateTime) != input.Published) { time = null; zone = null; }
        var finalSource = input.Source ?? pageSource ?? web?.Source ?? source;
        return new Report(input.Id, text, paragraphs, headings, metadata)
        {
            Source = finalSource,
            Agency = source is not null && !string.Equals(source, finalSource, StringComparison.OrdinalIgnoreCase) ? source : null,
            Published = input.Published ?? found,
            PublishedTime = time,
            PublishedTimeZone = zone,
            Updated = web?.Updated ?? page?.Updated ?? bodyDate?.Updated,
            Dateline = dateline,
            DatelineSpan = datelineSpan,
            Url = url,
            Headline = page?.Headline ?? web?.Headline,
            HeadlineSpans = web?.Headlines ?? [],
            Standfirst = page?.Standfirst ?? web?.Standfirst,
            Byline = page?.Byline ?? byline,
            TextExtracted = page is not null,
        };
    }

    private static DateOnly? DateHeaderless(string? url) => WebHeader.DateOfUrl(url);

    /// <summary>Blocks of text separated by blank lines, trimmed.</summary>
    private static IEnumerable<Span> Blocks(string text, int start, int end)
    {
        int i = start;
        while (i < end)
        {
            int s = TrimStart(text, i, end);
            if (s >= end) yield break;
            int j = s;
            while (j < end)
            {
                int nl = text.IndexOf('\n', j, end - j);
                if (nl < 0) { j = end; break; }
                int k = nl + 1;
                while (k < end && text[k] is ' ' or '\t' or '\r') k++;
                if (k < end && text[k] == '\n') { j = nl; break; }
                j = k;
            }
            int e = TrimEnd(text, s, j);
            if (e > s) yield return new Span(s, e);
            i = j + 1;
        }
    }

    /// <summary>A short single line with no closing punctuation: "Island venue".</summary>
    private static bool IsHeading(string text, Span block)
    {
        var s = block.In(text);
        if (s.Contains('\n') || s.Length > 80 || !char.IsUpper(s[0])) return false;
        char last = s[^1];
        if (last is '.' or '!' or '?' or ':' or ';' or ',' or '"' or '”' or '’' or ')' ) return false;
        int words = 1;
        foreach (var c in s) if (c == ' ') words++;
        return words <= 10;
    }

    private static int TrimStart(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
