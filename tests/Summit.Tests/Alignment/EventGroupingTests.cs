using FluentAssertions;
using NUnit.Framework;
using Summit.Alignment;
using Summit.Claims;

namespace Summit.Tests.Alignment;

/// <summary>Further events that no clause of their fact states: grouped by key inside one fact, never across subjects.</summary>
public class EventGroupingTests
{
    private static Claim Event(string report, int start, string predicate, string? subjectId) =>
        new($"{report}-e{start}", report, new Summit.Documents.Span(start, start + 4), "meet", predicate) { Kind = ClaimKind.Predicate, SubjectEntityId = subjectId };

    [Test]
    public void Group_DifferentSubjects_StayApart_ASubjectlessOneJoinsTheFirst()
    {
        var claims = new[] { Event("a", 0, "meet", "kim-jong-il"), Event("b", 0, "meet", "kim-jong-un"), Event("c", 0, "meeting", null), Event("d", 0, "meet", "kim-jong-un") };
        var groups = EventGrouping.Group(claims, [0, 1, 2, 3], [0, 0, 0, 0], TestLexicon.Shipped.Words);
        groups.Should().BeEquivalentTo(new[] { new[] { 0, 2 }, new[] { 1, 3 } }, o => o.WithStrictOrdering());
    }

    [Test]
    public void Group_EventsOfDifferentFacts_StayApart()
    {
        var claims = new[] { Event("a", 0, "attack", null), Event("b", 0, "attack", null) };
        EventGrouping.Group(claims, [0, 1], [0, 1], TestLexicon.Shipped.Words).Should().HaveCount(2);
    }
}
