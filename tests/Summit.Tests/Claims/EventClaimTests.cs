using FluentAssertions;
using NUnit.Framework;
using Summit.Claims;
using Summit.Documents;
using Summit.Reconciling;

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

    [Test]
    public void Extract_Saying_IsAnEventOfTheVerbAlone_AndTheClauseKeepsItsAttribution()
    {
        var claims = ClaimsOf("Police said the suspect fled the city.");
        claims.Should().ContainSingle(c => c.Kind == ClaimKind.Clause).Which.Attribution.Should().Be("Police");
        var said = claims.Should().ContainSingle(c => c.Kind == ClaimKind.Predicate && c.Predicate == "say").Which;
        said.Text.Should().Be("said");
        said.Subject.Should().Be("Police", "the speaker says it");
        said.Attribution.Should().BeNull("the report itself states that it was said");
    }

    [Test]
    public void Extract_SayingAfterItsClause_IsAnEventToo() =>
        ClaimsOf("The suspect fled on foot, the station reports.").Should().ContainSingle(c => c.Kind == ClaimKind.Predicate && c.Predicate == "report")
            .Which.Subject.Should().Be("the station");

    [Test]
    public void Extract_VerbThatControlsThePredicate_IsAnEvent_AHedgeIsNot()
    {
        ClaimsOf("The team decided to shut him down for the season.").Should().Contain(c => c.Kind == ClaimKind.Predicate && c.Predicate == "decide");
        ClaimsOf("The meeting is expected to take place in May.").Should().NotContain(c => c.Kind != ClaimKind.Clause && c.Predicate == "expect");
    }

    [Test]
    public void Extract_PrepositionalParticiple_IsNoEvent() =>
        ClaimsOf("The suspect fled the city, according to the police.").Should().NotContain(c => c.Kind != ClaimKind.Clause && c.Predicate == "accord");

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
    public void Reconcile_EventNamedInOneReportsClause_JoinsTheFactWhereAnotherReportStatesIt()
    {
        // "killing ten people" (a further verb) is what the other report's clause states; "an attack" likewise
        var r = SummitEngine.CreateDefault().Reconcile([
            new ReportInput("afp", "Rebels attacked the town of Kismayo on Sunday, killing ten people.") { Source = "AFP", Published = Day },
            new ReportInput("reuters", "Rebels killed ten people in an attack on the town of Kismayo on Sunday.") { Source = "Reuters", Published = Day }]);
        var fact = r.Facts.Should().ContainSingle(f => f.Statement && f.Claims.Count > 2).Which;
        fact.Claims.Select(c => (c.ReportId, c.Kind, c.Predicate)).Should().Contain([("afp", ClaimKind.Predicate, "kill"), ("reuters", ClaimKind.Nominal, "attack")]);
    }

    [Test]
    public void Reconcile_DeathTollInAParticipleAndInAClause_IsAConflict()
    {
        // sentences of different shapes: the toll is a participle in one ("…, killing 15 people") and the clause in the other
        var day = new DateOnly(2022, 6, 15);
        var r = SummitEngine.CreateDefault().Reconcile([
            new ReportInput("bbc", "A powerful earthquake struck the mountain province of Herat on Tuesday, killing 15 people, officials said.") { Source = "BBC", Published = day },
            new ReportInput("reuters", "The earthquake in Herat province killed 12 people on Tuesday, according to the provincial governor.") { Source = "Reuters", Published = day }]);
        var fact = r.Facts.Should().ContainSingle(f => f.Status == FactStatus.Conflicting).Which;
        fact.Conflicts.Should().ContainSingle().Which.Should().Match<Summit.Reconciling.Conflict>(c => c.First.Value == "15" && c.Second.Value == "12");
        fact.Claims.Should().Contain(c => c.Kind == ClaimKind.Predicate && c.Text == "killing 15 people");
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

    [TestCase("Lugo and Lozano were released in 1993 and continue to reside in Venezuela.", "reside", "reside in Venezuela", null)]
    [TestCase("Gunmen stormed the bank, taking three hostages to a farm near the border.", "take", "taking three hostages to a farm near the border", "three hostages")]
    [TestCase("The ministers were prepared to give up in return.", "prepare", "prepared", null)]
    public void Extract_FurtherVerb_TakesItsObjectAndThePhrasesAPrepositionJoinsToIt(string text, string lemma, string span, string? obj)
    {
        var e = ClaimsOf(text).Should().ContainSingle(c => c.Kind == ClaimKind.Predicate && c.Predicate == lemma).Which;
        e.Text.Should().Be(span, "a preposition's noun phrase is the verb's, an infinitive after 'to' is an event of its own");
        e.Object.Should().Be(obj);
    }
}
