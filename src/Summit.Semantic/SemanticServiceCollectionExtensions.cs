using Microsoft.Extensions.DependencyInjection.Extensions;
using Summit.Alignment;
using Summit.Semantic;

// Extension methods for IServiceCollection live in its namespace, as the framework's own do.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Summit.Semantic with a service collection.</summary>
public static class SemanticServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="SemanticJudge"/> as the <see cref="IStatementJudge"/> (a singleton, with <c>TryAdd</c>) that
    /// Summit's default aligner asks about the pairs of claims its lexical score leaves undecided. Call it after
    /// <c>AddSummit()</c>. The model is loaded when first used; its files are checked when the judge is made.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelDirectory">The folder holding <c>model.onnx</c> and <c>vocab.txt</c>; null for <see cref="SentenceEmbedder.DefaultModelDirectory"/>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddSummitSemantic(this IServiceCollection services, string? modelDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => new SemanticJudge(modelDirectory));
        services.TryAddSingleton<IStatementJudge>(sp => sp.GetRequiredService<SemanticJudge>());
        return services;
    }
}
