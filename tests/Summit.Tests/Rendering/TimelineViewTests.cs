using FluentAssertions;
using NUnit.Framework;
using Summit.Claims;
using Summit.Documents;
using Summit;
using Summit.Reconciling;
using Summit.Rendering;

namespace Summit.Tests.Rendering;

public class TimelineViewTests
{
    [TestCase(null, "Undated")]
    [TestCase("2019-04-24", "Wednesday, 24 April 2019")]
    [TestCase("2019-04-24TMO", "the morning of Wednesday, 24 April 2019")]
    [TestCase("2019-04-24T14:30", "Wednesday, 24 April 2019, 14:30")]
    [TestCase("2019-02", "February 2019")]
    [TestCase("2019-W16", "the week of 15 April 2019")]
    [TestCase("2019-W16-WE", "the weekend of 20 April 2019")]
    [TestCase("2019-Q2", "the second quarter of 2019")]
    [TestCase("2019-SU", "summer 2019")]
    [TestCase("2019-WI", "winter 2019")]
    [TestCase("2011", "2011")]
    [TestCase("198", "the 1980s")]
    [TestCase("19", "the 20th century")]
    [TestCase("PRESENT_REF", "PRESENT_REF")]
    [TestCase("XXXX-04-24", "XXXX-04-24")]
    [TestCase("2019-H2", "the second half of 2019")]
    [TestCase("2019-FA", "autumn 2019")]
    [TestCase("2019-Q4", "the fourth quarter of 2019")]
    [TestCase("2019-H1", "the first half of 2019")]
    [TestCase("2019-SP", "spring 2019")]
    [TestCase("2019-04-21TNI", "the night of Sunday, 21 April 2019")]
    [TestCase("2019-04-24T09", "Wednesday, 24 April 2019, 09:00")]
    // what the value names decides, not its length: these are years, not a month or a season
    [TestCase("2019-13", "2019")]
    [TestCase("2019-XX", "2019")]
    [TestCase("2019-AB", "2019")]
    [TestCase("2019-WXX", "2019")]
    [TestCase("2019T10:00", "2019")]
    public void When_TimexValue_IsInWords(string? value, string expected)
    {
        TimelineView.When(value).Should().Be(expected);
    }

    private static IEnumerable<TestCaseData> AttributionCases()
    {
        yield return new TestCaseData(FactStatus.Corroborated, new[] { "AFP", "Reuters" }, "Reported by AFP and Reuters: 2 sources agree");
        yield return new TestCaseData(FactStatus.Corroborated, new[] { "AFP", "Reuters", "AP" }, "Reported by AFP, Reuters and AP: 3 sources agree");
        yield return new TestCaseData(FactStatus.Single, new[] { "Reuters" }, "Only Reuters");
        yield return new TestCaseData(FactStatus.Corroborated, new[] { "Reuters", "Reuters" }, "Only Reuters");
        yield return new TestCaseData(FactStatus.Conflicting, new[] { "AFP", "Reuters" }, "AFP and Reuters disagree");
    }

    [TestCaseSource(nameof(AttributionCases))]
    public void Attribution_Sources_AreNamedInWords(FactStatus status, string[] sources, string expected)
    {
        var fact = new Fact("f", status, sources.Select((_, i) => new Claim($"c{i}", "r", new Span(0, 1), "x", "say")).ToArray(), sources, "s");
        TimelineView.Attribution(fact).Should().Be(expected);
    }

    [Test]
    public void Build_Fixture_CitesTheSentenceThatHoldsTheClaim()
    {
        var entries = TimelineView.Build(RenderingFixtures.Create());
        var died = entries.Single(e => e.Fact.Id == "f2").Citations.Single(c => c.Claim.ReportId == "alpha");
        died.Sentence.Should().Be("Five people died in the flood on Tuesday.");
        died.Sentence[died.ClaimInSentence.Start..died.ClaimInSentence.End].Should().Be("Five people died");
        RenderingFixtures.AlphaText[died.Claim.Span.Start..died.Claim.Span.End].Should().Be(died.Claim.Text);
    }

