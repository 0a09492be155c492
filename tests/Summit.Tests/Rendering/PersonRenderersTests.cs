using FluentAssertions;
using NUnit.Framework;
using Summit.Rendering;

namespace Summit.Tests.Rendering;

public class PersonRenderersTests
{
    private static string Render(IReconciliationRenderer renderer)
    {
        using var w = new StringWriter();
        renderer.Render(RenderingFixtures.Create(), w);
        return w.ToString();
    }

    [Test]
    public void TextRender_Fixture_NamesSourcesAndDatesInWords()
    {
        var text = Render(new TextRenderer());
        text.Should().Contain("Reported by Alpha and Beta: 2 sources agree")
            .And.Contain("Only Beta")
            .And.Contain("Alpha and Beta disagree")
            .And.Contain("Wednesday, 14 July 2021")
            .And.StartWith("Merged timeline of 2 reports: Alpha (2021-07-15), Beta (2021-07-15, inferred)\n")
            .And.Contain("confidence 90 %");
    }

    [Test]
    public void TextRender_Fixture_ShowsConflictValuesSideBySide()
    {
        var lines = Render(new TextRenderer()).Split('\n');
        lines.Should().Contain(l => l.Contains("CONFLICT on number", StringComparison.Ordinal));
        lines.Should().Contain(l => l.TrimStart().StartsWith("five", StringComparison.Ordinal) && l.Contains("| seven", StringComparison.Ordinal));
        lines.Should().Contain(l => l.Contains("Alpha (alpha)", StringComparison.Ordinal) && l.Contains("| Beta (beta)", StringComparison.Ordinal));
    }

    [Test]
    public void TextRender_Fixture_QuotesSentencesWithOffsetsAndSeparatesBackground()
    {
        var text = Render(new TextRenderer());
        int start = RenderingFixtures.AlphaText.IndexOf("Five people died", StringComparison.Ordinal);
        text.Should().Contain($"[Alpha] \"Five people died in the flood on Tuesday.\" (alpha {start}–{start + "Five people died".Length})")
            .And.Contain("claim: \"Five people died\"")
            .And.Contain("+ Beta is more specific on time: Beta gives the time: on Wednesday morning (2021-07-14TMO)");
        // the digest, then the story, then its undated facts, then the background it recalls
        int story = text.IndexOf("== The story ==", StringComparison.Ordinal);
        text.IndexOf("== In a minute ==", StringComparison.Ordinal).Should().BePositive().And.BeLessThan(story);
        int tuesday = text.IndexOf("Tuesday, 13 July 2021", story, StringComparison.Ordinal);
        tuesday.Should().BeGreaterThan(story);
        text.IndexOf("== Undated ==", StringComparison.Ordinal).Should().BeGreaterThan(tuesday)
            .And.BeLessThan(text.IndexOf("Crowds gathered", story, StringComparison.Ordinal));
        text.IndexOf("== Background ==", StringComparison.Ordinal).Should().BeGreaterThan(text.IndexOf("Crowds gathered", story, StringComparison.Ordinal))
            .And.BeLessThan(text.IndexOf("1991", story, StringComparison.Ordinal));
    }

    [Test]
    public void MarkdownRender_Fixture_HasSectionsConflictTableAndItalicClaim()
    {
        var md = Render(new MarkdownRenderer());
        md.Should().Contain("## Background").And.Contain("## The story").And.Contain("## Undated")
            .And.Contain("| Alpha (alpha) | Beta (beta) |\n|---|---|\n| **five** | **seven** |")
            .And.Contain("“*Five people died* in the flood on Tuesday.”")
            .And.Contain("Reported by Alpha and Beta: 2 sources agree");
    }

    [TestCase("a|b", "a\\|b")]
    [TestCase("*x* _y_", "\\*x\\* \\_y\\_")]
    [TestCase("<script>", "&lt;script&gt;")]
    [TestCase("line\nbreak", "line break")]
    public void MarkdownEscape_SpecialCharacters_AreLiteral(string raw, string expected)
    {
        MarkdownRenderer.Escape(raw).Should().Be(expected);
    }

    [Test]
    public void HtmlRender_Fixture_IsSelfContainedWithBadgesAndConflicts()
    {
        var html = Render(new HtmlRenderer());
        html.Should().Contain("Content-Security-Policy").And.Contain("default-src 'none'");
        html.Should().NotMatchRegex("(src|href)\\s*=\\s*\"?(https?:)?//").And.NotContain("@import").And.NotContain("url(");
        html.Should().Contain("class=\"entry conflicting has-conflict");
        html.Should().Contain("<div class=\"conflict\" data-slot=\"number\">");
        html.Should().Contain("<mark>Five people died</mark> in the flood on Tuesday.");
        System.Text.RegularExpressions.Regex.Count(html, "<li class=\"entry ").Should().Be(6);
    }

    private static IEnumerable<TestCaseData> AllRenderers()
    {
        yield return new TestCaseData(new JsonRenderer()).SetArgDisplayNames("json");
        yield return new TestCaseData(new TextRenderer()).SetArgDisplayNames("text");
        yield return new TestCaseData(new MarkdownRenderer()).SetArgDisplayNames("markdown");
        yield return new TestCaseData(new HtmlRenderer()).SetArgDisplayNames("html");
    }

    [TestCaseSource(nameof(AllRenderers))]
    public void Render_NoFacts_WritesAnEmptyTimeline(IReconciliationRenderer renderer)
    {
        var r = RenderingFixtures.Create();
        var empty = new Reconciliation(r.Reports, r.Analyses, [], [], Summit.Timelines.Timeline.Empty, r.Entities, [], []);
        using var w = new StringWriter();
        renderer.Render(empty, w);
        var output = w.ToString();
        output.Should().Contain("Alpha").And.NotContain("Five people");
        if (renderer.Format != "json") output.Should().Contain("0 facts");
    }

    [Test]
    public void HtmlRender_SummaryWithMarkup_IsEncoded()
    {
        var r = RenderingFixtures.Create();
        var facts = r.Facts.Select(f => f.Id == "f3" ? new global::Summit.Reconciling.Fact(f.Id, f.Status, f.Claims, f.Sources, "<img src=x onerror=alert(1)>") { Time = f.Time, Granularity = f.Granularity } : f).ToArray();
        var changed = new Reconciliation(r.Reports, r.Analyses, r.Claims, facts, r.Timeline, r.Entities, r.TimeExpressions, r.Diagnostics);
        using var w2 = new StringWriter();
        new HtmlRenderer().Render(changed, w2);
        w2.ToString().Should().Contain("&lt;img src=x onerror=alert(1)&gt;").And.NotContain("<img src=x");
    }
}
