using FluentAssertions;
using NUnit.Framework;
using Summit.Claims;
using Summit.Reconciling;
using Summit.Time;
using Summit.Timelines;
using static Summit.Tests.Timelines.TimelineFixtures;

namespace Summit.Tests.Timelines;

public class TimelineBuilderTests
{
    private static readonly DateOnly April25 = new(2019, 4, 25);

    private static Timeline Build(Story story, params Fact[] facts) => new TimelineBuilder().Build(facts, story);

    private static IEnumerable<TestCaseData> OrderCases()
    {
        // Facts given out of order must come back in event order, whatever the granularity.
        yield return new TestCaseData(new[] { ("d", "2019-04-25", Granularity.Day), ("c", "2019-04-24", Granularity.Day), ("b", "2019-02", Granularity.Month), ("a", "2011", Granularity.Year) },
            new[] { "a", "b", "c", "d" }).SetName("Build_DaysMonthsYears_InEventOrder");
        yield return new TestCaseData(new[] { ("b", "2000", Granularity.Year), ("a", "198", Granularity.Decade), ("c", "2019-W16", Granularity.Week), ("d", "2019-04-24", Granularity.Day) },
            new[] { "a", "b", "c", "d" }).SetName("Build_DecadeYearWeekDay_InEventOrder");
        yield return new TestCaseData(new[] { ("day", "2019-04-01", Granularity.Day), ("month", "2019-04", Granularity.Month) },
            new[] { "month", "day" }).SetName("Build_MonthAndItsFirstDay_CoarserFirst");
        yield return new TestCaseData(new[] { ("summer", "2019-SU", Granularity.Season), ("may", "2019-05", Granularity.Month), ("q3", "2019-Q3", Granularity.Season) },
            new[] { "may", "summer", "q3" }).SetName("Build_SeasonsAndQuarters_ByFirstDay");
    }

    [TestCaseSource(nameof(OrderCases))]
    public void Build_DatedFacts_AreInOrderOfTheirStart((string Id, string Time, Granularity Granularity)[] given, string[] expected)
    {
        var story = Story(("r", April25));
        var facts = given.Select((g, i) => Fact(g.Id, g.Time, g.Granularity, Claim("r", i))).ToArray();

        var timeline = Build(story, facts);

        timeline.Entries.Select(e => e.FactId).Should().Equal(expected);
        timeline.Entries.Select(e => e.Order).Should().BeInAscendingOrder();
    }

    [Test]
    public void Build_SameDayFromTwoReports_ShareOneRankAndAreUnordered()
    {
        var story = Story(("afp", April25), ("reuters", April25));
        var timeline = Build(story,
            Fact("later", "2019-04-25", Granularity.Day, Claim("afp", 1)),
            Fact("same1", "2019-04-24", Granularity.Day, Claim("afp", 2)),
            Fact("same2", "2019-04-24", Granularity.Day, Claim("reuters", 1)));

        var byId = timeline.Entries.ToDictionary(e => e.FactId);
        byId["same1"].Order.Should().Be(byId["same2"].Order);
        byId["same1"].Unordered.Should().BeTrue();
        byId["same2"].Unordered.Should().BeTrue();
        byId["later"].Order.Should().BeGreaterThan(byId["same1"].Order);
        byId["later"].Unordered.Should().BeFalse("nothing else falls on its day");
    }

    [Test]
    public void Build_MonthContainingADay_BothUnorderedWithDistinctRanks()
    {
        var story = Story(("r", April25));
        var timeline = Build(story,
            Fact("month", "2019-04", Granularity.Month, Claim("r", 1)),
            Fact("day", "2019-04-24", Granularity.Day, Claim("r", 2)),
            Fact("may", "2019-05-02", Granularity.Day, Claim("r", 3)));

        var byId = timeline.Entries.ToDictionary(e => e.FactId);
        byId["month"].Order.Should().BeLessThan(byId["day"].Order);
        byId["month"].Unordered.Should().BeTrue();
        byId["day"].Unordered.Should().BeTrue();
        byId["may"].Unordered.Should().BeFalse();
    }

