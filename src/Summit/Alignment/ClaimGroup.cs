using Summit.Claims;

namespace Summit.Alignment;

/// <summary>A link between two claims of different reports and how alike they are.</summary>
/// <param name="First">One claim.</param>
/// <param name="Second">The other claim.</param>
/// <param name="Score">The alignment score in [0, 1].</param>
public sealed record ClaimLink(Claim First, Claim Second, double Score);

/// <summary>Claims the aligner judged to state one fact, with the links that joined them.</summary>
/// <param name="Claims">The claims, in input order.</param>
/// <param name="Links">The scored cross-report links inside the group.</param>
public sealed record ClaimGroup(IReadOnlyList<Claim> Claims, IReadOnlyList<ClaimLink> Links);
