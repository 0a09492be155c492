using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Summit.Documents;

/// <summary>The article text and metadata extracted from one HTML page.</summary>
internal sealed record HtmlPage
{
    public required string Text { get; init; }
    public string? Url { get; init; }
    public string? SiteName { get; init; }
    public string? Publisher { get; init; }
    public string? Headline { get; init; }
    public string? Standfirst { get; init; }
    public string? Byline { get; init; }
    public DateOnly? Published { get; init; }
    public DateTimeOffset? PublishedTime { get; init; }
    public string? PublishedZone { get; init; }
    public DateOnly? Updated { get; init; }
}

/// <summary>
/// Extracts the article from a saved news page with AngleSharp: drops scripts, navigation, headers,
/// footers, asides, forms, figures and captions, share and social bars, related links, promos and
/// ads (by element, ARIA role and class/id words), scores the parents of paragraphs the way
/// Readability does to find the article's container, and keeps its paragraphs, section headings,
/// quotes and prose list items (not link lists) as blocks separated by blank lines. Metadata comes
/// from JSON-LD (NewsArticle and kin), Open Graph and article: meta tags, the canonical link and
/// &lt;time datetime&gt;.
/// </summary>
internal static partial class HtmlExtractor
{
    private const string Junk = "script,style,noscript,template,nav,header,footer,aside,form,button,iframe,svg,figure,figcaption,picture,video,audio,canvas,dialog,select,input,textarea,object,embed,h1,"
        + "[role=navigation],[role=banner],[role=contentinfo],[role=complementary],[role=dialog],[role=menu],[aria-hidden=true],[hidden]";

