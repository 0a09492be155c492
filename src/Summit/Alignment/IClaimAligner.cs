using Summit.Claims;

namespace Summit.Alignment;

/// <summary>Groups the claims of all reports into candidate facts, without comparing every pair.</summary>
public interface IClaimAligner
{
    /// <summary>Aligns <paramref name="claims"/>; every claim lands in exactly one group.</summary>
    IReadOnlyList<ClaimGroup> Align(IReadOnlyList<Claim> claims, Story story, CancellationToken cancellationToken = default);
}