    [Test]
    public void Build_UndatedFact_FollowsTheDatedFactToldBeforeIt()
    {
        var story = Story(("r", April25));
        var timeline = Build(story,
            Fact("history", "2000", Granularity.Year, Claim("r", 5)),
            Fact("context", null, Granularity.None, Claim("r", 6)),
            Fact("arrival", "2019-04-24", Granularity.Day, Claim("r", 1)),
            Fact("colour", null, Granularity.None, Claim("r", 2)));

        timeline.Entries.Select(e => e.FactId).Should().Equal("history", "context", "arrival", "colour");
        var byId = timeline.Entries.ToDictionary(e => e.FactId);
        byId["context"].PlacedAfter.Should().Be("history");
        byId["context"].Background.Should().BeTrue("it is told with background history");
        byId["colour"].PlacedAfter.Should().Be("arrival");
        byId["colour"].Background.Should().BeFalse();
        byId["colour"].Unordered.Should().BeTrue();
        byId["colour"].Order.Should().BeGreaterThan(byId["arrival"].Order);
    }

    [Test]
    public void Build_UndatedClaimInTheSentenceOfADatedOne_FollowsThatOne()
    {
        var story = Story(("r", April25));
        var dated = new Summit.Claims.Claim("r-c5", "r", new Summit.Documents.Span(60, 70), "xxxxxxxxxx", "arrive") { Sentence = 5 };
        var before = new Summit.Claims.Claim("r-c5a", "r", new Summit.Documents.Span(50, 58), "xxxxxxxx", "greet") { Sentence = 5 };
        var facts = new[]
        {
            Fact("old", "2000", Granularity.Year, Claim("r", 1)),
            new Fact("greeted", FactStatus.Single, [before], ["R"], "s"),
            new Fact("arrived", FactStatus.Single, [dated], ["R"], "s") { Time = "2019-04-24", Granularity = Granularity.Day },
        };
        var timeline = new TimelineBuilder().Build(facts, story);

        timeline.Entries.Select(e => e.FactId).Should().Equal("old", "arrived", "greeted");
        timeline.Entries.Single(e => e.FactId == "greeted").PlacedAfter.Should().Be("arrived", "it is told in the same sentence, though before it");
    }

    [Test]
    public void Build_UndatedAfterASharedRank_ComesAfterTheWholeRank()
    {
        var story = Story(("a", April25), ("b", April25));
        var timeline = Build(story,
            Fact("a1", "2019-04-24", Granularity.Day, Claim("a", 1)),
            Fact("a2", null, Granularity.None, Claim("a", 2)),
            Fact("b1", "2019-04-24", Granularity.Day, Claim("b", 1)));

        timeline.Entries.Select(e => e.FactId).Should().Equal("a1", "b1", "a2");
        timeline.Entries.Select(e => e.Order).Should().Equal(1, 1, 2);
    }

    [Test]
    public void Build_UndatedWithNoDatedFactBefore_IsKeptAtTheEnd()
    {
        var story = Story(("r", April25), ("s", April25));
        var timeline = Build(story,
            Fact("lead", null, Granularity.None, Claim("r", 0)),
            Fact("dated", "2019-04-24", Granularity.Day, Claim("r", 1)),
            Fact("other", null, Granularity.None, Claim("s", 0)),
            Fact("weird", "PRESENT_REF", Granularity.None, Claim("s", 3)));

        timeline.Entries.Should().HaveCount(4, "no fact is dropped");
        timeline.Entries[0].FactId.Should().Be("dated");
        timeline.Entries.Skip(1).Select(e => e.FactId).Should().Equal("lead", "other", "weird");
        timeline.Entries.Skip(1).Should().OnlyContain(e => e.PlacedAfter == null && e.Time == null && e.Order == 2);
    }

    [Test]
    public void Build_UndatedFact_IsReportedOnTheEarliestDateOfTheReportsThatStateIt()
    {
        var story = Story(("late", April25), ("early", new DateOnly(2019, 4, 23)), ("undated", null));
        var timeline = Build(story,
            Fact("dated", "2019-04-20", Granularity.Day, Claim("early", 1)),
            Fact("both", null, Granularity.None, Claim("late", 0), Claim("early", 2)),
            Fact("lateOnly", null, Granularity.None, Claim("late", 3)),
            Fact("nobodyDated", null, Granularity.None, Claim("undated", 0)));

        var byId = timeline.Entries.ToDictionary(e => e.FactId);
        byId["both"].ReportedOn.Should().Be(new DateOnly(2019, 4, 23), "the earlier of its two reports");
        byId["lateOnly"].ReportedOn.Should().Be(April25);
        byId["nobodyDated"].ReportedOn.Should().BeNull("its only report has no date");
        byId["dated"].ReportedOn.Should().BeNull("a dated entry has its own time");
        byId["both"].Time.Should().BeNull("the report's date is never passed off as the event's time");
    }

