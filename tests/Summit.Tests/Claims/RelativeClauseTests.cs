using FluentAssertions;
using NUnit.Framework;
using Summit.Claims;
using Summit.Documents;

namespace Summit.Tests.Claims;

/// <summary>
/// A restrictive relative clause between a subject and its verb ("The storm that hit the coast destroyed …") is a claim
/// of its own, and the verb after it is the antecedent's: the clause around it reads from the antecedent to the end,
/// with the antecedent as its subject, and neither its subject nor its time comes from inside the relative clause.
/// </summary>
public class RelativeClauseTests
{
    private static IReadOnlyList<Claim> ClaimsOf(string text) =>
        SummitEngine.CreateDefault().Reconcile([new ReportInput("r", text) { Published = new DateOnly(2021, 3, 10) }])
            .Claims.Where(c => c.Kind == ClaimKind.Clause).ToArray();

    private static Claim With(IReadOnlyList<Claim> claims, string predicate)
    {
        var hits = claims.Where(c => c.Predicate == predicate).ToArray();
        hits.Should().ContainSingle($"one claim should state '{predicate}'; claims: {string.Join(" | ", claims.Select(c => $"{c.Predicate}: {c.Text}"))}");
        return hits[0];
    }

    [Test]
    public void Extract_VerbAfterARelativeClause_IsTheAntecedentsClaim()
    {
        var claims = ClaimsOf("The storm that struck the coast on Monday destroyed 300 homes.");
        var destroyed = With(claims, "destroy");
        destroyed.Subject.Should().Be("The storm");
        destroyed.Text.Should().Be("The storm that struck the coast on Monday destroyed 300 homes");
        destroyed.Time.Should().BeNull("'on Monday' is when the storm hit, said inside the relative clause");
        var hit = With(claims, "strike");
        hit.Subject.Should().Be("storm");
        hit.Time!.Text.Should().Be("Monday");
    }

    [Test]
    public void Extract_RelativeClauseInsideWhatIsSaid_KeepsTheSpeakersClaimWhole()
    {
        var claims = ClaimsOf("The officials said that the men who had robbed the bank will face trial in May.");
        var face = With(claims, "face");
        face.Subject.Should().Be("the men");
        face.Attribution.Should().Be("The officials");
        face.Text.Should().Contain("the men who had robbed the bank will face trial");
        claims.Should().NotContain(c => c.Predicate == "say", "the saying frames what is said; it is not a claim of its own words");
        With(claims, "rob").Text.Should().Be("who had robbed the bank");
    }

    [Test]
    public void Extract_SpeakerDescribedByACoordinatedRelativeClause_AttributesWhatIsSaid()
    {
        var claims = ClaimsOf("Three witnesses who saw the crash but asked not to be named said the driver was speeding.");
        var speeding = With(claims, "speed");
        speeding.Subject.Should().Be("the driver");
        speeding.Attribution.Should().Be("Three witnesses");
        With(claims, "see").Subject.Should().Contain("witnesses");
    }

    [Test]
    public void Extract_VerbAfterAnAside_IsTheAntecedentsClaim()
    {
        // (before, "agreed on a ceasefire" was a claim of its own, its subject taken from the aside)
        var claims = ClaimsOf("The ministers, who met in Geneva, agreed on a ceasefire.");
        var agreed = With(claims, "agree");
        agreed.Text.Should().Be("The ministers, who met in Geneva, agreed on a ceasefire");
        agreed.Subject.Should().Be("The ministers");
        With(claims, "meet").Text.Should().Be("who met in Geneva");
    }

    [Test]
    public void Extract_AsideInsideWhatIsSaid_LeavesTheComplementWhole()
    {
        var claims = ClaimsOf("Witnesses said that the guard, who was running for cover when he was hit, did not carry a gun.");
        var carry = With(claims, "carry");
        carry.Subject.Should().Be("the guard");
        carry.Attribution.Should().Be("Witnesses");
        carry.Negated.Should().BeTrue();
        claims.Should().NotContain(c => c.Text == "Witnesses said that the guard", "the saying holds its complement across the aside");
    }

    [Test]
    public void Extract_SubordinateClauseOpeningWhatIsSaid_StaysInsideIt()
    {
        var claims = ClaimsOf("The mayor said that when the water rose they fled to the roof.");
        var fled = With(claims, "flee");
        fled.Subject.Should().Be("they");
        fled.Attribution.Should().Be("The mayor");
        With(claims, "rise").Text.Should().Be("when the water rose");
        claims.Should().NotContain(c => c.Predicate == "say");
    }

    [Test]
    public void Extract_SpeakerAfterAFrontedClause_BeginsAClaimOfItsOwn()
    {
        var claims = ClaimsOf("When the guard opened the door, a man who gave his name as Tom said the money was gone.");
        With(claims, "open").Text.Should().Be("When the guard opened the door");
        var gone = claims.Single(c => c.Attribution == "a man");
        gone.Text.Should().StartWith("a man who gave his name as Tom said");
    }

    [Test]
    public void Extract_ThatBeforeATimeWord_IsNoRelativeClause()
    {
        // "later that morning": a time, not the start of a relative clause whose last noun would be the speaker
        var claims = ClaimsOf("Rescuers reached the village later that morning, officials said.");
        claims.Should().ContainSingle().Which.Attribution.Should().Be("officials");
    }
}
