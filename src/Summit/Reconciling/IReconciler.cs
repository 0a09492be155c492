using Summit.Alignment;

namespace Summit.Reconciling;

/// <summary>Turns aligned claim groups into facts: corroborated, single or conflicting.</summary>
public interface IReconciler
{
    /// <summary>Reconciles <paramref name="groups"/>: one fact per group, holding the group's claims.</summary>
    IReadOnlyList<Fact> Reconcile(IReadOnlyList<ClaimGroup> groups, Story story, CancellationToken cancellationToken = default);
}
