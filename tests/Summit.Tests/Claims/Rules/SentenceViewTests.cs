using FluentAssertions;
using NUnit.Framework;
using Summit.Lexical;

namespace Summit.Tests.Claims.Rules;

/// <summary>The sentence as the rules read it: word classes and stand-alone quotes.</summary>
public class SentenceViewTests
{
    [Test]
    public void Classify_ThatBeforeATimeWord_IsADeterminer_ElseARelative()
    {
        var later = RuleFixture.View("Officials met again later that day.");
        later.Cls[later.At("that")].Should().Be(WordClass.Determiner);
        var storm = RuleFixture.View("The storm that struck the coast destroyed homes.");
        storm.Cls[storm.At("that")].Should().Be(WordClass.Relative);
    }

    [Test]
    public void Classify_CapitalisedWordInsideTheSentence_IsAName()
    {
        var v = RuleFixture.View("The minister visited Valparaiso with aides.");
        v.Cls[v.At("the")].Should().Be(WordClass.Determiner);
        v.Cls[v.At("valparaiso")].Should().Be(WordClass.Proper);
        v.Cls[v.At("with")].Should().Be(WordClass.Preposition);
    }

    [Test]
    public void MarkQuotes_QuoteOpeningTheSentence_IsStandAlone_AndItsFrameIsNot()
    {
        var v = RuleFixture.View("“We will win,” she said.");
        v.Frame(v.At("win")).Should().BeFalse();
        v.Frame(v.At("she")).Should().BeTrue();
        v.Frame(v.At("said")).Should().BeTrue();
    }

    [Test]
    public void MarkQuotes_QuoteAfterAVerb_IsPartOfTheFrame()
    {
        var v = RuleFixture.View("She said “we will win” on Monday.");
        v.StandaloneQuote.Should().OnlyContain(q => !q);
    }

    [Test]
    public void NounPhraseStart_GoesBackOverDeterminersAndAdjectives_NotOverTheVerb()
    {
        var v = RuleFixture.View("Crews reached the old harbour.");
        v.NounPhraseStart(v.At("harbour")).Should().Be(v.At("the"));
    }

    [Test]
    public void The_point_of_an_abbreviation_inside_a_noun_phrase_belongs_to_it()
    {
        var v = RuleFixture.View("He was elected U.S. Senator in 1879.");
        var clause = RuleFixture.Clauses(v).Should().ContainSingle().Which;
        RuleFixture.Builder(v).Object(clause.Groups[0], clause.End).Should().Be("U.S. Senator");
    }
}
