using Summit.Alignment;
using Summit.Claims;

namespace Summit.Reconciling;

/// <summary>Turns aligned claim groups into facts: corroborated, single or conflicting.</summary>
public interface IReconciler
{
    /// <summary>Reconciles <paramref name="groups"/> of <paramref name="claims"/>.</summary>
    IReadOnlyList<Fact> Reconcile(IReadOnlyList<ClaimGroup> groups, IReadOnlyList<Claim> claims, Story story,
        CancellationToken cancellationToken = default);
}
