using Summit.Alignment;
using Summit.Claims;
using Summit.Documents;
using Summit.Entities;
using Summit.Quantities;
using Summit.Reconciling;
using Summit.Rendering;
using Summit.Text;
using Summit.Time;
using Summit.Timelines;

namespace Summit.DependencyInjection;

/// <summary>The one place that knows which implementation is the default for each stage.</summary>
internal static class DefaultStages
{
    public static IReportReader Reader() => new ReportReader();
    public static ITextAnalyzer Analyzer() => new TextAnalyzer();
    public static IEntityResolver EntityResolver() => new EntityResolver();
    public static ITemporalTagger Tagger() => new TemporalTagger();
    public static IPublicationDateInferrer DateInferrer(ITemporalTagger tagger) => new PublicationDateInferrer(tagger);
    public static IClaimExtractor ClaimExtractor() => new ClaimExtractor();
    public static IClaimAligner Aligner(SummitOptions options, IStatementJudge? judge = null) => new ClaimAligner(options, judge);
    public static IReconciler Reconciler(IOutletDirectory outlets, IQuantityRecognizer quantities, IQuantityComparer comparer) =>
        new Reconciler(outlets, quantities, comparer);
    public static ITimelineBuilder TimelineBuilder() => new TimelineBuilder();

    public static IEnumerable<Type> Renderers() =>
        [typeof(JsonRenderer), typeof(TextRenderer), typeof(MarkdownRenderer), typeof(HtmlRenderer)];

    public static SummitEngine CreateEngine(SummitOptions options, IStatementJudge? judge = null)
    {
        var tagger = Tagger();
        return new SummitEngine(Reader(), Analyzer(), EntityResolver(), tagger, DateInferrer(tagger), ClaimExtractor(),
            Aligner(options, judge), Reconciler(Outlets.Default, new QuantityRecognizer(options.Quantities), new QuantityComparer(options.Quantities)),
            TimelineBuilder(), options);
    }
}
