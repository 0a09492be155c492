using Microsoft.Extensions.DependencyInjection.Extensions;
using Summit.Alignment;
using Summit.Claims;
using Summit.Documents;
using Summit.Entities;
using Summit.Lexical;
using Summit.Quantities;
using Summit.Reconciling;
using Summit.Rendering;
using Summit.Text;
using Summit.Time;
using Summit.Timelines;
using Summit;

// Extension methods for IServiceCollection live in its namespace, as the framework's own do.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Summit with a service collection: the one place that wires the engine.</summary>
public static class SummitServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISummit"/>, every default stage and the shared <see cref="LexicalResources"/> as singletons
    /// with <c>TryAdd</c>, so a service the caller registered before wins: a stage of their own (an
    /// <see cref="IClaimExtractor"/>, say), a whole <see cref="LexicalResources"/>, or one of its parts (a
    /// <see cref="Gazetteer"/>, an <see cref="IOutletDirectory"/>, an <see cref="IExchangeRates"/>), which every stage then reads.
    /// <see cref="SummitEngine.CreateDefault(Action{SummitOptions})"/> builds its engine from these registrations.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the default <see cref="SummitOptions"/>, if any.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (<see cref="SummitOptions.Validate"/>).</exception>
    public static IServiceCollection AddSummit(this IServiceCollection services, Action<SummitOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new SummitOptions();
        configure?.Invoke(options);
        options.Validate(); // here, so that a bad option fails where it is set, not when the engine is first resolved
        services.TryAddSingleton(options);
        services.TryAddSingleton(sp =>
        {
            var lexicon = new LexicalResources(sp.GetService<Gazetteer>(), sp.GetService<IOutletDirectory>(), sp.GetService<IExchangeRates>());
            lexicon.LoadInBackground(); // the engine's first report need not wait for all of it
            return lexicon;
        });
        services.TryAddSingleton<IReportReader>(sp => new ReportReader(sp.GetRequiredService<LexicalResources>()));
        services.TryAddSingleton<ITextAnalyzer>(sp => new TextAnalyzer(sp.GetRequiredService<LexicalResources>(), sp.GetRequiredService<IQuantityRecognizer>()));
        services.TryAddSingleton<IEntityResolver>(sp => new EntityResolver(sp.GetRequiredService<LexicalResources>()));
        services.TryAddSingleton<ITemporalTagger>(sp => new TemporalTagger(sp.GetRequiredService<LexicalResources>()));
        services.TryAddSingleton<IPublicationDateInferrer>(sp => new PublicationDateInferrer(sp.GetRequiredService<ITemporalTagger>()));
        services.TryAddSingleton<IClaimExtractor>(sp => new ClaimExtractor(sp.GetRequiredService<LexicalResources>()));
        // an IStatementJudge, when one is registered (Summit.Semantic's AddSummitSemantic), is the aligner's second opinion
        services.TryAddSingleton<IClaimAligner>(sp => new ClaimAligner(sp.GetRequiredService<SummitOptions>(), sp.GetRequiredService<LexicalResources>(),
            sp.GetService<IStatementJudge>()));
        services.TryAddSingleton<IQuantityRecognizer>(sp => new QuantityRecognizer(sp.GetRequiredService<SummitOptions>().Quantities, sp.GetRequiredService<LexicalResources>()));
        services.TryAddSingleton<IQuantityComparer>(sp => new QuantityComparer(sp.GetRequiredService<SummitOptions>().Quantities, sp.GetRequiredService<LexicalResources>().ExchangeRates));
        services.TryAddSingleton<IReconciler>(sp => new Reconciler(sp.GetRequiredService<LexicalResources>(), sp.GetRequiredService<IQuantityComparer>()));
        services.TryAddSingleton<ITimelineBuilder>(_ => new TimelineBuilder());
        services.TryAddEnumerable(
        [
            ServiceDescriptor.Singleton<IReconciliationRenderer, JsonRenderer>(), ServiceDescriptor.Singleton<IReconciliationRenderer, TextRenderer>(),
            ServiceDescriptor.Singleton<IReconciliationRenderer, MarkdownRenderer>(), ServiceDescriptor.Singleton<IReconciliationRenderer, HtmlRenderer>(),
        ]);
        services.TryAddSingleton<ISummit>(sp => new SummitEngine(
            sp.GetRequiredService<IReportReader>(), sp.GetRequiredService<ITextAnalyzer>(), sp.GetRequiredService<IEntityResolver>(),
            sp.GetRequiredService<ITemporalTagger>(), sp.GetRequiredService<IPublicationDateInferrer>(), sp.GetRequiredService<IClaimExtractor>(),
            sp.GetRequiredService<IClaimAligner>(), sp.GetRequiredService<IReconciler>(), sp.GetRequiredService<ITimelineBuilder>(),
            sp.GetRequiredService<SummitOptions>()));
        return services;
    }
}
