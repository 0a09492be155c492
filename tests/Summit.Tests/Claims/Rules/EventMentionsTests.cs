using FluentAssertions;
using NUnit.Framework;
using Summit.Claims;

namespace Summit.Tests.Claims.Rules;

/// <summary>Event mentions: which words name a further event, and the claims they make.</summary>
public class EventMentionsTests
{
    private static EventMentions Events(SentenceView v) => new(v, RuleFixture.Groups(v));

    /// <summary>The claims the first clause of <paramref name="v"/> makes, its further events with it.</summary>
    private static List<Claim> FirstClausesClaims(SentenceView v)
    {
        var clauses = RuleFixture.Clauses(v);
        RuleFixture.Builder(v).EmitClaim(clauses[0], clauses, 0, null);
        return v.State.Claims;
    }

    [Test]
    public void EventAt_NounOfAnEvent_IsNominal_AndAPlainNounIsNoEvent()
    {
        var v = RuleFixture.View("Rescuers searched the rubble after the earthquake.");
        Events(v).EventAt(v.At("earthquake")).Should().Be((ClaimKind.Nominal, "earthquake"));
        Events(v).EventAt(v.At("rubble")).Lemma.Should().BeNull();
    }

    [Test]
    public void EventAt_Participle_IsAPredicate()
    {
        var v = RuleFixture.View("Gunmen stormed the bank, taking three hostages.");
        Events(v).EventAt(v.At("taking")).Should().Be((ClaimKind.Predicate, "take"));
    }

    [Test]
    public void EmitEvents_AWordMakesOneEventOnly()
    {
        var v = RuleFixture.View("Rescuers searched the rubble after the earthquake.");
        var clause = RuleFixture.Clauses(v).Should().ContainSingle().Which;
        var events = Events(v);
        var claim = new Claim("r-c1", "r", v.SpanOf(0), v.Words(0, 1), "search");
        events.EmitEvents(clause, clause.Start, clause.Groups[0], claim);
        events.EmitEvents(clause, clause.Start, clause.Groups[0], claim);
        v.State.Claims.Should().ContainSingle().Which.Text.Should().Be("the earthquake");
    }

    [Test]
    public void EventAt_APastParticipleBeforeItsNoun_DescribesItAndIsNoEvent_ButBeforeAParticleItIs()
    {
        var v = RuleFixture.View("The law protects freed slaves and the carpet laid out on the platform.");
        Events(v).EventAt(v.At("freed")).Lemma.Should().BeNull();
        Events(v).EventAt(v.At("laid")).Should().Be((ClaimKind.Predicate, "lay"));
    }

    [TestCase("A photograph showed boys playing the game.", "play", "boys")]
    [TestCase("It holds a charter issued by the king.", "issue", "a charter")]
    [TestCase("Gunmen stormed the bank, taking three hostages.", "take", "Gunmen")]
    [TestCase("The firms merged to form a new bus company called Metro Lines.", "call", "a new bus company")]
    public void EmitEvents_AParticipleRightAfterANoun_HasThatNounAsSubject_ButAfterACommaTheClauses(string sentence, string lemma, string subject)
    {
        FirstClausesClaims(RuleFixture.View(sentence)).Single(c => c.Kind == ClaimKind.Predicate && c.Predicate == lemma).Subject.Should().Be(subject);
    }

    [TestCase("“There are some things that have gone on here that nobody can explain,” she says.", "go on", "some things")]
    [TestCase("“There are rumours which have circulated for weeks,” she said.", "circulate", "rumours")]
    public void EmitEvents_AVerbOfARelativeClauseWhoseRelativeWordIsItsSubject_HasTheAntecedentAsSubject(string sentence, string lemma, string subject)
    {
        FirstClausesClaims(RuleFixture.View(sentence)).Single(c => c.Kind == ClaimKind.Predicate && c.Predicate == lemma).Subject.Should().Be(subject);
    }

    [Test]
    public void EmitEvents_AVerbAfterASayingsThat_DoesNotTakeTheSayingAsItsSubject()
    {
        FirstClausesClaims(RuleFixture.View("The government claims that seating a new parliament is a major step."))
            .Where(c => c.Kind == ClaimKind.Predicate).Should().NotContain(c => c.Subject != null && c.Subject.Contains("claims"));
    }

    [TestCase("Traders buy and sell large amounts of stocks.", "buy", "sell", "Traders")]
    [TestCase("The board meets and votes on Friday.", "meet", "vote", "The board")]
    public void EmitEvents_AVerbFormCoordinatedWithTheClausesVerb_IsAFurtherPredicateWithItsSubject(string sentence, string head, string lemma, string subject)
    {
        var v = RuleFixture.View(sentence);
        RuleFixture.Clauses(v).Should().ContainSingle().Which.Groups[0].Lemma.Should().Be(head);
        var claim = FirstClausesClaims(v).Single(c => c.Predicate == lemma);
        claim.Kind.Should().Be(ClaimKind.Predicate);
        claim.Subject.Should().Be(subject);
    }

    [TestCase("A bomb exploded, killing at least eight people.", "kill", "at least eight people")]
    [TestCase("Fire gutted the church, causing an estimated $ 1 million in damage.", "cause", "an estimated $ 1 million")]
    public void EmitEvents_AFurtherVerbsObject_TakesItsFiguresQualifierAndSign(string sentence, string lemma, string obj)
    {
        var claim = FirstClausesClaims(RuleFixture.View(sentence)).Single(c => c.Predicate == lemma);
        claim.Kind.Should().Be(ClaimKind.Predicate);
        claim.Object.Should().Be(obj);
    }

    [Test]
    public void EventAt_AnIngFormInsideANounPhraseBeforeItsNoun_DescribesItAndIsNoEvent_ButAfterAPrepositionItIs()
    {
        var v = RuleFixture.View("It hired an investment banking firm and his consulting partner for resolving disputes.");
        Events(v).EventAt(v.At("banking")).Lemma.Should().BeNull();
        Events(v).EventAt(v.At("consulting")).Lemma.Should().BeNull();
        Events(v).EventAt(v.At("resolving")).Should().Be((ClaimKind.Predicate, "resolve"));
    }
}
