using Summit.Entities;
using Summit.Text;
using Summit.Time;

namespace Summit.Claims;

/// <summary>Extracts the claims one report makes.</summary>
public interface IClaimExtractor
{
    /// <summary>Extracts the claims of <paramref name="analysis"/>.</summary>
    /// <param name="analysis">The report's text layer.</param>
    /// <param name="entities">The resolved entities of the whole story.</param>
    /// <param name="timeExpressions">The report's time expressions, resolved.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    IReadOnlyList<Claim> Extract(TextAnalysis analysis, EntityResolution entities, IReadOnlyList<TimeExpression> timeExpressions,
        CancellationToken cancellationToken = default);
}
