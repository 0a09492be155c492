using FluentAssertions;
using NUnit.Framework;
using Summit.Claims;
using Summit.Documents;
using Summit.Evaluation;

namespace Summit.Tests.Evaluation;

/// <summary>The definitions behind the claim-quality counters of issue 17 (sentences made up here).</summary>
public class ClaimQualityTests
{
    private static Claim C(string text, string predicate, Tense tense = Tense.Past, string? subject = "x") =>
        new("r-c1", "r", new Span(0, text.Length), text, predicate) { Tense = tense, Subject = subject };

    [TestCase("the minister arrived in Paris", "arrive")]
    [TestCase("talks will not be held", "hold")]
    [TestCase("We are actively working on it", "work")]
    [TestCase("The singer has checked into a clinic", "check into")]
    [TestCase("The firm plans to lay off 300 workers", "lay off")]
    [TestCase("It wasn't me", "be")]
    [TestCase("Reid wasn't getting attention", "get")]
    [TestCase("Pagano certainly won't", "will")]
    [TestCase("I'm giving you a second chance", "give")]
    [TestCase("the old model will be discontinued.", "discontinue")]
    [TestCase("Russia's exchanges will re-open on Friday", "re-open")]
    public void A_finite_verb_group_is_found(string text, string predicate) =>
        ClaimQuality.WhyNoFiniteVerb(C(text, predicate)).Should().BeNull();

    [TestCase("To install it, open the menu", "install", "to-infinitive")]
    [TestCase("Acme cutting 500 jobs", "cut", "-ing form")]
    [TestCase("Good teams seldom stay on top", "say", "predicate not in the text")]
    public void A_claim_without_a_finite_verb_is_told_why(string text, string predicate, string why) =>
        ClaimQuality.WhyNoFiniteVerb(C(text, predicate, Tense.Present)).Should().Be(why);

    [Test]
    public void Unknown_tense_means_no_verb_group()
    {
        ClaimQuality.HasFiniteVerb(C("the minister arrived", "arrive", Tense.Unknown)).Should().BeFalse();
        ClaimQuality.HasSubject(C("arrived", "arrive", subject: null)).Should().BeFalse();
        ClaimQuality.HasSubject(C("arrived", "arrive", subject: " ")).Should().BeFalse();
    }

    [TestCase("who was elected in 2011", SummaryStart.RelativePronoun)]
    [TestCase("“Which one?” she asked", SummaryStart.RelativePronoun)]
    [TestCase("although no one was hurt", SummaryStart.Conjunction)]
    [TestCase("If so, the deal is off", SummaryStart.Conjunction)]
    [TestCase("According to the agency, prices rose", SummaryStart.Attribution)]
    [TestCase("Bank analyst Jane Doe said that sales rose", SummaryStart.Attribution)]
    [TestCase("A friend of the singer told reporters she left early", SummaryStart.Attribution)]
    [TestCase("Apple announced that the update is free", SummaryStart.Attribution)]
    [TestCase("The final results will be announced within a week", SummaryStart.Fine)]
    [TestCase("The company also announced a new phone", SummaryStart.Fine)]
    [TestCase("The quake killed 15 people, officials said", SummaryStart.Fine)]
    [TestCase("Ann Lee, the former mayor, said nothing", SummaryStart.Fine)]
    [TestCase("He added that the talks had failed", SummaryStart.Attribution)]
    [TestCase("the diplomat added", SummaryStart.Attribution)]
    [TestCase("Smith added 17 points for the team", SummaryStart.Fine)]
    [TestCase("The update adds support for mail", SummaryStart.Fine)]
    [TestCase("He declined to say whether threats were made", SummaryStart.Fine)]
    [TestCase("Investigators didn't say why she was suspended", SummaryStart.Fine)]
    [TestCase("A man said to have been released from a hospital was questioned", SummaryStart.Fine)]
    [TestCase("It was too soon to say", SummaryStart.Fine)]
    [TestCase("The president has the final say", SummaryStart.Fine)]
    [TestCase("Residents want a say in the plan", SummaryStart.Fine)]
    [TestCase("The president says the plan is final", SummaryStart.Attribution)]
    [TestCase("They said no", SummaryStart.Fine)]
    [TestCase("They said no one was hurt", SummaryStart.Attribution)]
    [TestCase("Ann Lee said nothing", SummaryStart.Fine)]
    [TestCase("Police said a loaded", SummaryStart.Fine)]
    [TestCase("Police said the man fled", SummaryStart.Attribution)]
    [TestCase("Police said Smith fled", SummaryStart.Attribution)]
    [TestCase("The company said in a statement", SummaryStart.Attribution)]
    [TestCase("The company said on Monday the plant would close", SummaryStart.Attribution)]
    [TestCase("it underscored the problems prosecutors say they face", SummaryStart.Fine)]
    [TestCase("They told reporters the talks had failed", SummaryStart.Attribution)]
    [TestCase("He said the talks had failed", SummaryStart.Attribution)]
    [TestCase("Ford told the real story of the night in words that will echo", SummaryStart.Fine)]
    [TestCase("The film told the singer's story between the wars", SummaryStart.Fine)]
    [TestCase("Clark told a hearing on the new rules that these changes remove checks", SummaryStart.Attribution)]
    [TestCase("Timmons told police he fired", SummaryStart.Attribution)]
    [TestCase("The minister told reporters", SummaryStart.Attribution)]
    [TestCase("She told the court “I was not there”", SummaryStart.Attribution)]
    public void A_summary_start_is_classified(string summary, SummaryStart expected) =>
        ClaimQuality.StartOf(summary).Should().Be(expected);
}
