using Summit.Time;

namespace Summit.Timelines;

/// <summary>One entry of the merged timeline.</summary>
/// <param name="FactId">The fact it shows.</param>
/// <param name="Time">The TIMEX value it is placed at, or null when undated.</param>
/// <param name="Granularity">The precision of <paramref name="Time"/>.</param>
/// <param name="Order">Its position, from 1; entries the reports do not order share a position.</param>
/// <param name="Background">Whether it is background history rather than the story's own days.</param>
public sealed record TimelineEntry(string FactId, string? Time, Granularity Granularity, int Order, bool Background)
{
    /// <summary>
    /// Whether the reports leave its order against a neighbour unsettled: it shares its
    /// <see cref="Order"/> with another entry, its period overlaps another entry's period (a month
    /// and a day of that month), or it is undated.
    /// </summary>
    public bool Unordered { get; init; }

    /// <summary>
    /// For an undated entry: the dated fact told just before it in a report, which it is placed
    /// after; null for a dated entry or an undated one that no dated fact precedes (those come last).
    /// </summary>
    public string? PlacedAfter { get; init; }

    /// <summary>
    /// For an undated entry: the earliest publication date of the reports that state it — not when the event
    /// happened, but the day by which a report had told it (a past event happened on or before it, a present state
    /// held then). Null for a dated entry, or when no report stating it has a date.
    /// </summary>
    public DateOnly? ReportedOn { get; init; }
}

/// <summary>The merged, attributed timeline: facts in the order of their events.</summary>
/// <param name="Entries">The entries, in order.</param>
public sealed record Timeline(IReadOnlyList<TimelineEntry> Entries)
{
    /// <summary>The empty timeline.</summary>
    public static Timeline Empty { get; } = new(Array.Empty<TimelineEntry>());
}
