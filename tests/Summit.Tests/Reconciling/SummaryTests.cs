using FluentAssertions;
using NUnit.Framework;
using Summit.Claims;
using Summit.Documents;
using Summit.Reconciling;

namespace Summit.Tests.Reconciling;

public class SummaryTests
{
    private static Claim Lead(string text, string? subject, string? attribution = null) =>
        new("r-c1", "r", new Span(0, text.Length), text, "be") { Subject = subject, Attribution = attribution };

    [TestCase("who recognized the inmate outside his business", "the salesman", "The salesman recognized the inmate outside his business")]
    [TestCase("since the talks collapsed in February", "the talks", "The talks collapsed in February")]
    [TestCase("when Putin became the first Russian leader to visit the North", "Putin", "Putin became the first Russian leader to visit the North")]
    [TestCase("because he suffered from a delusion", "he", "He suffered from a delusion")]
    [TestCase("while the markets fell", "the markets", "The markets fell")]
    [TestCase("but the ministers disagreed", "the ministers", "The ministers disagreed")]
    public void Summarize_ClauseOpeningWithAConnective_ReadsAsASentence(string text, string subject, string expected)
    {
        Reconciler.Summarize(Lead(text, subject)).Should().Be(expected);
    }

    [TestCase("that Russia remains a major global player", "Russia", "Putin", "Russia remains a major global player")]
    [TestCase("that crosses a harbour used by ships", "crosses a harbour", null, "that crosses a harbour used by ships")]
    public void Summarize_That_DroppedOnlyBeforeAReportedClause(string text, string subject, string? attribution, string expected)
    {
        Reconciler.Summarize(Lead(text, subject, attribution)).Should().Be(expected);
    }

    // Dropped, these would state a condition, a plan or a comparison as a fact, or cut a phrase into a false sentence.
    [TestCase("if one or two jurors voted against it", "one or two jurors")]
    [TestCase("before they can be moved up to the next step", "they")]
    [TestCase("as many as 80 people were wounded", "as many as 80 people")]
    [TestCase("Since March 2018, the leader has held four meetings", "March 2018")]
    [TestCase("After a brief delay while the door was lined up", "a brief delay")]
    [TestCase("since authorities had believed he was paralysed", null)]
    public void Summarize_ConnectiveThatCarriesMeaningOrAPhrase_KeepsTheText(string text, string? subject)
    {
        Reconciler.Summarize(Lead(text, subject)).Should().Be(text);
    }
}
