using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;
using Summit.Lexical;

namespace Summit.Tests.Documents;

public class HtmlReportReaderTests
{
    private static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "Summit.Tests", "Documents", "Fixtures", name));

    private static Report ReadHtml(string file, string? source = null, DateOnly? published = null) =>
        new ReportReader(TestLexicon.Shipped).Read(new ReportInput(Path.GetFileNameWithoutExtension(file), Fixture(file)) { MediaType = "text/html", Source = source, Published = published });

    private static IEnumerable<string> Body(Report r) => r.Paragraphs.Select(p => p.Of(r.Text));

    [Test]
    public void Read_ArticleWithJsonLd_ExtractsTheArticleTextAndItsMetadata()
    {
        var r = ReadHtml("jsonld-article.html");
        r.TextExtracted.Should().BeTrue();
        Body(r).Should().Equal(
            "Dock workers at the country's largest Baltic port returned to work on Monday after unions accepted a pay offer, ending a two-day strike that had left dozens of ships waiting offshore.",
            "The union said its members had voted by a large majority to accept a 4% rise, after talks with the port authority ran through the night.",
            "About 40 vessels were still anchored outside the harbour on Monday morning, the port authority said, and it expected the backlog to clear by Thursday.",
            "“We are glad this is over,” a spokeswoman for the authority told reporters.");
        r.Headings.Select(h => h.Of(r.Text)).Should().Equal("Backlog of ships");
        r.Text.Should().NotContainAny("Share on", "Photograph", "Advertisement", "Related stories", "Sign up", "All rights reserved", "Business");
        r.Source.Should().Be("The Guardian");
        r.Published.Should().Be(new DateOnly(2021, 6, 7));
        r.PublishedTime.Should().Be(new DateTimeOffset(2021, 6, 7, 9, 30, 0, TimeSpan.FromHours(2)));
        r.Updated.Should().Be(new DateOnly(2021, 6, 7));
        r.Byline.Should().Be("Anna Berg and Tom Lind");
        r.Headline.Should().Be("Dock workers end two-day strike at Baltic port");
        r.Url.Should().Be("https://www.theguardian.com/world/2021/jun/07/dock-workers-end-strike");
    }

    [Test]
    public void Read_OpenGraphOnly_TakesSiteNameAndPublishedTimeAndKeepsWireConventions()
    {
        var r = ReadHtml("og-only.html");
        r.Source.Should().Be("Reuters");
        r.Published.Should().Be(new DateOnly(2020, 2, 17));
        r.PublishedTime.Should().Be(new DateTimeOffset(2020, 2, 17, 6, 12, 0, TimeSpan.Zero));
        r.Dateline.Should().Be("WORCESTER, England");
        Body(r).Should().HaveCount(3);
        Body(r).First().Should().StartWith("Flood defences along the river held");
        r.Text.Should().NotContainAny("Tweet", "wades through", "Trending", "Markets rally");
        r.Metadata.Select(m => m.Of(r.Text)).Should().Contain(m => m.StartsWith("(Reporting by", StringComparison.Ordinal));
    }

    [Test]
    public void Read_TimeElementOnly_TakesTheDateFromIt()
    {
        var r = ReadHtml("time-only.html");
        r.Published.Should().Be(new DateOnly(2019, 11, 5));
        r.PublishedTime.Should().BeNull("the page gives a date without a time");
        r.Headline.Should().Be("Council approves new tram line");
        Body(r).Should().HaveCount(3).And.NotContain(p => p.Contains("comments"));
        r.Text.Should().NotContain("Sport");
    }

    [Test]
    public void Read_NoMetadata_ExtractsTheTextAndFindsTheSourceFromTheDateline()
    {
        var r = ReadHtml("no-metadata.html");
        r.Published.Should().BeNull();
        r.Source.Should().Be("AFP");
        r.Dateline.Should().Be("MONTEVIDEO");
        Body(r).Should().HaveCount(3);
        r.Text.Should().NotContainAny("Front page", "About us");
        r.Url.Should().BeNull();
    }

    [Test]
    public void Read_Html_EverySpanRefersToTheExtractedText()
    {
        foreach (var file in new[] { "jsonld-article.html", "og-only.html", "time-only.html", "no-metadata.html" })
        {
            var r = ReadHtml(file);
            r.Text.Should().NotContain("<", file + " text is extracted, not markup");
            foreach (var s in r.Paragraphs.Concat(r.Headings))
            {
                s.End.Should().BeLessThanOrEqualTo(r.Text.Length);
                r.Metadata.Should().NotContain(m => m.Overlaps(s));
                s.Of(r.Text).Should().Be(s.Of(r.Text).Trim());
            }
        }
    }

    [Test]
    public void Read_HtmlWithCallerMetadata_CallerWins()
    {
        var r = ReadHtml("jsonld-article.html", source: "Harbour Herald", published: new DateOnly(2021, 6, 8));
        r.Source.Should().Be("Harbour Herald");
        r.Published.Should().Be(new DateOnly(2021, 6, 8));
        r.PublishedTime.Should().BeNull("the page's time is of another day than the caller's date");
    }

    [TestCase("")]
    [TestCase("<html><body><nav><a href='/'>Home</a></nav></body></html>")]
    public void Read_HtmlWithoutArticleText_ThrowsSummitException(string html)
    {
        var act = () => new ReportReader(TestLexicon.Shipped).Read(new ReportInput("empty", html.Length == 0 ? " " : html) { MediaType = "text/html" });
        act.Should().Throw<SummitException>().Which.ReportId.Should().Be("empty");
    }
}

public class HtmlDivParagraphTests
{
    [Test]
    public void Read_DivParagraphsAndLineBreaks_BecomeBlocksAndAgencyCopyIsKnown()
    {
        var html = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "Summit.Tests", "Documents", "Fixtures", "div-paragraphs.html"));
        var r = new ReportReader(TestLexicon.Shipped).Read(new ReportInput("yahoo", html) { MediaType = "text/html" });
        r.Paragraphs.Select(p => p.Of(r.Text)).Should().Equal(
            "The two sides agreed on Tuesday to extend the ceasefire by a week, the mediators said in a statement.",
            "Talks on a lasting settlement will resume on Monday.",
            "The mediators said both delegations had asked for more time.");
        r.Source.Should().Be("Yahoo News");
        r.Agency.Should().Be("Reuters");
        r.Published.Should().Be(new DateOnly(2022, 8, 30));
        r.PublishedTime!.Value.Offset.Should().Be(TimeSpan.FromHours(-4));
        r.Text.Should().NotContain("Ten things");

        var wire = new ReportReader(TestLexicon.Shipped).Read(new ReportInput("wire", "GENEVA (Reuters) - The two sides agreed on Tuesday to extend the ceasefire."));
        var other = new ReportReader(TestLexicon.Shipped).Read(new ReportInput("afp", "GENEVA (AFP) - The ceasefire was extended on Tuesday."));
        Outlets.Default.AreIndependent(r.Source, r.Agency, wire.Source, wire.Agency).Should().BeFalse("Yahoo carries Reuters copy");
        Outlets.Default.AreIndependent(r.Source, r.Agency, other.Source, other.Agency).Should().BeTrue();
    }
}
