using FluentAssertions;
using NUnit.Framework;

namespace Summit.Tests.Claims.Rules;

/// <summary>Clauses and coordination: where a sentence is cut into clauses, and what stays together.</summary>
public class ClauseSplitterTests
{
    [Test]
    public void MakeClauses_CoordinatedClauseAfterAComma_IsAClauseOfItsOwn()
    {
        var v = RuleFixture.View("The fire destroyed the kitchen, and firefighters arrived at noon.");
        RuleFixture.Clauses(v).Select(c => v.Words(c)).Should().Equal("The fire destroyed the kitchen", "and firefighters arrived at noon");
    }

    [Test]
    public void MakeClauses_AVerbCoordinatedAfterItsOwnFrontedPhrase_IsAClauseOfItsOwn_WithTheFirstClausesSubject()
    {
        var v = RuleFixture.View("Smith met the mayor and in 2012 joined the board.");
        var clauses = RuleFixture.Clauses(v);
        clauses.Select(c => v.Words(c)).Should().Equal("Smith met the mayor", "and in 2012 joined the board");
        new Summit.Claims.SubjectFinder(v).Subject(clauses[1], clauses, 1).Text.Should().Be("Smith");
    }

    [Test]
    public void Subject_ASentencesFirstClauseOpeningWithACoordinatorAndAPhrase_KeepsItsOwnNounPhrase()
    {
        var v = RuleFixture.View("But with 12 seconds left, the quarterback dropped back.");
        var clauses = RuleFixture.Clauses(v);
        new Summit.Claims.SubjectFinder(v).Subject(clauses[0], clauses, 0).Text.Should().Be("12 seconds");
    }

    [Test]
    public void MakeClauses_AQualifiedFigureAfterACoordinator_IsNoFrontedPhrase()
    {
        var v = RuleFixture.View("Ten people were killed and at least 50 injured.");
        RuleFixture.Clauses(v).Select(c => v.Words(c)).Should().Equal("Ten people were killed and at least 50 injured");
    }

    [Test]
    public void Subject_APronounAfterTheCoordinatedClausesOwnPhrase_IsItsSubject()
    {
        var v = RuleFixture.View("The fire reached the roof, and from then on it was a matter of time.");
        var clauses = RuleFixture.Clauses(v);
        clauses.Should().HaveCount(2);
        new Summit.Claims.SubjectFinder(v).Subject(clauses[1], clauses, 1).Text.Should().Be("it");
    }

    [TestCase("The decision reflects the degree to which companies are irritated.", "The decision reflects the degree", "to which companies are irritated")]
    [TestCase("She founded a home for women, of which she became the head.", "She founded a home for women", "of which she became the head")]
    public void MakeClauses_ARelativeClauseTakesThePrepositionBeforeItsWord(string sentence, string first, string second)
    {
        var v = RuleFixture.View(sentence);
        RuleFixture.Clauses(v).Select(c => v.Words(c)).Should().Equal(first, second);
    }

    [Test]
    public void MakeClauses_ComplementOfAVerbOfSaying_StaysWithIt()
    {
        var v = RuleFixture.View("Officials said on Monday that the bridge will reopen.");
        var c = RuleFixture.Clauses(v).Should().ContainSingle().Which;
        c.Groups.Select(g => g.Lemma).Should().Equal("say", "reopen");
        v.Words(c).Should().Be("Officials said on Monday that the bridge will reopen");
    }

    [Test]
    public void MakeClauses_FrontedCondition_JoinsTheClauseItConditions()
    {
        var v = RuleFixture.View("If it rains, the match will be cancelled.");
        var c = RuleFixture.Clauses(v).Should().ContainSingle().Which;
        v.Words(c).Should().Be("If it rains, the match will be cancelled");
        c.SubjectFrom.Should().Be(v.At("the"), "the clause's own words, and its subject, begin after the condition");
        c.Groups.Select(g => g.Lemma).Should().Equal("cancel");
    }

    [Test]
    public void MakeClauses_StandAloneQuote_IsAClauseApartFromItsFrame()
    {
        var v = RuleFixture.View("“We will win the final,” she said.");
        var clauses = RuleFixture.Clauses(v);
        clauses.Select(c => (v.Words(c), c.QuoteClaim)).Should().Equal(("We will win the final", true), ("she said", false));
    }

    [Test]
    public void MakeClauses_RelativeClauseBetweenSubjectAndVerb_IsNestedInTheOuterClause()
    {
        var v = RuleFixture.View("The storm that struck the coast on Monday destroyed 300 homes.");
        var clauses = RuleFixture.Clauses(v);
        var outer = clauses.Should().ContainSingle(c => !c.Nested).Which;
        v.Words(outer).Should().Be("The storm that struck the coast on Monday destroyed 300 homes");
        outer.Inner.Should().Be((v.At("that"), v.At("destroyed")));
        v.Words(clauses.Should().ContainSingle(c => c.Nested).Which).Should().Be("that struck the coast on Monday");
    }
}
