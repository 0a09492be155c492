using FluentAssertions;
using NUnit.Framework;
using Summit.Claims;

namespace Summit.Tests.Claims.Rules;

/// <summary>Quotes: the verb group a stand-alone quote states, and its speaker.</summary>
public class QuoteRulesTests
{
    private static Group? QuoteGroupOf(string sentence)
    {
        var v = RuleFixture.View(sentence);
        var quote = RuleFixture.Clauses(v).Should().ContainSingle(c => c.QuoteClaim).Which;
        return new QuoteRules(v, new SubjectFinder(v)).QuoteGroup(quote);
    }

    [Test]
    public void QuoteGroup_Modal_ReadsTheVerbAfterIt()
    {
        var g = QuoteGroupOf("“We will win the final,” she said.");
        g!.Lemma.Should().Be("win");
        g.Modality.Should().Be(Modality.Expected);
    }

    [Test]
    public void QuoteGroup_NegatedContraction_ReadsTheVerbAfterIt()
    {
        var g = QuoteGroupOf("“I don't know where he went,” she said.");
        g!.Lemma.Should().Be("know");
        g.Negated.Should().BeTrue();
    }

    [TestCase("“The plan was a mistake,” she said.", "was")]
    [TestCase("“It has been a hard year,” she said.", "been")]
    [TestCase("“There are rumours in town,” she said.", "are")]
    public void QuoteGroup_AnAuxiliaryWithoutAVerbAfterIt_IsTheVerbItself(string sentence, string head)
    {
        var v = RuleFixture.View(sentence);
        var quote = RuleFixture.Clauses(v).Single(c => c.QuoteClaim);
        var g = new QuoteRules(v, new SubjectFinder(v)).QuoteGroup(quote)!;
        g.Lemma.Should().Be("be");
        v.Lower[g.Head].Should().Be(head);
        g.End.Should().Be(g.Head + 1);
        RuleFixture.Builder(v).Object(g, quote.End).Should().Be(head switch { "was" => "a mistake", "are" => "rumours", _ => "a hard year" });
    }

    [Test]
    public void QuoteGroup_QuoteWithoutAVerb_IsNull()
    {
        QuoteGroupOf("“Murderers,” she said.").Should().BeNull();
    }

    /// <summary>The sentence's clauses with their sayings and quotes attributed, as the extractor does before it builds claims.</summary>
    private static List<Clause> AttributedClauses(SentenceView v)
    {
        var clauses = RuleFixture.Clauses(v);
        var subjects = new SubjectFinder(v);
        new AttributionRules(v, subjects).AttributeSayings(clauses);
        new QuoteRules(v, subjects).AttributeQuotes(clauses);
        return clauses;
    }

    [Test]
    public void AttributeQuotes_FrameThatSaysMore_IsOneClaimWithItsQuote()
    {
        var v = RuleFixture.View("He told Chilean radio: “We will win the war.”");
        var clauses = AttributedClauses(v);
        var quote = clauses.Should().ContainSingle(c => c.QuoteClaim).Which;
        quote.Attribution.Should().Be("He");
        quote.Start.Should().Be(0);
        clauses.Should().ContainSingle(c => !c.QuoteClaim).Which.AttributionOnly.Should().BeTrue();
    }

    [TestCase("“The plan will fail,” the minister said.", "The plan")]
    [TestCase("“Our troops have done their job,” the minister said.", "Our troops")]
    [TestCase("“We will win,” the minister said.", "the minister")]
    [TestCase("“I am not worried,” the minister said.", "the minister")]
    [TestCase("“Yesterday they left,” the minister said.", "they")]
    [TestCase("“As a close community we will come together,” the minister said.", "the minister")]
    public void A_quotes_subject_is_its_own_noun_phrase_and_the_speaker_only_for_the_first_person(string sentence, string subject)
    {
        var v = RuleFixture.View(sentence);
        var clauses = AttributedClauses(v);
        int k = clauses.FindIndex(c => c.QuoteClaim);
        RuleFixture.Builder(v).EmitClaim(clauses[k], clauses, k, null);
        var claim = v.State.Claims.Should().ContainSingle(c => c.Kind == ClaimKind.Clause).Which;
        claim.Subject.Should().Be(subject);
        claim.Attribution.Should().Be("the minister");
    }
}
