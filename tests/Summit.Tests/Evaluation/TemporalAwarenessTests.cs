using FluentAssertions;
using NUnit.Framework;
using Summit.Evaluation;
using Placed = Summit.Evaluation.SemEvalTimelineEvaluation.Placed;

namespace Summit.Tests.Evaluation;

public class TemporalAwarenessTests
{
    private static Dictionary<string, Placed> Timeline(params (string Event, int Order, string? Date)[] events) =>
        events.ToDictionary(e => e.Event, e => new Placed(e.Order, e.Date), StringComparer.Ordinal);

    private static readonly Dictionary<string, Placed> Gold = Timeline(
        ("a", 1, "2005-01-XX"), ("b", 1, "2005-01-XX"), ("c", 2, "2005-03-02"), ("d", 3, "2006-XX-XX"), ("z", 0, null));

    [Test]
    public void Identical_timelines_score_one()
    {
        var counts = TemporalAwareness.Compare(Gold, Gold);
        counts.Score().F1.Should().Be(1);
        // Reduced graph: a,b anchored to one date (2) + c and d anchored (2) + two BEFOREs between positions.
        counts.Gold.Should().Be(6);
    }

    [Test]
    public void Reversed_order_gets_no_before_right()
    {
        var system = Timeline(("a", 3, null), ("b", 3, null), ("c", 2, null), ("d", 1, null));
        var counts = TemporalAwareness.Compare(system, Gold);
        counts.SystemImplied.Should().Be(1, "only a SIMULTANEOUS b holds; both BEFOREs are reversed");
        counts.System.Should().Be(3);
        counts.GoldImplied.Should().Be(0, "the system has no anchors and its BEFOREs run the other way");
    }

    [Test]
    public void Closure_credits_implied_relations()
    {
        // The system skips c: its a BEFORE d is not a gold relation but follows from a<c<d.
        var system = Timeline(("a", 1, null), ("d", 2, null));
        var counts = TemporalAwareness.Compare(system, Gold);
        counts.System.Should().Be(1);
        counts.SystemImplied.Should().Be(1);
        // Gold's reduced relations all involve b, c or a date, none of which the system has.
        counts.GoldImplied.Should().Be(0);
    }

    [Test]
    public void Unordered_events_give_no_relation()
    {
        var system = Timeline(("a", 0, null), ("b", 0, null), ("z", 0, null));
        TemporalAwareness.Compare(system, Gold).System.Should().Be(0);
    }

    [Test]
    public void One_date_over_two_positions_drops_the_contradicting_before()
    {
        var relations = TemporalAwareness.Relations(Timeline(("a", 1, "2009-10-16"), ("b", 2, "2009-10-16")));
        var graph = new TemporalAwareness.Graph(relations);
        graph.Dropped.Should().Be(1);
        graph.Implies(new TemporalAwareness.Relation("a", false, "b")).Should().BeTrue();
        graph.Reduced().Should().HaveCount(2);
    }
}
