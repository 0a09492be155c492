using FluentAssertions;
using NUnit.Framework;
using Summit.Claims;

namespace Summit.Tests.Claims.Rules;

/// <summary>The claim of a clause: its object, its arguments, and the claim it adds.</summary>
public class ClaimBuilderTests
{
    [Test]
    public void Object_IsTheNounPhraseAfterTheVerb()
    {
        var v = RuleFixture.View("The storm destroyed 300 homes in the town.");
        var clause = RuleFixture.Clauses(v).Should().ContainSingle().Which;
        RuleFixture.Builder(v).Object(clause.Groups[0], clause.End).Should().Be("300 homes");
    }

    [TestCase("Rebels launched a series of rocket attacks and raids into the territory.", "a series of rocket attacks and raids")]
    [TestCase("The survey found 23.8 % of all households in the town.", "23.8 % of all households")]
    [TestCase("The firm will spend $ 30 million on the campaign.", "$ 30 million")]
    [TestCase("Tens of thousands of members rallied outside.", null)]
    [TestCase("Divers inspected the damaged hull.", "the damaged hull")]
    [TestCase("It holds a charter issued by the king.", "a charter")]
    [TestCase("The storm killed at least 15 people in the town.", "at least 15 people")]
    [TestCase("The firm received about $ 2 million from the state.", "about $ 2 million")]
    [TestCase("The storm killed three people Wednesday.", "three people")]
    [TestCase("Voters rejected the 2012 plan.", "the 2012 plan")]
    [TestCase("The commissioner heads one of the departments.", "one of the departments")]
    [TestCase("The actress died peacefully Thursday.", null)]
    [TestCase("Engineers showed how the shrinkage was caused.", null)]
    public void Object_TakesWhatAnOfJoinsToIt_ItsSigns_AndAFiguresQualifier_ButNotATimeAfterIt(string sentence, string? expected)
    {
        var v = RuleFixture.View(sentence);
        var clause = RuleFixture.Clauses(v).Should().ContainSingle().Which;
        RuleFixture.Builder(v).Object(clause.Groups[0], clause.End).Should().Be(expected);
    }

    [Test]
    public void EmitClaim_AQuotesClaimHasItsObject()
    {
        var v = RuleFixture.View("“The army killed three people,” he said.");
        var clauses = RuleFixture.Clauses(v);
        int k = clauses.FindIndex(c => c.QuoteClaim);
        RuleFixture.Builder(v).EmitClaim(clauses[k], clauses, k, null);
        var claim = v.State.Claims.Should().ContainSingle(c => c.Kind == ClaimKind.Clause).Which;
        (claim.Subject, claim.Predicate, claim.Object).Should().Be(("The army", "kill", "three people"));
    }

    [TestCase("“There are some things that nobody can explain,” she said.", "There")]
    [TestCase("“Demand from Japan is expected to stay strong,” he said.", "Demand from Japan")]
    [TestCase("He wrote: “For the next ten years the book remained a classic.”", "the book")]
    public void EmitClaim_AQuotesOwnSubject_IsItsNounPhraseWithItsPhrase_WithoutATimeBeforeIt(string sentence, string subject)
    {
        var v = RuleFixture.View(sentence);
        var clauses = RuleFixture.Clauses(v);
        int k = clauses.FindIndex(c => c.QuoteClaim);
        RuleFixture.Builder(v).EmitClaim(clauses[k], clauses, k, null);
        var claim = v.State.Claims.First(c => c.Kind == ClaimKind.Clause);
        claim.Subject.Should().Be(subject);
        claim.SubjectEntityId.Should().BeNull();
    }

    [Test]
    public void Arguments_PlaceAndCompany_ByTheirPreposition()
    {
        var v = RuleFixture.View("The minister met the mayor in Valparaiso with aides.");
        var clause = RuleFixture.Clauses(v).Should().ContainSingle().Which;
        RuleFixture.Builder(v).Arguments(clause, clause.Groups[0]).Select(a => (a.Role, a.Text))
            .Should().Equal(("place", "Valparaiso"), ("with", "aides"));
    }

    [Test]
    public void EmitClaim_AddsTheClausesClaimAndItsFurtherEvents()
    {
        var v = RuleFixture.View("Gunmen stormed the bank, taking three hostages.");
        var clauses = RuleFixture.Clauses(v);
        RuleFixture.Builder(v).EmitClaim(clauses[0], clauses, 0, null);
        var claim = v.State.Claims.Should().ContainSingle(c => c.Kind == ClaimKind.Clause).Which;
        (claim.Subject, claim.Predicate, claim.Object, claim.Tense).Should().Be(("Gunmen", "storm", "the bank", Tense.Past));
        v.State.Claims.Should().ContainSingle(c => c.Kind == ClaimKind.Predicate).Which.Text.Should().Be("taking three hostages");
    }
}
