using System.Text;
using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;
using Summit.Rendering;

namespace Summit.Tests;

/// <summary>
/// Seeded fuzzing of the whole engine (issue 18): HTML pages (nesting, unclosed tags, scripts, charsets,
/// entities) and dates at the calendar's limits. Every seed is fixed, so a run is the same every time; the
/// only exception allowed is the documented <see cref="SummitException"/> for unreadable input.
/// </summary>
public class InputFuzzTests
{
    private static readonly SummitEngine Engine = SummitEngine.CreateDefault();

    private static readonly IReconciliationRenderer[] Renderers = [new JsonRenderer(), new TextRenderer(), new MarkdownRenderer(), new HtmlRenderer()];

    /// <summary>Runs the engine and every renderer; a <see cref="SummitException"/> is a refusal, anything else fails the test.</summary>
    private static void Run(params ReportInput[] inputs)
    {
        Reconciliation r;
        try
        {
            r = Engine.Reconcile(inputs);
        }
        catch (SummitException)
        {
            return;
        }
        foreach (var renderer in Renderers) renderer.Render(r, new StringWriter());
    }

    private static readonly string[] Sentences =
    [
        "The plant will close next year, the company said on Friday.", "About 300 workers will lose their jobs, a union official said.",
        "The mayor met the minister on Tuesday, March 5, 2019.", "Talks resumed 10000 years ago, he joked yesterday.", "Prices rose 4% in the third quarter.",
        "“We will fight,” she said at 10 a.m. EST Wednesday.", "Le président a parlé hier.", "Президент выступил вчера.", "总统昨天发表讲话。",
        "It happened on 9999-12-31 and on 0001-01-01.", "Police said 2 people died in the 1990s.", "Next year, and the year after, Christmas falls on a Friday.",
    ];

    private static readonly string[] Dates =
    [
        "0001-01-01", "0001-01-01T00:00:00+14:00", "9999-12-31", "9999-12-31T23:59:59-12:00", "0000-00-00", "2019-02-30", "2019-04-24T25:61:00Z",
        "2019-04-24T10:15:00+99:00", "June 6, 2013", "06/06/13 07:05 PM ET EDT", "٢٠١٩-٠٤-٢٤", "yesterday", "", "-2019-04-24", "99999-01-01", "2019-04-24T10:15:00.123456789Z",
    ];

    private static readonly string[] Entities =
    [
        "&amp;", "&lt;", "&gt;", "&nbsp;", "&#0;", "&#x110000;", "&#55296;", "&#99999999999;", "&unknown;", "&", "&#", "&#x;", "&copy", "&#xD800;", "&#65279;",
    ];

    private static readonly string[] Tags = ["div", "span", "p", "b", "i", "a", "article", "section", "main", "ul", "li", "table", "tr", "td", "blockquote", "h2", "font", "em", "svg", "math", "template", "form", "select", "option"];

    private static string Piece(Random random)
    {
        switch (random.Next(16))
        {
            case 0: return Sentences[random.Next(Sentences.Length)];
            case 1: return "<" + Tags[random.Next(Tags.Length)] + (random.Next(3) == 0 ? " class=\"story share a>b\" id='x'" : "") + ">";
            case 2: return "</" + Tags[random.Next(Tags.Length)] + ">";
            case 3: return "<script>var s = '</scr' + 'ipt>" + new string('x', random.Next(2000)) + "';</script>";
            case 4: return "<style>p { color: red } </style" + (random.Next(2) == 0 ? ">" : "");
            case 5: return Entities[random.Next(Entities.Length)];
            case 6: return "<meta property=\"article:published_time\" content=\"" + Dates[random.Next(Dates.Length)] + "\">";
            case 7: return "<time datetime=\"" + Dates[random.Next(Dates.Length)] + "\">then</time>";
            case 8: return "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"" + Dates[random.Next(Dates.Length)] + "\",\"author\":{\"name\":[1,{}]}" + (random.Next(2) == 0 ? "}" : "") + "</script>";
            case 9: return "<!--" + (random.Next(2) == 0 ? " comment -->" : "");
            case 10: return string.Concat(Enumerable.Repeat("<" + Tags[random.Next(Tags.Length)] + ">", random.Next(3000)));
            case 11: return "<br>" + (random.Next(2) == 0 ? "<br/>" : "") + "\n";
            case 12: return ((char)random.Next(0xD800, 0xE001)).ToString(); // unpaired surrogates, private use
            case 13: return "<link rel=\"canonical\" href=\"https://news.example.com/" + (random.Next(2) == 0 ? "2019/04/24" : "٢٠١٩/٠٤/٢٤") + "/story\">";
            case 14: return "<meta charset=\"" + new[] { "windows-1252", "utf-8", "x-bogus", "utf-16", "shift_jis" }[random.Next(5)] + "\">";
            default: return "<p>" + Sentences[random.Next(Sentences.Length)] + " " + Sentences[random.Next(Sentences.Length)];
        }
    }

