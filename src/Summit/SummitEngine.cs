using Microsoft.Extensions.DependencyInjection;
using Summit.Alignment;
using Summit.Claims;
using Summit.Documents;
using Summit.Entities;
using Summit.Reconciling;
using Summit.Text;
using Summit.Time;
using Summit.Timelines;

namespace Summit;

/// <summary>
/// The default <see cref="ISummit"/>: runs every stage in order (read, analyse, resolve entities,
/// date, tag time, extract claims, align, reconcile, build the timeline). Reports are analysed in
/// parallel; the output never depends on thread timing.
/// </summary>
public sealed class SummitEngine : ISummit
{
    private readonly IReportReader _reader;
    private readonly ITextAnalyzer _analyzer;
    private readonly IEntityResolver _entities;
    private readonly ITemporalTagger _tagger;
    private readonly IPublicationDateInferrer _dater;
    private readonly IClaimExtractor _claims;
    private readonly IClaimAligner _aligner;
    private readonly IReconciler _reconciler;
    private readonly ITimelineBuilder _timeline;
    private readonly SummitOptions _options;

    /// <summary>Creates the engine from its stages.</summary>
    /// <exception cref="ArgumentNullException">A stage or the options are null.</exception>
    public SummitEngine(IReportReader reader, ITextAnalyzer analyzer, IEntityResolver entities, ITemporalTagger tagger,
        IPublicationDateInferrer dater, IClaimExtractor claims, IClaimAligner aligner, IReconciler reconciler,
        ITimelineBuilder timeline, SummitOptions options)
    {
        _reader = reader ?? throw new ArgumentNullException(nameof(reader));
        _analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));
        _entities = entities ?? throw new ArgumentNullException(nameof(entities));
        _tagger = tagger ?? throw new ArgumentNullException(nameof(tagger));
        _dater = dater ?? throw new ArgumentNullException(nameof(dater));
        _claims = claims ?? throw new ArgumentNullException(nameof(claims));
        _aligner = aligner ?? throw new ArgumentNullException(nameof(aligner));
        _reconciler = reconciler ?? throw new ArgumentNullException(nameof(reconciler));
        _timeline = timeline ?? throw new ArgumentNullException(nameof(timeline));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _options.Validate();
    }

    /// <summary>
    /// Creates an engine with the default stages without a container of your own: the engine <c>AddSummit</c>
    /// registers, resolved from a service collection of its own.
    /// </summary>
    /// <param name="configure">Changes to the default options, if any.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (<see cref="SummitOptions.Validate"/>).</exception>
    public static SummitEngine CreateDefault(Action<SummitOptions>? configure = null)
    {
        // Nothing the default stages hold needs disposing, so the provider is left to the collector with them.
        var provider = new ServiceCollection().AddSummit(configure).BuildServiceProvider();
        return (SummitEngine)provider.GetRequiredService<ISummit>();
    }

    /// <summary>
    /// Creates an engine with the default stages whose aligner asks <paramref name="judge"/> about the pairs of
    /// claims its lexical judgement leaves undecided (<see cref="Alignment.IStatementJudge"/>), without a DI container.
    /// </summary>
    /// <param name="judge">The second opinion, such as Summit.Semantic's <c>SemanticJudge</c>.</param>
    /// <param name="configure">Changes to the default options, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="judge"/> is null.</exception>
    public static SummitEngine CreateDefault(Alignment.IStatementJudge judge, Action<SummitOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(judge);
        var services = new ServiceCollection();
        services.AddSingleton(judge);
        return (SummitEngine)services.AddSummit(configure).BuildServiceProvider().GetRequiredService<ISummit>();
    }

    /// <inheritdoc />
    public Reconciliation Reconcile(IEnumerable<ReportInput> reports, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var inputs = reports.ToArray();
        if (inputs.Length == 0) throw new SummitException("No reports were given.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            ArgumentNullException.ThrowIfNull(input, nameof(reports));
            if (!seen.Add(input.Id)) throw new SummitException($"Two reports have the id '{input.Id}'.") { ReportId = input.Id };
            // a page's markup has its own, larger limit; the text extracted from it is checked once read
            if (ReportReader.IsHtml(input.MediaType))
            {
                if (input.Text.Length > _options.MaxHtmlLength)
                    throw new SummitException($"Report '{input.Id}' is an HTML page of {input.Text.Length:N0} characters, more than the {_options.MaxHtmlLength:N0} allowed (SummitOptions.MaxHtmlLength).") { ReportId = input.Id };
            }
            else if (input.Text.Length > _options.MaxReportLength)
                throw new SummitException($"Report '{input.Id}' has {input.Text.Length:N0} characters, more than the {_options.MaxReportLength:N0} allowed (SummitOptions.MaxReportLength).") { ReportId = input.Id };
        }

        var diagnostics = new List<Diagnostic>();
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism };

        // Read and analyse each report independently; results land in input order.
        var analyses = new TextAnalysis[inputs.Length];
        RunParallel(inputs.Length, parallel, i =>
        {
            var report = _reader.Read(inputs[i], cancellationToken);
            if (report.Text.Length > _options.MaxReportLength)
                throw new SummitException($"Report '{inputs[i].Id}' has {report.Text.Length:N0} characters of text, more than the {_options.MaxReportLength:N0} allowed (SummitOptions.MaxReportLength).") { ReportId = inputs[i].Id };
            analyses[i] = _analyzer.Analyze(report, cancellationToken);
        });
        foreach (var a in analyses)
        {
            int words = a.Tokens.Count(t => t.Kind == TokenKind.Word);
            if (a.Sentences.Count == 0 || words == 0)
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "SUM001", $"Report '{a.Report.Id}' has no sentence that can state a claim.", a.Report.Id));
            if (LanguageCheck.LooksNonEnglish(a))
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "SUM004",
                    $"Report '{a.Report.Id}' does not look like English (Summit reads English only); its claims and times may be missing or wrong.", a.Report.Id));
        }

        // Date the undated reports from their siblings and their own tenses.
        var known = analyses.Where(a => a.Report.Published is not null).Select(a => a.Report.Published!.Value).ToArray();
        for (int i = 0; i < analyses.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var report = analyses[i].Report;
            if (report.Published is not null) continue;
            var inference = _dater.Infer(analyses[i], known, cancellationToken);
            if (inference is null)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "SUM002", $"Report '{report.Id}' gives no date and none could be inferred; its relative time expressions stay unresolved.", report.Id));
                continue;
            }
            // the same analysis (tokens, mentions, figures …) of the report, now dated
            analyses[i] = analyses[i] with { Report = report with { Published = inference.Date, PublishedInferred = true } };
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "SUM003", $"Report '{report.Id}' dated {inference.Date:yyyy-MM-dd} by inference: {inference.Reason}", report.Id));
        }

        var entities = _entities.Resolve(analyses, cancellationToken);

        var times = new IReadOnlyList<TimeExpression>[analyses.Length];
        var claims = new IReadOnlyList<Claim>[analyses.Length];
        var failed = new Exception?[analyses.Length];
        RunParallel(analyses.Length, parallel, i =>
        {
            times[i] = _tagger.Tag(analyses[i], analyses[i].Report.Published, cancellationToken);
            try
            {
                claims[i] = _claims.Extract(analyses[i], entities, times[i], cancellationToken);
            }
            catch (Exception e) when (e is not (OperationCanceledException or SummitException))
            {
                // a defect of the extractor on one report's text must not cost the story: the report stays, without claims
                claims[i] = [];
                failed[i] = e;
            }
        });
        for (int i = 0; i < analyses.Length; i++)
            if (failed[i] is { } e)
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "SUM006",
                    $"Report '{analyses[i].Report.Id}': no claims could be extracted from it ({e.GetType().Name}: {e.Message}); it stays in the story without claims. This is a defect of the claim extractor: please report it with the report's text.",
                    analyses[i].Report.Id));

        for (int i = 0; i < analyses.Length; i++)
        {
            // a dated report's expression left unanchored points past the calendar ("10000 years ago", "next year" in 9999)
            var report = analyses[i].Report;
            if (report.Published is null) continue;
            foreach (var t in times[i].Where(t => !t.Anchored))
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "SUM005",
                    $"Report '{report.Id}': '{t.Text}' at {t.Span.Start} cannot be placed on the calendar from the report's date {report.Published:yyyy-MM-dd} (it falls outside the years 1 to 9999); it stays unresolved ({t.Value}).", report.Id));
        }

        var allTimes = times.SelectMany(t => t).ToArray();
        var allClaims = claims.SelectMany(c => c).ToArray();
        var story = new Story(analyses, entities, allTimes);
        var groups = _aligner.Align(allClaims, story, cancellationToken);
        var facts = _reconciler.Reconcile(groups, story, cancellationToken);
        var timeline = _timeline.Build(facts, story, cancellationToken);

        return new Reconciliation(analyses.Select(a => a.Report).ToArray(), analyses, allClaims, facts, timeline, entities, allTimes, diagnostics);
    }

    /// <summary>
    /// Runs <paramref name="body"/> for 0..count-1 in parallel; a stage's exception (a <see cref="SummitException"/>
    /// for unreadable input first, a cancellation next, else the first) surfaces as itself, not wrapped in an <see cref="AggregateException"/>.
    /// </summary>
    private static void RunParallel(int count, ParallelOptions options, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, options, body);
        }
        catch (AggregateException e) when ((e.Flatten().InnerExceptions.FirstOrDefault(x => x is SummitException or OperationCanceledException)
                                            ?? e.Flatten().InnerExceptions.FirstOrDefault()) is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(inner).Throw();
        }
    }
}
