using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;
using Summit.Text;

namespace Summit.Tests.Claims;

/// <summary>A headline on top of text copied from the web is read as a sentence of its own and states claims.</summary>
public class HeadlineClaimTests
{
    private static readonly DateOnly Day = new(2013, 6, 6);

    private static string Page(string url, string headline, string body) => $"{url}\n\n{headline}\n\nJune 6, 2013\n\n{body}\n";

    [Test]
    public void Read_CopiedPage_TheHeadlineLineIsAHeadlineSpanNotMetadata()
    {
        var text = Page("http://www.example.com/2013/06/06/williams", "Swimming star Esther Williams dies at 91", "Esther Williams died on Thursday in Los Angeles.");
        var r = new ReportReader(TestLexicon.Shipped).Read(new ReportInput("a", text));
        r.HeadlineSpans.Select(s => s.Of(r.Text)).Should().Equal("Swimming star Esther Williams dies at 91");
        r.Metadata.Select(s => s.Of(r.Text)).Should().NotContain("Swimming star Esther Williams dies at 91");
        r.Paragraphs.Select(s => s.Of(r.Text)).Should().Equal("Esther Williams died on Thursday in Los Angeles.");
    }

    [Test]
    public void Analyze_Headline_IsOneHeadingSentenceBeforeTheBody()
    {
        var text = Page("http://www.example.com/2013/06/06/williams", "Williams dies. Star was 91", "Esther Williams died on Thursday. She was 91.");
        var a = new TextAnalyzer(TestLexicon.Shipped).Analyze(new ReportReader(TestLexicon.Shipped).Read(new ReportInput("a", text)));
        a.Sentences.Select(s => (s.Span.Of(text), s.Heading, s.Paragraph)).Should().Equal(
            ("Williams dies. Star was 91", true, -1),
            ("Esther Williams died on Thursday.", false, 0),
            ("She was 91.", false, 0));
    }

    [Test]
    public void Analyze_TitleCaseHeadline_NamesAreTheBodysNamesNotTheWholeCapitalisedRun()
    {
        var text = Page("http://www.example.com/2013/06/06/williams", "Legendary Aquatic Musical Star Esther Williams Dies At 91",
            "Esther Williams, the swimmer who became a film star, died on Thursday.");
        var a = new TextAnalyzer(TestLexicon.Shipped).Analyze(new ReportReader(TestLexicon.Shipped).Read(new ReportInput("a", text)));
        var headline = a.Sentences.Single(s => s.Heading);
        a.Mentions.Where(m => headline.Span.Contains(m.Span)).Select(m => m.Text).Should().Equal("Esther Williams");
    }

    [Test]
    public void Analyze_SentenceCaseHeadline_KeepsCapitalisedRunsAsNames()
    {
        var text = Page("http://www.example.com/2013/06/06/lohan", "Lindsay Lohan checks into Betty Ford Center", "The actress arrived on Thursday.");
        var a = new TextAnalyzer(TestLexicon.Shipped).Analyze(new ReportReader(TestLexicon.Shipped).Read(new ReportInput("a", text)));
        var headline = a.Sentences.Single(s => s.Heading);
        a.Mentions.Where(m => headline.Span.Contains(m.Span)).Select(m => m.Text).Should().Equal("Lindsay Lohan", "Betty Ford Center");
    }

    [TestCase("Legendary Aquatic Musical Star Esther Williams Dies At 91")]
    [TestCase("Swimming star Esther Williams dies at 91")]
    public void Reconcile_Headline_StatesAClaimWithItsSubjectAndPredicate(string headline)
    {
        var text = Page("http://www.example.com/2013/06/06/williams", headline, "Esther Williams, the swimmer who became a film star, was 91.");
        var r = SummitEngine.CreateDefault().Reconcile([new ReportInput("a", text) { Published = Day }]);
        var claim = r.Claims.Should().ContainSingle(c => c.Span.Start == text.IndexOf(headline, StringComparison.Ordinal)).Subject;
        claim.Predicate.Should().Be("die");
        claim.Subject.Should().EndWith("Esther Williams");
    }

    [Test]
    public void Reconcile_HeadlinesOfOneEvent_ShareAFact()
    {
        var r = SummitEngine.CreateDefault().Reconcile(
        [
            new ReportInput("a", Page("http://www.example.com/2013/06/06/a", "Swimming star Esther Williams dies at 91 in Beverly Hills", "The actress was a champion swimmer.")) { Published = Day },
            new ReportInput("b", Page("http://www.example.org/2013/06/06/b", "MGM film star Esther Williams dies at home in Beverly Hills", "She made films for MGM.")) { Published = Day },
        ]);
        var claims = r.Claims.ToDictionary(c => c.Id);
        r.Facts.Should().Contain(f => f.ClaimIds.Select(id => claims[id].ReportId).Distinct().Count() == 2);
    }

    [Test]
    public void Reconcile_HeadlinesOfTwoEventsSharingNames_StayApart()
    {
        // the same names and place, different events: the fire put out, then a man charged over it
        var r = SummitEngine.CreateDefault().Reconcile(
        [
            new ReportInput("a", Page("http://www.example.com/2013/07/21/a", "Crews tackle Waitrose supermarket fire in Wellington town centre", "Firefighters were called at six.")) { Published = Day },
            new ReportInput("b", Page("http://www.example.org/2013/07/22/b", "Man charged over Waitrose supermarket fire in Wellington town centre", "He will appear in court.")) { Published = Day },
        ]);
        var claims = r.Claims.ToDictionary(c => c.Id);
        r.Claims.Select(c => c.Predicate).Should().Contain(["tackle", "charge"]);
        // (the fire itself is one event of both: a fact of further events, not a statement)
        r.Facts.Where(f => f.Statement).Should().NotContain(f => f.ClaimIds.Select(id => claims[id].ReportId).Distinct().Count() == 2);
    }
}
