using FluentAssertions;
using NUnit.Framework;
using Summit.Claims;

namespace Summit.Tests.Claims.Rules;

/// <summary>Attribution: a trailing speaker, "according to …", and the holder of a noun of saying.</summary>
public class AttributionRulesTests
{
    [Test]
    public void AttributeSayings_TrailingSpeaker_IsTheSourceOfTheClauseBefore_WhichTakesItInItsSpan()
    {
        var v = RuleFixture.View("The border will reopen on Friday, a spokesman said.");
        var clauses = RuleFixture.Clauses(v);
        clauses.Should().HaveCount(2);
        new AttributionRules(v, new SubjectFinder(v)).AttributeSayings(clauses);
        clauses[1].AttributionOnly.Should().BeTrue();
        clauses[0].Attribution.Should().Be("a spokesman");
        v.Words(clauses[0]).Should().Be("The border will reopen on Friday, a spokesman said");
    }

    [TestCase("The fugitive was found near a store, said Ann Lee, a spokesman for the agency.", "Ann Lee")]
    [TestCase("He called the fire “a disaster,” said Ann Lee.", "Ann Lee")] // (the quote closes after the comma)
    [TestCase("Lawyers would seize on the provision, says the ministry.", "the ministry")]
    public void AttributeSayings_ASpeakerAfterTheSaying_IsTheSourceOfTheClauseBefore(string sentence, string speaker)
    {
        var v = RuleFixture.View(sentence);
        var clauses = RuleFixture.Clauses(v);
        clauses.Should().HaveCount(2);
        new AttributionRules(v, new SubjectFinder(v)).AttributeSayings(clauses);
        clauses[1].AttributionOnly.Should().BeTrue();
        clauses[0].Attribution.Should().Be(speaker);
    }

    [TestCase("The plan \"was a mistake,\" a spokeswoman said.", "The plan \"was a mistake,\"")]
    [TestCase("He called it “a disaster,” the minister said on Monday.", "He called it “a disaster,”")]
    public void AttributeSayings_ASpeakerAfterAQuoteThatClosesAfterTheComma_IsTheSourceOfTheClauseWithTheQuote(string sentence, string said)
    {
        var v = RuleFixture.View(sentence);
        var clauses = RuleFixture.Clauses(v);
        clauses.Should().HaveCount(2);
        v.Words(clauses[0]).Should().Be(said);
        new AttributionRules(v, new SubjectFinder(v)).AttributeSayings(clauses);
        clauses[1].AttributionOnly.Should().BeTrue();
        clauses[0].Attribution.Should().NotBeNull();
    }

    [TestCase("Doctors report temporary headaches.", false)]
    [TestCase("Police said the first truck, with tents and food, was sent.", true)]
    [TestCase("The bridge will reopen, the agency reported Monday.", true)]
    public void AttributeSayings_ASayingThatReportsANounPhraseClosingTheSentence_IsAClaim(string sentence, bool attributionOnly)
    {
        var v = RuleFixture.View(sentence);
        var clauses = RuleFixture.Clauses(v);
        new AttributionRules(v, new SubjectFinder(v)).AttributeSayings(clauses);
        clauses.Single(c => c.Groups.Any(g => g.Lemma is "report" or "say")).AttributionOnly.Should().Be(attributionOnly);
    }

    [Test]
    public void AttributeSayings_SayingWithAComplement_IsNoAttributionOnlyClause()
    {
        var v = RuleFixture.View("Officials said on Monday that the bridge will reopen.");
        var clauses = RuleFixture.Clauses(v);
        new AttributionRules(v, new SubjectFinder(v)).AttributeSayings(clauses);
        clauses.Should().ContainSingle().Which.AttributionOnly.Should().BeFalse();
    }

    [Test]
    public void AccordingTo_NamesTheSourceUpToTheComma()
    {
        var v = RuleFixture.View("The fire started in the kitchen, according to the police, at noon.");
        var clause = RuleFixture.Clauses(v).Should().ContainSingle().Which;
        new AttributionRules(v, new SubjectFinder(v)).AccordingTo(clause)!.Value.Text.Should().Be("the police");
    }

    [Test]
    public void HolderOf_ThatClauseOfANounOfSaying_IsHeldByTheNoun()
    {
        var v = RuleFixture.View("The company rejected allegations that it meddled in the election.");
        var clauses = RuleFixture.Clauses(v);
        var that = clauses.Should().ContainSingle(c => c.Start == v.At("that")).Which;
        var rules = new AttributionRules(v, new SubjectFinder(v));
        rules.HolderOf(that, clauses)!.Value.Text.Should().Be("allegations");
        rules.HolderOf(clauses[0], clauses).Should().BeNull();
    }
}