    [Test]
    public void Build_Fixture_PutsSidesOfAConflictInReportOrder()
    {
        var conflict = TimelineView.Build(RenderingFixtures.Create()).Single(e => e.Fact.Id == "f2").Conflicts.Single();
        conflict.Sides.Select(s => (s.Source, s.Value)).Should().Equal(("Alpha", "five"), ("Beta", "seven"));
        conflict.Sides.Should().OnlyContain(s => s.Citation != null);
    }

    [Test]
    public void Build_ConflictSide_CitesTheClaimThatGivesItsValue_NotTheReportsFirstClaim()
    {
        var r = RenderingFixtures.Create();
        var f2 = r.Fact("f2");
        var other = r.Claims.Single(c => c.Id == "beta-c0"); // a claim of the same report as one side, told before it
        var widened = new Fact(f2.Id, f2.Status, [other, .. f2.Claims], f2.Sources, f2.Summary) { Time = f2.Time, Granularity = f2.Granularity, Conflicts = f2.Conflicts };
        var facts = r.Facts.Select(f => f.Id == "f2" ? widened : f).ToArray();
        var changed = new Reconciliation(r.Reports, r.Analyses, r.Claims, facts, r.Timeline, r.Entities, r.TimeExpressions, r.Diagnostics);

        var given = widened.Conflicts.Single();
        var sides = TimelineView.Build(changed).Single(e => e.Fact.Id == "f2").Conflicts.Single().Sides;
        sides.Single(s => s.ReportId == given.First.ReportId).Citation!.Claim.Should().BeSameAs(given.First.Claim);
        sides.Single(s => s.ReportId == given.Second.ReportId).Citation!.Claim.Should().BeSameAs(given.Second.Claim);
    }

    [Test]
    public void Build_Fixture_StoryFirstThenUndatedThenBackground_NumberedDownThePage()
    {
        var entries = TimelineView.Build(RenderingFixtures.Create());
        entries.Select(e => e.Fact.Id).Should().Equal("f2", "f1", "f5", "f6", "f3", "f4");
        entries.Select(e => e.Section).Should().Equal(TimelineSection.Story, TimelineSection.Story, TimelineSection.Story,
            TimelineSection.Undated, TimelineSection.Background, TimelineSection.Background);
        entries.Select(e => e.Number).Should().Equal(1, 2, 3, 4, 5, 6);
        entries.Single(e => e.Fact.Id == "f4").PlacedAfter.Should().Be("told after entry 5 (1991)", "the anchor's number on the page");
    }

    [Test]
    public void Build_Fixture_UndatedEntrySaysTheDayItWasReported()
    {
        var entries = TimelineView.Build(RenderingFixtures.Create());
        var undated = entries.Single(e => e.Fact.Id == "f6");
        undated.Dated.Should().BeFalse();
        undated.When.Should().Be("Undated (reported 15 July 2021)", "its one report, Beta, is dated 15 July 2021");
        entries.Where(e => e.Dated).Should().OnlyContain(e => !e.When.StartsWith("Undated", StringComparison.Ordinal));
    }

    private static int Rank(Summit.Reconciling.FactStatus status) => status switch
    {
        Summit.Reconciling.FactStatus.Conflicting => 0,
        Summit.Reconciling.FactStatus.Corroborated => 1,
        _ => 2,
    };

    [Test]
    public void Digest_Fixture_ConflictsThenCorroboratedThenDatedStory()
    {
        var entries = TimelineView.Build(RenderingFixtures.Create());
        var digest = TimelineView.Digest(entries);
        digest.Should().NotBeEmpty().And.HaveCountLessThanOrEqualTo(TimelineView.DigestSize);
        digest.Select(e => Rank(e.Fact.Status)).Should().BeInAscendingOrder();
        digest.Should().OnlyContain(e => e.Fact.Status != Summit.Reconciling.FactStatus.Single || (e.Section == TimelineSection.Story && e.Dated));
    }
}
