using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;

namespace Summit.Tests.Documents;

public class HtmlRobustnessTests
{
    private static Report Read(string html) => new ReportReader(TestLexicon.Shipped).Read(new ReportInput("page", html) { MediaType = "text/html" });

    [Test]
    public void Read_BrokenJsonLd_FallsBackToMetaTags()
    {
        var r = Read("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": </script>"
            + "<meta property=\"article:published_time\" content=\"2018-05-02T10:00:00+00:00\"><meta property=\"og:site_name\" content=\"BBC News\"></head>"
            + "<body><article><p>The bridge reopened on Wednesday after repairs, the council said.</p></article></body></html>");
        r.Published.Should().Be(new DateOnly(2018, 5, 2));
        r.Source.Should().Be("BBC News");
        r.Paragraphs.Should().ContainSingle();
    }

    [Test]
    public void Read_UnclosedTagsAndStrayMarkup_StillGivesTheProse()
    {
        var r = Read("<body><div class=story><p>The strike ended on Monday, the union said.<p>Workers return on Tuesday, it added.</div><p>&copy; <b>2020</body>");
        r.Paragraphs.Select(p => p.Of(r.Text)).Should().StartWith(["The strike ended on Monday, the union said.", "Workers return on Tuesday, it added."]);
        r.Text.Should().NotContain("<");
    }

    [Test]
    public void Read_DeeplyNestedPage_Completes()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 2000))
            + "<p>The plant will close next year, the company said on Friday.</p>" + string.Concat(Enumerable.Repeat("</div>", 2000)) + "</body></html>";
        var r = Read(html);
        r.Paragraphs.Select(p => p.Of(r.Text)).Should().Equal("The plant will close next year, the company said on Friday.");
    }

    [Test]
    public void Read_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => new ReportReader(TestLexicon.Shipped).Read(new ReportInput("p", "<p>Text of the page.</p>") { MediaType = "text/html" }, cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }

    [Test]
    public void Read_UnsupportedMediaType_ThrowsSummitException()
    {
        var act = () => new ReportReader(TestLexicon.Shipped).Read(new ReportInput("p", "%PDF-1.4") { MediaType = "application/pdf" });
        act.Should().Throw<SummitException>().Which.ReportId.Should().Be("p");
    }
}

public class HtmlContainerTests
{
    [Test]
    public void Read_ArticleContainerWithABoilerplateLookingClass_IsKept()
    {
        var html = "<html><body><div class=\"ad-free-layout share-tools-enabled\"><div class=\"body\">"
            + "<p>The central bank raised its main rate by half a point on Thursday, its third rise this year.</p>"
            + "<p>Inflation reached 7% in May, the highest in two decades, the statistics office said.</p>"
            + "</div><div class=\"share-buttons\"><p>Share this article on your favourite network now</p></div></div></body></html>";
        var r = new ReportReader(TestLexicon.Shipped).Read(new ReportInput("bank", html) { MediaType = "text/html" });
        r.Paragraphs.Should().HaveCount(2);
        r.Text.Should().NotContain("Share this");
    }
}