    private static string Page(Random random) =>
        (random.Next(2) == 0 ? "<!DOCTYPE html><html><head>" : "") + string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => Piece(random)));

    private static IEnumerable<int> HtmlSeeds() => Enumerable.Range(1, 40);

    [TestCaseSource(nameof(HtmlSeeds))]
    public void Reconcile_FuzzedHtmlPages_NeverThrowsAnythingButSummitException(int seed)
    {
        var random = new Random(seed);
        var inputs = Enumerable.Range(0, random.Next(1, 3)).Select(k => new ReportInput("p" + k, Page(random))
        {
            MediaType = "text/html",
            Published = random.Next(4) == 0 ? new[] { DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2019, 4, 24) }[random.Next(3)] : null,
        }).ToArray();
        var act = () => Run(inputs);
        act.Should().NotThrow();
    }

    private static IEnumerable<int> ByteSeeds() => Enumerable.Range(100, 20);

    /// <summary>Pages as bytes in a declared or marked encoding, with bytes flipped: decoded or refused, then read.</summary>
    [TestCaseSource(nameof(ByteSeeds))]
    public void Decode_FuzzedPageBytes_DecodesOrThrowsSummitException(int seed)
    {
        var random = new Random(seed);
        var page = Page(random);
        var encoding = new Encoding[] { new UTF8Encoding(true), new UnicodeEncoding(false, true), new UnicodeEncoding(true, true), new UTF32Encoding(false, true), Encoding.Latin1, new UTF8Encoding(false) }[random.Next(6)];
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(page)).ToArray();
        for (int k = random.Next(4); k > 0 && bytes.Length > 0; k--) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        var act = () =>
        {
            string text;
            try
            {
                text = ReportDecoding.Decode(bytes, true, "p", "p.html");
            }
            catch (SummitException)
            {
                return;
            }
            Run(new ReportInput("p", text.Length == 0 ? " " : text) { MediaType = "text/html" });
        };
        act.Should().NotThrow();
    }

    private static readonly string[] Years = ["0000", "0001", "0002", "1999", "2019", "9998", "9999"];

    private static readonly string[] Zones = ["EST", "ET EDT", "EDT ET", "ET", "PT", "CET", "+14:00", "-12:00", "GMT", "UTC+3", "IST", "XYZ", "Z"];

    private static readonly string[] MonthDays = ["01-01", "01-02", "02-29", "06-06", "12-30", "12-31", "13-01", "00-10"];

    private static readonly string[] Counts = ["0", "1", "3", "12", "999", "9999", "10000", "100000", "2147483647", "99999999999", "a few", "several", "two"];

    private static readonly string[] Units = ["days", "weeks", "months", "years", "decades", "centuries", "quarters", "hours"];

    private static readonly string[] RelativeWords =
    [
        "yesterday", "tomorrow", "today", "next year", "last year", "next month", "last month", "next week", "last week", "the weekend", "next spring",
        "last winter", "next decade", "last century", "on Friday", "last Monday", "next Sunday", "Christmas Day", "New Year's Eve", "Easter", "Thanksgiving",
        "the third quarter", "the latest quarter", "the first half", "a year ago", "in June", "in January next year", "June last year", "on March 5",
        "on Feb. 29", "at 10 a.m. tomorrow", "the 1990s", "fiscal 2019", "since May 3",
    ];

    private static string DatedText(Random random)
    {
        string zone = Zones[random.Next(Zones.Length)], year = Years[random.Next(Years.Length)];
        var header = random.Next(5) switch
        {
            0 => $"date {year}-{MonthDays[random.Next(MonthDays.Length)]}\n\n",
            1 => $"Published {year}-{MonthDays[random.Next(MonthDays.Length)]} {random.Next(30):D2}:{random.Next(70):D2} {zone}\n\n",
            2 => $"https://news.example.com/{year}/{MonthDays[random.Next(MonthDays.Length)].Replace('-', '/')}/story\nHeadline of the story\n"
                 + $"Updated {random.Next(1, 13)}:{random.Next(60):D2} {(random.Next(2) == 0 ? "PM" : "a.m.")} {zone}, {new[] { "Fri", "Sunday", "" }[random.Next(3)]} {new[] { "Dec", "January", "Feb." }[random.Next(3)]} {random.Next(0, 33)}, {year}\n\n",
            3 => $"{random.Next(0, 40):D2}/{random.Next(0, 40):D2}/{new[] { "13", "99", "00", year }[random.Next(4)]} {random.Next(30):D2}:{random.Next(70):D2} {new[] { "PM", "AM", "" }[random.Next(3)]} {zone}\n\n",
            _ => "",
        };
        var body = new StringBuilder();
        for (int k = random.Next(1, 8); k > 0; k--)
        {
            body.Append(random.Next(2) == 0
                ? $"The plant opened {Counts[random.Next(Counts.Length)]} {Units[random.Next(Units.Length)]} ago, the company said {RelativeWords[random.Next(RelativeWords.Length)]}. "
                : $"Workers will strike {RelativeWords[random.Next(RelativeWords.Length)]}, a union official said {RelativeWords[random.Next(RelativeWords.Length)]}. ");
        }
        return header + body;
    }

    private static IEnumerable<int> DateSeeds() => Enumerable.Range(500, 40);

    [TestCaseSource(nameof(DateSeeds))]
    public void Reconcile_FuzzedDatesAtTheCalendarLimits_NeverThrowsAnythingButSummitException(int seed)
    {
        var random = new Random(seed);
        DateOnly[] limits = [DateOnly.MinValue, DateOnly.MinValue.AddDays(1), DateOnly.MaxValue, DateOnly.MaxValue.AddDays(-3), new DateOnly(2019, 4, 24)];
        var inputs = Enumerable.Range(0, random.Next(1, 4)).Select(k => new ReportInput("r" + k, DatedText(random))
        {
            Published = random.Next(3) == 0 ? limits[random.Next(limits.Length)] : null,
        }).ToArray();
        var act = () => Run(inputs);
        act.Should().NotThrow();
    }
}
