using FluentAssertions;
using NUnit.Framework;
using Summit.Claims;

namespace Summit.Tests.Claims.Rules;

/// <summary>Event time: a clause's time expression, its tense, and the time a narrative clause inherits.</summary>
public class EventTimeTests
{
    [TestCase("The minister will visit the city.", Tense.Future)]
    [TestCase("The minister visited the city.", Tense.Past)]
    [TestCase("The minister visits the city.", Tense.Present)]
    public void TenseOf_ReadsTheVerbGroup(string sentence, Tense tense)
    {
        var v = RuleFixture.View(sentence);
        var clause = RuleFixture.Clauses(v).Should().ContainSingle().Which;
        new EventTime(v).TenseOf(clause.Groups[0], Modality.Asserted, clause).Should().Be(tense);
    }

    [Test]
    public void TimeIn_TakesTheDate_NotADuration()
    {
        var v = RuleFixture.View("Rescuers searched the rubble for three hours on Tuesday.");
        var clause = RuleFixture.Clauses(v).Should().ContainSingle().Which;
        new EventTime(v).TimeIn(clause)!.Text.Should().Be("Tuesday");
    }

    [Test]
    public void Inherited_NarrativeClauseWithoutATime_TakesTheRecentClaimsOfItsTense()
    {
        var (state, views) = RuleFixture.Read("Rescuers searched the rubble on Tuesday. They found two survivors.");
        views.Should().HaveCount(2);
        var tuesday = views[0].Times.Should().ContainSingle().Which;
        state.Claims.Add(new Claim("r-c1", "r", tuesday.Span, tuesday.Text, "search") { Sentence = views[0].Sentence.Index, Tense = Tense.Past, Time = tuesday });
        var time = new EventTime(views[1]);
        time.Inherited(Tense.Past).Should().BeSameAs(tuesday);
        time.Inherited(Tense.Present).Should().BeNull("only a past or future narrative inherits");
        time.Inherited(Tense.Future).Should().BeNull("the claim before is of another tense");
    }
}
