using FluentAssertions;
using NUnit.Framework;

namespace Summit.Tests.Claims.Rules;

/// <summary>Subjects: the noun phrase before a clause's verb, and a relative word's antecedent.</summary>
public class SubjectFinderTests
{
    private static (string? Text, string? Id) SubjectOf(string sentence, int clause)
    {
        var v = RuleFixture.View(sentence);
        var clauses = RuleFixture.Clauses(v);
        return new Summit.Claims.SubjectFinder(v).Subject(clauses[clause], clauses, clause);
    }

    [Test]
    public void Subject_IsTheFirstNounPhraseNotGovernedByAPreposition()
    {
        SubjectOf("Health officials in the capital confirmed two cases.", 0).Text.Should().Be("Health officials");
    }

    [TestCase("Smith and Jones Ltd opened a line.", "Jones Ltd")] // a common noun's capital at the start is no name ("smith")
    [TestCase("Yesterday Smith and Jones Ltd opened a line.", "Smith and Jones Ltd")]
    [TestCase("The banks and the IMF agreed a loan.", "The banks and the IMF")]
    [TestCase("Ortiz and French President Ana Ortega met in Oslo.", "Ortiz and French President Ana Ortega")]
    [TestCase("Actress and champion swimmer Esther Williams died on Thursday.", "Esther Williams")]
    [TestCase("Former governor and party leader Ana Ortega spoke first.", "Ana Ortega")]
    public void Subject_ANameCoordinatedWithAnotherNounPhrase_IsNotTheWholeSubject_ADescriptionBeforeItIs(string sentence, string subject)
    {
        SubjectOf(sentence, 0).Text.Should().Be(subject);
    }

    [Test]
    public void Subject_AParticipleBeforeItsPhrase_IsNotTheSubjects()
    {
        var v = RuleFixture.View("Machines dedicated solely to printing are still common.");
        var clauses = RuleFixture.Clauses(v);
        new Summit.Claims.SubjectFinder(v).Subject(clauses[^1], clauses, clauses.Count - 1).Text.Should().Be("Machines");
    }

    [Test]
    public void Subject_ExpletiveThereBeforeBe_IsTheSubject()
    {
        SubjectOf("There were no bids.", 0).Text.Should().Be("There");
    }

    [Test]
    public void Subject_CoordinatedClauseWithoutOne_TakesTheClauseBefores()
    {
        SubjectOf("The minister arrived in the city and met the mayor.", 1).Text.Should().Be("The minister");
    }

    [TestCase("We just want a plan that satisfies creditors.", "that", "plan")]
    [TestCase("Police are trying to find an inmate who escaped.", "who", "inmate")]
    public void AntecedentOf_RelativeWord_StartsAtItsDeterminer_NotAtANounReadingOfTheVerbBefore(string sentence, string relative, string antecedent)
    {
        var v = RuleFixture.View(sentence);
        new Summit.Claims.SubjectFinder(v).AntecedentOf(v.At(relative))!.Value.Text.Should().Be(antecedent);
    }

    [Test]
    public void AntecedentOf_RelativeWord_IsTheNounPhraseBeforeIt_WithoutItsDeterminer()
    {
        var v = RuleFixture.View("Crews reached the old harbour, where ships dock.");
        new Summit.Claims.SubjectFinder(v).AntecedentOf(v.At("where"))!.Value.Text.Should().Be("old harbour");
    }

    [Test]
    public void Subject_AnOrdinalBeforeTheVerb_IsNotTheSubjects()
    {
        SubjectOf("The European powers first gained a foothold in Somalia.", 0).Text.Should().Be("The European powers");
    }

    [Test]
    public void Subject_AfterAsOpeningTheSentence_IsTheNounPhraseAfterIt()
    {
        SubjectOf("As she reads the articles, she makes notes.", 0).Text.Should().Be("she");
    }

    [TestCase("Following his death, a statue of the king was erected behind the archives.", "a statue")]
    [TestCase("Indeed, the art of doctoring does contribute to better health.", "the art")]
    [TestCase("After a break of four years, he became a judge.", "he")]
    [TestCase("John, Paul and George went home.", "John")]
    [TestCase("According to available information, the Maoists of Nepal have links with other groups.", "the Maoists")]
    [TestCase("Ms. Shere has offered a reward for the book.", "Shere")]
    public void Subject_AFrontedPhraseClosedByACommaIsNotTheSubject_AnAppositionOrAListStays(string sentence, string subject)
    {
        SubjectOf(sentence, 0).Text.Should().Be(subject);
    }

    [TestCase("Houses damaged by the storm were demolished.", "Houses", 0)]
    [TestCase("The coach praised the player who mainly featured in defence.", "player", 1)]
    [TestCase("Legislation signed by the governor provides pensions.", "Legislation", 0)]
    public void Subject_AParticipleBeforeItsAgentIsNotTheSubjects_NorAnAdverbAfterARelativeWord(string sentence, string subject, int clause)
    {
        SubjectOf(sentence, clause).Text.Should().Be(subject);
    }
}
