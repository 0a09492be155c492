using Summit.Reconciling;

namespace Summit.Timelines;

/// <summary>Orders facts into the merged timeline.</summary>
public interface ITimelineBuilder
{
    /// <summary>Builds the timeline of <paramref name="facts"/>; no fact is dropped.</summary>
    Timeline Build(IReadOnlyList<Fact> facts, Story story, CancellationToken cancellationToken = default);
}
