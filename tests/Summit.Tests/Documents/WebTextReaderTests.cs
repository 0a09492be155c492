using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;

namespace Summit.Tests.Documents;

public class WebTextReaderTests
{
    private static Report Read(string text, string? source = null, DateOnly? published = null) =>
        new ReportReader(TestLexicon.Shipped).Read(new ReportInput("w", text) { Source = source, Published = published });

    private static IEnumerable<string> Body(Report r) => r.Paragraphs.Select(p => p.Of(r.Text));

    [Test]
    public void Read_CopiedPageWithUrlHeadlineStandfirstDateAndByline_FillsTheReportAndKeepsThemOutOfTheBody()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "Summit.Tests", "Documents", "Fixtures", "web-copy.txt"));
        var r = Read(text);
        r.Url.Should().Be("https://www.theguardian.com/world/2016/mar/14/ferry-service-resumes-after-storm");
        r.Source.Should().Be("The Guardian");
        r.Headline.Should().Be("Ferry service resumes after storm");
        r.Standfirst.Should().Be("Crossings restart with a reduced timetable after three days of cancellations");
        r.Byline.Should().Be("Jane Doe");
        r.Published.Should().Be(new DateOnly(2016, 3, 14));
        r.PublishedTime.Should().Be(new DateTimeOffset(2016, 3, 14, 10, 15, 0, TimeSpan.Zero));
        r.PublishedTimeZone.Should().Be("GMT");
        Body(r).Should().Equal(
            "Ferries between the mainland and the islands resumed on Monday after three days of cancellations caused by a storm, the operator said.",
            "The operator said it would run a reduced timetable until Wednesday, when it hoped to return to normal service.");
        r.Metadata.Select(m => m.Of(r.Text)).Should().Contain("Photograph: John Smith/PA");
        r.Headings.Should().BeEmpty("the headline and standfirst are metadata, not section headings");
    }

    // date line, expected published date, expected offset in minutes (null: no time given with a zone)
    private static readonly object?[][] Styles =
    [
        ["Mon 14 Mar 2016 10.15 GMT", "2016-03-14", 0],
        ["March 14, 2016 / 10:15 AM / Updated 2 hours ago", "2016-03-14", null],
        ["Updated 3:41 PM ET, Tue March 5, 2019", "2019-03-05", null],
        ["Posted: 2016-03-14 10:15 CET", "2016-03-14", 60],
        ["Last Modified: Monday, 14 March 2016, 10:15 IST", "2016-03-14", null],
        ["Published: 14.03.2016 | 08:00 MSK", "2016-03-14", 180],
        ["July 4, 2018 at 9:30 a.m. PDT", "2018-07-04", -420],
        ["Thursday 25 April 2019 18:47, UK", null, null],
    ];

    [TestCaseSource(nameof(Styles))]
    public void Read_HeaderWithEachDateLineStyle_FindsTheDateAndExcludesTheHeader(string dateLine, string? published, int? offsetMinutes)
    {
        var body = "The ministry said on Monday that the new rules would apply from next year.";
        var r = Read($"Ministry sets new rules for drones\n{dateLine}\n\n{body}\n");
        if (published is null)
        {
            // "UK" is not a date part: the line is not a date line, so there is no web header.
            r.Published.Should().BeNull();
            return;
        }
        r.Published.Should().Be(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        r.Headline.Should().Be("Ministry sets new rules for drones");
        Body(r).Should().Equal(body);
        if (offsetMinutes is null) r.PublishedTime.Should().BeNull();
        else r.PublishedTime!.Value.Offset.Should().Be(TimeSpan.FromMinutes(offsetMinutes.Value));
    }

    [Test]
    public void Read_UrlLineOnly_TakesOutletAndDateFromTheUrl()
    {
        var r = Read("https://www.reuters.com/article/2019/04/24/talks-open-idUS123\nTalks open in port city\n\nOfficials met on Wednesday.");
        r.Source.Should().Be("Reuters");
        r.Published.Should().Be(new DateOnly(2019, 4, 24));
        r.Headline.Should().Be("Talks open in port city");
        Body(r).Should().Equal("Officials met on Wednesday.");
    }

    [Test]
    public void Read_UnknownDomain_NamesTheSourceByItsHost()
    {
        var r = Read("https://news.fairview-ledger.example/2020/01/02/story\n2 January 2020\n\nThe mayor resigned.");
        r.Source.Should().Be("news.fairview-ledger.example");
        r.Published.Should().Be(new DateOnly(2020, 1, 2));
    }

    [Test]
    public void Read_WebHeaderWithCallerMetadata_CallerWins()
    {
        var r = Read("https://www.theguardian.com/world/2016/mar/14/x\nMon 14 Mar 2016 10.15 GMT\n\nBody text here.", source: "Harbour Herald", published: new DateOnly(2016, 3, 15));
        r.Source.Should().Be("Harbour Herald");
        r.Published.Should().Be(new DateOnly(2016, 3, 15));
    }

    [TestCase("Photo: Jane Doe/Reuters")]
    [TestCase("A crowd gathers outside the ministry. Photograph: Jane Doe/AP")]
    [TestCase("Police stand guard on Monday. (AP Photo/John Roe)")]
    [TestCase("Getty Images")]
    public void Read_PhotoCreditBlock_IsMetadataNotBody(string credit)
    {
        var r = Read($"The talks began on Monday.\n\n{credit}\n\nThey ended on Tuesday.");
        Body(r).Should().Equal("The talks began on Monday.", "They ended on Tuesday.");
        r.Metadata.Select(m => m.Of(r.Text)).Should().Contain(credit);
    }

    [Test]
    public void Read_LongParagraphBeforeADateLikeLine_IsNotTakenForAHeader()
    {
        var para = string.Join(" ", Enumerable.Repeat("The council said the plan would cost more than expected, and work would be delayed.", 5));
        var r = Read($"{para}\n14 March 2016\n\nMore text follows.");
        r.Headline.Should().BeNull();
        Body(r).First().Should().StartWith("The council said");
    }
}

public class BylineTests
{
    [TestCase("By Jane Doe", "Jane Doe")]
    [TestCase("By Jane Doe and John Roe, Reuters", "Jane Doe and John Roe")]
    [TestCase("By JANE DOE | The Guardian", "JANE DOE")]
    [TestCase("By Jane Doe, Seoul correspondent", "Jane Doe")]
    [TestCase("By Jane Doe in Seoul", "Jane Doe in Seoul")]
    public void Read_BylineUnderTheHeadline_IsMetadataAndNamed(string line, string byline)
    {
        var r = new ReportReader(TestLexicon.Shipped).Read(new ReportInput("b", $"Rail strike called off\n{line}\n14 March 2016\n\nThe union called off the strike on Monday."));
        r.Byline.Should().Be(byline);
        r.Paragraphs.Select(p => p.Of(r.Text)).Should().Equal("The union called off the strike on Monday.");
    }

    [TestCase("By Monday, more than 300 people had fled the city.")]
    [TestCase("By the time police arrived, the crowd had left.")]
    public void IsByline_SentenceStartingWithBy_IsNotAByline(string sentence)
    {
        WebHeader.IsByline(sentence).Should().BeFalse();
    }
}