    [Test]
    public void Build_UndatedCorroboratedFact_UsesTheFirstReportWithADatedFactBefore()
    {
        var story = Story(("a", April25), ("b", April25));
        var timeline = Build(story,
            Fact("bDated", "2019-04-20", Granularity.Day, Claim("b", 1)),
            Fact("both", null, Granularity.None, Claim("a", 0), Claim("b", 2)),
            Fact("aDated", "2019-04-24", Granularity.Day, Claim("a", 1)));

        timeline.Entries.Single(e => e.FactId == "both").PlacedAfter.Should().Be("bDated", "report a tells nothing dated before it");
        timeline.Entries.Select(e => e.FactId).Should().Equal("bDated", "both", "aDated");
    }

    private static IEnumerable<TestCaseData> BackgroundCases()
    {
        yield return new TestCaseData("1991", Granularity.Year, true);
        yield return new TestCaseData("2011", Granularity.Year, true);
        yield return new TestCaseData("2019-02", Granularity.Month, true);
        yield return new TestCaseData("2019-03-20", Granularity.Day, true);
        yield return new TestCaseData("2019-W16", Granularity.Week, false);
        yield return new TestCaseData("2019-04-24", Granularity.Day, false);
        yield return new TestCaseData("2019", Granularity.Year, false);
        yield return new TestCaseData("2019-04-26", Granularity.Day, false);
    }

    [TestCaseSource(nameof(BackgroundCases))]
    public void Build_FactTime_IsBackgroundOnlyWhenItEndsBeforeTheStoryWindow(string time, Granularity granularity, bool background)
    {
        var story = Story(("afp", new DateOnly(2019, 4, 24)), ("reuters", April25));
        var timeline = Build(story, Fact("f", time, granularity, Claim("afp", 1)));
        timeline.Entries.Single().Background.Should().Be(background);
    }

    [Test]
    public void Build_NoPublishedDates_AnchorsTheStoryOnTheLatestDatedFact()
    {
        var story = Story(("r", null));
        var timeline = Build(story,
            Fact("old", "2011", Granularity.Year, Claim("r", 1)),
            Fact("now", "2019-04-24", Granularity.Day, Claim("r", 2)));
        timeline.Entries.Select(e => e.Background).Should().Equal(true, false);
    }

    [Test]
    public void Build_ClaimOfAReportNotInTheStory_DoesNotCrashOrDropTheFact()
    {
        var story = Story(("r", April25));
        var facts = new[] { Fact("ghost", null, Granularity.None, Claim("nowhere", 1)), Fact("real", "2019-04-24", Granularity.Day, Claim("r", 1)) };
        var timeline = new TimelineBuilder().Build(facts, story);
        timeline.Entries.Select(e => e.FactId).Should().Equal("real", "ghost");
    }

    [Test]
    public void Build_InputOrderShuffled_GivesTheSameTimeline()
    {
        var story = Story(("a", April25), ("b", April25));
        var facts = new[]
        {
            Fact("f1", "2019-04-24", Granularity.Day, Claim("a", 1)), Fact("f2", "2019-04-24", Granularity.Day, Claim("b", 1)),
            Fact("f3", null, Granularity.None, Claim("a", 2)), Fact("f4", "2019", Granularity.Year, Claim("b", 2)),
            Fact("f5", null, Granularity.None, Claim("b", 0)), Fact("f6", "2011", Granularity.Year, Claim("a", 3)),
        };
        var expected = Build(story, facts).Entries;
        Build(story, facts.Reverse().ToArray()).Entries.Should().Equal(expected);
        Build(story, [.. facts.Skip(3), .. facts.Take(3)]).Entries.Should().Equal(expected);
    }

    [Test]
    public void Build_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => new TimelineBuilder().Build([Fact("f", null, Granularity.None, Claim("r", 1))], Story(("r", April25)), cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }
}
