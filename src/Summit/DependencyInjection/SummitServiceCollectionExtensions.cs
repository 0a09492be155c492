using Microsoft.Extensions.DependencyInjection.Extensions;
using Summit;
using Summit.DependencyInjection;
using Summit.Alignment;
using Summit.Claims;
using Summit.Documents;
using Summit.Quantities;
using Summit.Entities;
using Summit.Reconciling;
using Summit.Rendering;
using Summit.Text;
using Summit.Time;
using Summit.Timelines;

// Extension methods for IServiceCollection live in its namespace, as the framework's own do.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Summit with a service collection.</summary>
public static class SummitServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISummit"/> and every default stage as singletons with <c>TryAdd</c>, so
    /// a stage the caller registered before (an <see cref="IClaimExtractor"/> of their own, say) wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the default <see cref="SummitOptions"/>, if any.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddSummit(this IServiceCollection services, Action<SummitOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new SummitOptions();
        configure?.Invoke(options);
        options.Validate();
        services.TryAddSingleton(options);
        services.TryAddSingleton<IReportReader>(_ => DefaultStages.Reader());
        services.TryAddSingleton<ITextAnalyzer>(_ => DefaultStages.Analyzer());
        services.TryAddSingleton<IEntityResolver>(_ => DefaultStages.EntityResolver());
        services.TryAddSingleton<ITemporalTagger>(_ => DefaultStages.Tagger());
        services.TryAddSingleton<IPublicationDateInferrer>(sp => DefaultStages.DateInferrer(sp.GetRequiredService<ITemporalTagger>()));
        services.TryAddSingleton<IClaimExtractor>(_ => DefaultStages.ClaimExtractor());
        // an IStatementJudge, when one is registered (Summit.Semantic's AddSummitSemantic), is the aligner's second opinion
        services.TryAddSingleton<IClaimAligner>(sp => DefaultStages.Aligner(sp.GetRequiredService<SummitOptions>(), sp.GetService<IStatementJudge>()));
        services.TryAddSingleton<IOutletDirectory>(_ => Outlets.Default);
        services.TryAddSingleton<IQuantityRecognizer>(sp => new QuantityRecognizer(sp.GetRequiredService<SummitOptions>().Quantities));
        services.TryAddSingleton<IQuantityComparer>(sp => new QuantityComparer(sp.GetRequiredService<SummitOptions>().Quantities));
        services.TryAddSingleton<IReconciler>(sp => DefaultStages.Reconciler(sp.GetRequiredService<IOutletDirectory>(),
            sp.GetRequiredService<IQuantityRecognizer>(), sp.GetRequiredService<IQuantityComparer>()));
        services.TryAddSingleton<ITimelineBuilder>(_ => DefaultStages.TimelineBuilder());
        services.TryAddEnumerable(DefaultStages.Renderers().Select(r => ServiceDescriptor.Singleton(typeof(IReconciliationRenderer), r)));
        services.TryAddSingleton<ISummit>(sp => new SummitEngine(
            sp.GetRequiredService<IReportReader>(), sp.GetRequiredService<ITextAnalyzer>(), sp.GetRequiredService<IEntityResolver>(),
            sp.GetRequiredService<ITemporalTagger>(), sp.GetRequiredService<IPublicationDateInferrer>(), sp.GetRequiredService<IClaimExtractor>(),
            sp.GetRequiredService<IClaimAligner>(), sp.GetRequiredService<IReconciler>(), sp.GetRequiredService<ITimelineBuilder>(),
            sp.GetRequiredService<SummitOptions>()));
        return services;
    }
}
