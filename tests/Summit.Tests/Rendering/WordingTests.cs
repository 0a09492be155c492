using FluentAssertions;
using NUnit.Framework;
using Summit.Claims;
using Summit.Documents;
using Summit.Quantities;
using Summit.Reconciling;
using Summit.Rendering;

namespace Summit.Tests.Rendering;

public class WordingTests
{
    private static Claim Claim(string report, bool negated = false) =>
        new($"{report}-c1", report, new Span(0, 4), "text", "happen") { Negated = negated };

    [Test]
    public void Reason_Date_NamesEachSourceWithItsDay()
    {
        var c = new Conflict("date", new ConflictingValue(Claim("r1"), "AFP", "2011-08-03"), new ConflictingValue(Claim("r2"), "Reuters", "2011-08-02"));
        Wording.Reason(c).Should().Be("AFP puts it on 3 August 2011, Reuters on 2 August 2011");
    }

    [Test]
    public void Reason_DateWithATimeOfDay_GivesTheValueAsItIs()
    {
        var c = new Conflict("date", new ConflictingValue(Claim("r1"), "AFP", "2011-08-03TMO"), new ConflictingValue(Claim("r2"), "Reuters", "2011-08-02"));
        Wording.Reason(c).Should().Be("AFP puts it on 2011-08-03TMO, Reuters on 2 August 2011");
    }

    [TestCase(true, "AFP says it did not happen; Reuters says it did")]
    [TestCase(false, "Reuters says it did not happen; AFP says it did")]
    public void Reason_Polarity_TheNegatedClaimDenies(bool firstNegated, string expected)
    {
        var c = new Conflict("polarity", new ConflictingValue(Claim("r1", firstNegated), "AFP", firstNegated ? "no" : "yes"),
            new ConflictingValue(Claim("r2", !firstNegated), "Reuters", firstNegated ? "yes" : "no"));
        Wording.Reason(c).Should().Be(expected);
    }

    [Test]
    public void Reason_Figures_SourcesThenTheComparersReason()
    {
        var comparison = QuantityComparer.Default.Compare(QuantityRecognizer.Default.Recognize("Six people died.")[0], QuantityRecognizer.Default.Recognize("Nine people died.")[0]);
        var c = new Conflict("number", new ConflictingValue(Claim("r1"), "AFP", "Six"), new ConflictingValue(Claim("r2"), "Reuters", "Nine")) { Comparison = comparison };
        Wording.Reason(c).Should().Be("AFP vs Reuters: \"Six\" vs \"Nine\": 6 and 9 differ by more than 5%");
    }

    [Test]
    public void Reason_OtherSlot_GivesBothValues()
    {
        var c = new Conflict("place", new ConflictingValue(Claim("r1"), "AFP", "Paris"), new ConflictingValue(Claim("r2"), "Reuters", "Rome"));
        Wording.Reason(c).Should().Be("AFP says Paris, Reuters says Rome");
    }

    private static IEnumerable<TestCaseData> Refinements()
    {
        yield return new TestCaseData(new Refinement("r1", "AFP", "person", "Lars Holm"), "AFP names the person: Lars Holm");
        yield return new TestCaseData(new Refinement("r1", "AFP", "place", "Nairobi") { Within = "Kenya" }, "AFP names the place more precisely: Nairobi (in Kenya)");
        yield return new TestCaseData(new Refinement("r1", "AFP", "detail", "state") { Narrows = "television" }, "AFP adds \"state\" (state television)");
        yield return new TestCaseData(new Refinement("r1", "AFP", "time", "on Tuesday") { Time = "2019-04-23" }, "AFP gives the time: on Tuesday (2019-04-23)");
    }

    [TestCaseSource(nameof(Refinements))]
    public void Description_EachKindOfRefinement_IsWorded(Refinement refinement, string expected) =>
        Wording.Description(refinement).Should().Be(expected);

    [Test]
    public void Note_EachKind_IsWorded()
    {
        Wording.Note(new FactNote(FactNoteKind.NotIndependent, ["AFP", "Yahoo News", "MSN"], 3))
            .Should().Be("AFP, Yahoo News & MSN are not independent (one text republished, one owner or an agency's copy): they count as one source.");
        Wording.Note(new FactNote(FactNoteKind.OneOutlet, ["AFP"], 3)).Should().Be("Only AFP states it (3 reports of one outlet).");
    }

    [Test]
    public void Values_AreByReport()
    {
        var c = new Conflict("date", new ConflictingValue(Claim("r1"), "AFP", "2011-08-03"), new ConflictingValue(Claim("r2"), "Reuters", "2011-08-02"));
        c.Values.Should().BeEquivalentTo(new Dictionary<string, string> { ["r1"] = "2011-08-03", ["r2"] = "2011-08-02" });
    }
}