    // Always boilerplate, whatever else the class says.
    [GeneratedRegex(@"share|sharing|social|related|advert|\b(?:ads?|ad-?(?:slot|unit|container|wrapper|banner|block|box|label)|dfp\w*|gpt-ad\w*)\b|sponsor|newsletter|subscri|signup|sign-up|caption|credit|outbrain|taboola|cookie|consent|popup|modal|paywall|most-?popular|most-?read|trending|recommend|more-?stories|read-?more|readmore|also-?read|print-?only|visually-?hidden|sr-only", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();

    // Boilerplate unless the class also names the article's content.
    [GeneratedRegex(@"comment|breadcrumb|byline|author|\btags?\b|topics|footer|masthead|\bnav|menu|sidebar|banner|toolbar|pagination|widget|skip|meta|timestamp|dateline|date|share", RegexOptions.IgnoreCase)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"article|body|content|story|main|text|entry|post", RegexOptions.IgnoreCase)]
    private static partial Regex Maybe();

    [GeneratedRegex(@"\A(?:advertisement|ad|sponsored|read more\b.*|related\b.*|see also\b.*|share\b.*|sign up\b.*|subscribe\b.*|follow us\b.*|click here\b.*|listen to this article.*|skip to .*)\z", RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplateLine();

    [GeneratedRegex(@"[+\-]\d{2}:?\d{2}\z|Z\z")]
    private static partial Regex HasOffset();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // Stands for a <br> in text content: two in a row end a paragraph, one is a space.
    internal const char Break = '\uE000';

    private const string BlockTags = "p,h2,h3,h4,h5,h6,li,blockquote,pre";
    private const string Structural = "p,div,section,article,main,ul,ol,table,h2,h3,h4,h5,h6,blockquote,pre,li";

    [GeneratedRegex("\uE000\\s*\uE000[\\s\uE000]*")]
    private static partial Regex ParagraphBreak();

    /// <summary>A div used as a paragraph: no block inside it, and prose-length text.</summary>
    private static bool IsTextDiv(IElement e) =>
        e.LocalName == "div" && e.QuerySelector(Structural) is null && (Clean(e.TextContent)?.Length ?? 0) >= 25;

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle",
        "BlogPosting", "LiveBlogPosting", "Report", "WebPage", "ScholarlyArticle",
    };

    public static HtmlPage Extract(string html, CancellationToken cancellationToken)
    {
        // nesting bounded first: tree building and every walk of the tree cost time in its depth
        var doc = new HtmlParser().ParseDocument(HtmlNesting.Limit(html, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        var meta = Meta(doc);
        var ld = JsonLd(doc);

        string? Pick(params string[] keys)
        {
            foreach (var k in keys)
                if (meta.TryGetValue(k, out var v) && !string.IsNullOrWhiteSpace(v)) return v.Trim();
            return null;
        }

        string? canonical = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        string? url = Absolute(canonical) ?? Absolute(Pick("og:url", "twitter:url")) ?? Absolute(ld?.Url);
        var timeElement = doc.QuerySelector("article time[datetime], time[pubdate][datetime], time[itemprop=datePublished][datetime], time[datetime]");

        var publishedRaw = ld?.DatePublished ?? Pick("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
            "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date") ?? timeElement?.GetAttribute("datetime");
        var modifiedRaw = ld?.DateModified ?? Pick("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified");
        var (published, time, zone) = ParseDate(publishedRaw);
        var (modified, _, _) = ParseDate(modifiedRaw);

        string? headline = ld?.Headline ?? Pick("og:title", "twitter:title") ?? Clean(doc.QuerySelector("h1")?.TextContent) ?? Clean(doc.Title);
        string? byline = ld?.Author ?? NonUrl(Pick("author", "article:author", "byl", "sailthru.author", "parsely-author"));
        if (byline is not null && byline.StartsWith("By ", StringComparison.OrdinalIgnoreCase)) byline = byline[3..].Trim();
        string? standfirst = Pick("og:description", "description", "twitter:description") ?? ld?.Description;

        // Body.
        var body = doc.Body;
        var blocks = new List<string>();
        if (body is not null)
        {
            foreach (var e in body.QuerySelectorAll(Junk).ToList()) e.Remove();
            foreach (var br in body.QuerySelectorAll("br").ToList()) br.Replace(doc.CreateTextNode(Break.ToString()));
            int prose = ProseLength(body);
            foreach (var e in body.QuerySelectorAll("*").ToList())
            {
                if (e.LocalName is "body" or "article" or "main" || e.GetAttribute("itemprop") == "articleBody") continue;
                var words = (e.ClassName ?? "") + " " + (e.Id ?? "");
                if (words.Length < 2) continue;
                if (!Boilerplate().IsMatch(words) && !(Unlikely().IsMatch(words) && !Maybe().IsMatch(words))) continue;
                // Never drop the element that holds most of the page's prose, whatever its class says.
                if (e.ParentElement is not null && ProseLength(e) * 2 <= prose) e.Remove();
            }
            cancellationToken.ThrowIfCancellationRequested();
            var container = Container(body);
            blocks = Blocks(container);
            if (blocks.Count == 0)
                blocks = (body.TextContent ?? "").Split('\n').Select(l => Clean(l)).Where(l => l is { Length: > 0 }).Cast<string>().ToList();
        }
        var text = string.Join("\n\n", blocks);
        if (string.IsNullOrWhiteSpace(text)) throw new SummitException("The page holds no article text.");

        return new HtmlPage
        {
            Text = text,
            Url = url,
            SiteName = Pick("og:site_name", "application-name", "twitter:site")?.TrimStart('@'),
            Publisher = ld?.Publisher,
            Headline = headline,
            Standfirst = standfirst,
            Byline = byline,
            Published = published,
            PublishedTime = time,
            PublishedZone = zone,
            Updated = modified,
        };
    }

    private static IElement Container(IElement body)
    {
        var explicitBody = body.QuerySelectorAll("[itemprop=articleBody], article, main")
            .Select(e => (e, n: e.QuerySelectorAll("p,div").Where(p => p.LocalName == "p" || IsTextDiv(p)).Sum(p => (p.TextContent ?? "").Length)))
            .Where(x => x.n > 0).OrderByDescending(x => x.n).FirstOrDefault();
        var scores = new Dictionary<IElement, double>();
        foreach (var p in body.QuerySelectorAll("p,div"))
        {
            if (p.LocalName == "div" && !IsTextDiv(p)) continue;
            var t = Clean(p.TextContent) ?? "";
            if (t.Length < 25) continue;
            double score = 1 + t.Count(c => c == ',') + Math.Min(t.Length / 100.0, 3);
            if (p.ParentElement is { } parent) scores[parent] = scores.GetValueOrDefault(parent) + score;
            if (p.ParentElement?.ParentElement is { } grand) scores[grand] = scores.GetValueOrDefault(grand) + score / 2;
        }
        IElement? best = null;
        double bestScore = 0;
        foreach (var (e, s) in scores)
        {
            double adjusted = s * (1 - LinkDensity(e));
            if (adjusted > bestScore) { best = e; bestScore = adjusted; }
        }
        if (explicitBody.e is not null && (best is null || explicitBody.e.Contains(best) || best.Contains(explicitBody.e) == false && explicitBody.n >= TextLength(best) / 2))
            return explicitBody.e;
        return best ?? body;
    }

    private static List<string> Blocks(IElement container)
    {
        var result = new List<string>();
        var candidates = container.QuerySelectorAll(BlockTags + ",div").Where(e => e.LocalName != "div" || IsTextDiv(e)).ToList();
        if (candidates.Count == 0 && (container.LocalName is "p" or "blockquote" || IsTextDiv(container))) candidates.Add(container);
        foreach (var e in candidates)
        {
            if (e.QuerySelector(BlockTags) is not null) continue; // take the innermost blocks only
            double links = LinkDensity(e);
            if (links > 0.5) continue;
            foreach (var part in ParagraphBreak().Split(e.TextContent ?? ""))
            {
                var t = Clean(part.Replace(Break, ' '));
                if (t is null || t.Length < 2) continue;
                if (BoilerplateLine().IsMatch(t)) continue;
                if (e.LocalName == "li" && (t.Length < 40 || links > 0.2)) continue;
                result.Add(t);
            }
        }
        return result;
    }

    /// <summary>The characters of the paragraphs (of 25 characters or more) inside <paramref name="e"/>.</summary>
    private static int ProseLength(IElement e) =>
        e.QuerySelectorAll("p").Select(p => (p.TextContent ?? "").Trim().Length).Where(n => n >= 25).Sum();

    private static int TextLength(IElement e) => (e.TextContent ?? "").Length;

    private static double LinkDensity(IElement e)
    {
        int total = Math.Max(1, (e.TextContent ?? "").Trim().Length);
        int links = e.QuerySelectorAll("a").Sum(a => (a.TextContent ?? "").Trim().Length);
        if (e.LocalName == "a") links = total;
        return Math.Min(1, links / (double)total);
    }

    private static string? Clean(string? s)
    {
        if (s is null) return null;
        var t = Spaces().Replace(s, " ").Trim();
        return t.Length == 0 ? null : t;
    }

    private static string? NonUrl(string? s) => s is null || s.Contains("://", StringComparison.Ordinal) ? null : s;

    private static string? Absolute(string? u) =>
        u is not null && Uri.TryCreate(u.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;

    private static Dictionary<string, string> Meta(IDocument doc)
    {
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in doc.QuerySelectorAll("meta"))
        {
            var key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            var content = m.GetAttribute("content");
            if (key is null || content is null) continue;
            d.TryAdd(key.Trim(), content);
        }
        return d;
    }

    /// <summary>An ISO 8601 date or date-time as pages print it; without an offset, only the date counts.</summary>
    internal static (DateOnly? Date, DateTimeOffset? Time, string? Zone) ParseDate(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return (null, null, null);
        raw = raw.Trim();
        if (HasOffset().IsMatch(raw) && DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dto))
        {
            string zone = raw.EndsWith('Z') ? "Z" : HasOffset().Match(raw).Value;
            return (DateOnly.FromDateTime(dto.DateTime), dto, zone);
        }
        if (raw.Length >= 10 && DateOnly.TryParseExact(raw[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return (d, null, null);
        if (DateLines.TryParse(raw, out var info)) return (info.Published ?? info.Updated, info.PublishedTime, info.PublishedZone);
        return (null, null, null);
    }

    private sealed record LdArticle(string? Headline, string? DatePublished, string? DateModified, string? Author, string? Publisher, string? Url, string? Description);

    private static LdArticle? JsonLd(IDocument doc)
    {
        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                var found = FindArticle(json.RootElement, 0);
                if (found is not null) return found;
            }
            catch (JsonException)
            {
                // A broken JSON-LD block: the page's other metadata still counts.
            }
        }
        return null;
    }

    private static LdArticle? FindArticle(JsonElement e, int depth)
    {
        if (depth > 8) return null;
        if (e.ValueKind == JsonValueKind.Array)
        {
            LdArticle? fallback = null;
            foreach (var item in e.EnumerateArray())
            {
                var a = FindArticle(item, depth + 1);
                if (a is null) continue;
                if (a.DatePublished is not null) return a;
                fallback ??= a;
            }
            return fallback;
        }
        if (e.ValueKind != JsonValueKind.Object) return null;
        if (e.TryGetProperty("@graph", out var graph)) return FindArticle(graph, depth + 1);
        if (!IsArticle(e)) return null;
        return new LdArticle(Str(e, "headline") ?? Str(e, "name"), Str(e, "datePublished"), Str(e, "dateModified"), Name(e, "author"), Name(e, "publisher"),
            Str(e, "url") ?? (e.TryGetProperty("mainEntityOfPage", out var page) ? (page.ValueKind == JsonValueKind.String ? page.GetString() : Str(page, "@id")) : null),
            Str(e, "description"));
    }

    private static bool IsArticle(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var t)) return false;
        if (t.ValueKind == JsonValueKind.String) return ArticleTypes.Contains(t.GetString() ?? "");
        return t.ValueKind == JsonValueKind.Array && t.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.String && ArticleTypes.Contains(x.GetString() ?? ""));
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString()!.Trim() : null;

    private static string? Name(JsonElement e, string property)
    {
        if (!e.TryGetProperty(property, out var v)) return null;
        var names = new List<string>();
        void Add(JsonElement x)
        {
            if (x.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(x.GetString()) && !x.GetString()!.Contains("://", StringComparison.Ordinal)) names.Add(x.GetString()!.Trim());
            else if (x.ValueKind == JsonValueKind.Object && Str(x, "name") is { } n) names.Add(n);
            else if (x.ValueKind == JsonValueKind.Array) foreach (var y in x.EnumerateArray()) Add(y);
        }
        Add(v);
        return names.Count == 0 ? null : string.Join(" and ", names.Distinct(StringComparer.Ordinal));
    }
}
