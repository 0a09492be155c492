using FluentAssertions;
using NUnit.Framework;
using Summit.Claims;
using Summit.Documents;
using Summit.Reconciling;

namespace Summit.Tests.Reconciling;

public class SummaryTests
{
    private static Claim Lead(string text, string? subject, string? attribution = null, string predicate = "be", Tense tense = Tense.Unknown) =>
        new("r-c1", "r", new Span(0, text.Length), text, predicate) { Subject = subject, Attribution = attribution, Tense = tense };

    [Test]
    public void Summarize_AccordingToWithoutAnAttribution_NamesTheSourceOnce()
    {
        Reconciler.Summarize(Lead("According to court records, the man was released in May", "the man")).Should()
            .Be("The man was released in May (according to court records)");
    }

    [TestCase("Witnesses said they felt the ground shaking for a minute", "they", "Witnesses", "They felt the ground shaking for a minute (according to Witnesses)")]
    [TestCase("The spokesman said on Wednesday that Beijing is happy to see the talks", "Beijing", "The spokesman", "Beijing is happy to see the talks (according to the spokesman)")]
    [TestCase("According to the agency, the talks were tough", "the talks", "the agency", "The talks were tough (according to the agency)")]
    [TestCase("Police said the man was arrested near the house", "the man", "Police", "The man was arrested near the house (according to Police)")]
    public void Summarize_AttributionFrame_GivesWayToWhatIsSaid(string text, string subject, string attribution, string expected)
    {
        Reconciler.Summarize(Lead(text, subject, attribution)).Should().Be(expected);
    }

    // the saying is the claim; the hearer is no subject; a frame inside a clause belongs to the clause; no attribution, no frame
    [TestCase("The company said in an official statement", "The company", "The company", "say")]
    [TestCase("The aide told a briefing on Tuesday talks will focus on trade", "talks", "The aide", "focus")]
    [TestCase("when the leader told the president that he was prepared to stop testing", "he", "the leader", "prepare")]
    [TestCase("Analysts said the market fell", "the market", null, "fall")]
    public void Summarize_FrameThatIsNotOneToDrop_KeepsTheText(string text, string subject, string? attribution, string predicate)
    {
        Reconciler.Summarize(Lead(text, subject, attribution, predicate)).Should().Be(text);
    }

    [TestCase("that are hurting the economy", "Sanctions", "Sanctions are hurting the economy")]
    [TestCase("when he was killed", "the deputy", "He was killed")]
    [TestCase("after she left a message on the phone", "the worker", "She left a message on the phone")]
    [TestCase("before police fired teargas at the crowd", "police", "Police fired teargas at the crowd")]
    public void Summarize_ClauseWithItsOwnOrAResolvedSubject_ReadsAsASentence(string text, string subject, string expected)
    {
        Reconciler.Summarize(Lead(text, subject, tense: Tense.Past)).Should().Be(expected);
    }

    [TestCase("that it meddled in the elections", "it")]
    [TestCase("until the police arrive", "the police")]
    public void Summarize_ContentOrPlanNotAsserted_KeepsTheConnective(string text, string subject)
    {
        Reconciler.Summarize(Lead(text, subject, tense: Tense.Present)).Should().Be(text);
    }

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
