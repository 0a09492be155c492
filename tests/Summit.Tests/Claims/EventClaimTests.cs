using FluentAssertions;
using NUnit.Framework;
using Summit.Claims;
using Summit.Documents;

namespace Summit.Tests.Claims;

/// <summary>One event per claim: the further events inside a clause are claims of their own, and facts of events.</summary>
public class EventClaimTests
{
    private static readonly DateOnly Day = new(2021, 3, 10);

    private static IReadOnlyList<Claim> ClaimsOf(string text) =>
        SummitEngine.CreateDefault().Reconcile([new ReportInput("r", text) { Published = Day }]).Claims;

    [Test]
    public void Extract_Participle_IsAPredicateClaimInsideItsClauseWithItsSubject()
    {
        var claims = ClaimsOf("Gunmen stormed the bank, taking three hostages.");
        var clause = claims.Should().ContainSingle(c => c.Kind == ClaimKind.Clause).Which;
        var taking = claims.Should().ContainSingle(c => c.Kind == ClaimKind.Predicate && c.Predicate == "take").Which;
        taking.Text.Should().Be("taking three hostages");
        clause.Span.Contains(taking.Span).Should().BeTrue();
        taking.Subject.Should().Be(clause.Subject);
        taking.Time.Should().BeNull("the clause's time is its own event's");
    }

    [TestCase("The earthquake killed 12 people in the village.", "The earthquake", "earthquake")]
    [TestCase("Rescuers searched the rubble after her arrest.", "her arrest", "arrest")]
    public void Extract_EventNoun_IsANominalClaim(string text, string span, string predicate)
    {
        ClaimsOf(text).Should().ContainSingle(c => c.Kind == ClaimKind.Nominal && c.Text == span).Which.Predicate.Should().Be(predicate);
    }

    [TestCase("Police said the suspect fled the city.")]
    [TestCase("The suspect fled the city, according to the police.")]
    public void Extract_SayingAndPrepositionalParticiples_AreNoEvents(string text)
    {
        var claims = ClaimsOf(text);
        claims.Should().NotContain(c => c.Kind != ClaimKind.Clause && (c.Predicate == "say" || c.Predicate == "accord"));
        claims.Should().Contain(c => c.Predicate == "flee");
    }

    [Test]
    public void Extract_LightNoun_IsNoEvent() =>
        ClaimsOf("We appreciate your respect for her privacy at this time, her lawyer said.").Should().NotContain(c => c.Kind == ClaimKind.Nominal && c.Predicate == "time");

    [Test]
    public void Extract_ObjectOfTheMainVerb_IsNotPartOfANominalClaim()
    {
        ClaimsOf("The company did not sign the deal.").Should().NotContain(c => c.Kind == ClaimKind.Nominal && c.Text.Contains("sign", StringComparison.Ordinal));
    }

    [TestCase("death", "die")]
    [TestCase("election", "elect")]
    [TestCase("attack", "attack")]
    [TestCase("earthquake", "earthquake")]
    public void EventLemma_NounNamesItsVerb(string noun, string verb) =>
        TestLexicon.Shipped.Words.EventLemma(noun).Should().Be(verb);

    [Test]
    public void Reconcile_EventsOfLinkedClauses_AreOneFactOfEvents_AndNotOnTheTimeline()
    {
        var r = SummitEngine.CreateDefault().Reconcile([
            new ReportInput("a", "The earthquake killed 12 people in the mountain village on Tuesday.") { Source = "AFP", Published = Day },
            new ReportInput("b", "The earthquake killed 12 people in the mountain village on Tuesday.") { Source = "Reuters", Published = Day }]);
        var quake = r.Facts.Should().ContainSingle(f => !f.Statement).Which;
        quake.Claims.Should().HaveCount(2).And.OnlyContain(c => c.Kind == ClaimKind.Nominal && c.Predicate == "earthquake");
        r.Timeline.Entries.Should().NotContain(e => e.FactId == quake.Id);
    }

    [Test]
    public void Reconcile_EventsOfUnlinkedClauses_StayApart()
    {
        // one fire named in two statements that say different things: the statements are not linked, nor are their events
        var r = SummitEngine.CreateDefault().Reconcile([
            new ReportInput("a", "Crews tackled the fire at the supermarket for six hours.") { Source = "AFP", Published = Day },
            new ReportInput("b", "A man was charged on Monday over the fire.") { Source = "Reuters", Published = Day }]);
        r.Facts.Should().OnlyContain(f => f.Claims.Select(c => c.ReportId).Distinct().Count() == 1);
    }
}
