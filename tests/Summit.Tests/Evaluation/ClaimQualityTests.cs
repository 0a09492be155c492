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
    [TestCase("Lohan has checked into rehab", "check into")]
    [TestCase("GM plans to lay off 47,000 employees", "lay off")]
    [TestCase("I'm giving you the maximum", "give")]
    [TestCase("the iPhone will be discontinued.", "discontinue")]
    public void A_finite_verb_group_is_found(string text, string predicate) =>
        ClaimQuality.WhyNoFiniteVerb(C(text, predicate)).Should().BeNull();

    [TestCase("To apply it, click the icon", "apply", "to-infinitive")]
    [TestCase("Ford cutting 30,000 jobs", "cut", "-ing form")]
    [TestCase("Great companies rarely go from strength to strength", "say", "predicate not in the text")]
    public void A_claim_without_a_finite_verb_is_told_why(string text, string predicate, string why) =>
        ClaimQuality.WhyNoFiniteVerb(C(text, predicate, Tense.Present)).Should().Be(why);

    [Test]
    public void Unknown_tense_means_no_verb_group()
    {
        ClaimQuality.HasFiniteVerb(C("the minister arrived", "arrive", Tense.Unknown)).Should().BeFalse();
        ClaimQuality.HasSubject(C("arrived", "arrive", subject: null)).Should().BeFalse();
        ClaimQuality.HasSubject(C("arrived", "arrive", subject: " ")).Should().BeFalse();
    }

    [TestCase("who was appointed in 2009", SummaryStart.RelativePronoun)]
    [TestCase("“Which one?” she asked", SummaryStart.RelativePronoun)]
    [TestCase("although no one was hurt", SummaryStart.Conjunction)]
    [TestCase("If so, that blows the offers", SummaryStart.Conjunction)]
    [TestCase("According to the Associated Press, claims rose", SummaryStart.Attribution)]
    [TestCase("JSA Research analyst Paul Nesbit said that repairs rose", SummaryStart.Attribution)]
    [TestCase("A friend of the actress told People she went to rehab", SummaryStart.Attribution)]
    [TestCase("Apple announced that the update is free", SummaryStart.Attribution)]
    [TestCase("Official election results will be announced within 10 days", SummaryStart.Fine)]
    [TestCase("The company also announced the iPhone 2.0 update", SummaryStart.Fine)]
    [TestCase("The quake killed 15 people, officials said", SummaryStart.Fine)]
    [TestCase("Andrew Young, the former mayor, said nothing", SummaryStart.Fine)]
    public void A_summary_start_is_classified(string summary, SummaryStart expected) =>
        ClaimQuality.StartOf(summary).Should().Be(expected);
}
