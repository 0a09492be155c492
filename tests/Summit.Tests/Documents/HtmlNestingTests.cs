using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;

namespace Summit.Tests.Documents;

public class HtmlNestingTests
{
    private static string R(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    [Test]
    public void Limit_ShallowPage_IsTheSameString()
    {
        const string html = "<html><body><div class=\"a>b\"><p>Text <b>bold</b></p></div><!-- <div> --></body></html>";
        HtmlNesting.Limit(html).Should().BeSameAs(html);
    }

    [Test]
    public void Limit_DeeperThanTheLimit_DropsTheDeepTagsAndKeepsTheirText()
    {
        var html = R("<div>", 10) + "<p>Deep text.</p>" + R("</div>", 10);
        var limited = HtmlNesting.Limit(html, 4);
        limited.Should().Be(R("<div>", 4) + R(" ", 6) + "<p>Deep text.</p>" + R(" ", 6) + R("</div>", 4));
    }

    [Test]
    public void Limit_ParagraphsAndListItemsDeeperThanTheLimit_AreKept()
    {
        var html = R("<section>", 3) + "<ul><li>One<li>Two</ul><h2>Title</h2><p>Text";
        HtmlNesting.Limit(html, 2).Should().Be("<section><section>  <li>One<li>Two <h2>Title</h2><p>Text");
    }

    [Test]
    public void Limit_TagsInScriptsCommentsAndAttributes_AreNotCounted()
    {
        var html = "<div><script>var s = '" + R("<div>", 10) + "';</script><!-- " + R("<div>", 10) + " --><div title=\"" + R("<div>", 10) + "\">x</div></div>";
        HtmlNesting.Limit(html, 3).Should().BeSameAs(html);
    }

    [Test]
    public void Limit_LineBreaks_BecomeBreakMarks()
    {
        HtmlNesting.Limit("<p>One<br>two<BR/>three<br class=x></p>").Should().Be($"<p>One{HtmlExtractor.Break}two{HtmlExtractor.Break}three{HtmlExtractor.Break}</p>");
    }

    [Test]
    public void Limit_UnclosedTagsAndStrayEndTags_NeverThrow()
    {
        var html = "<div><span><b></i></div></div></p><a href='x>" + R("<div", 3) + "<" + "</";
        var act = () => HtmlNesting.Limit(html, 2);
        act.Should().NotThrow();
    }

    [Test]
    public void Limit_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => HtmlNesting.Limit(R("<div>", 10_000), cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }
}

public class HtmlDepthTests
{
    private static string R(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    private static Report Read(string html) => new ReportReader(TestLexicon.Shipped).Read(new ReportInput("page", html) { MediaType = "text/html" });

    // The page of issue 18: 1.1 MB of 100,000 nested <div>s (289 s of CPU before nesting was bounded; about 0.2-0.5 s after, measured by hand)
    [Test]
    public void Read_HundredThousandNestedDivs_GivesTheParagraph()
    {
        var html = "<html><body>" + R("<div>", 100_000) + "<p>The plant will close next year, the company said on Friday.</p>" + R("</div>", 100_000) + "</body></html>";
        Read(html).Paragraphs.Should().ContainSingle();
    }

    [TestCase("<b>")]
    [TestCase("<span>")]
    [TestCase("<a href=x>link ")]
    [TestCase("<table><tr><td>")]
    [TestCase("<ul><li>")]
    [TestCase("<blockquote>")]
    public void Read_ThousandsOfUnclosedNestedTags_GivesTheProse(string open)
    {
        var html = "<html><body>" + R(open, 20_000) + "<p>The plant will close next year, the company said on Friday.</p></body></html>";
        var r = Read(html);
        r.Text.Should().Contain("The plant will close next year, the company said on Friday.");
    }

    [Test]
    public void Read_ManyLineBreaks_ReadsTheParagraphs()
    {
        var html = "<html><body><p>The plant will close next year, the company said." + R("<br>", 50_000) + "Workers were told on Friday, a union official said.</p></body></html>";
        var r = Read(html);
        r.Paragraphs.Select(p => p.Of(r.Text)).Should().Equal(
            "The plant will close next year, the company said.", "Workers were told on Friday, a union official said.");
    }

    [Test]
    public void Read_SmallArticleWithAHugeScript_ReadsTheArticle()
    {
        var html = "<html><head><script>var data = \"" + new string('x', 5_000_000) + "\";</script></head><body><article>"
            + "<p>The plant will close next year, the company said on Friday.</p><p>About 300 workers will lose their jobs, a union official said.</p>"
            + "</article></body></html>";
        var r = Read(html);
        r.Paragraphs.Should().HaveCount(2);
        r.Text.Should().NotContain("xxxx");
    }
}
