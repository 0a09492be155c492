using Summit.Text;

namespace Summit.Entities;

/// <summary>Groups entity mentions into entities, within each report and across reports.</summary>
public interface IEntityResolver
{
    /// <summary>Resolves the mentions of all <paramref name="analyses"/>.</summary>
    EntityResolution Resolve(IReadOnlyList<TextAnalysis> analyses, CancellationToken cancellationToken = default);
}
