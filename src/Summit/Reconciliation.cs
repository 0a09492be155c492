using Summit.Claims;
using Summit.Documents;
using Summit.Entities;
using Summit.Reconciling;
using Summit.Timelines;
using Summit.Text;
using Summit.Time;

namespace Summit;

/// <summary>
/// Everything one run of Summit produced: the reports as read, their claims, the reconciled facts,
/// the merged timeline, entities, time expressions and any diagnostics. Immutable.
/// </summary>
public sealed record Reconciliation
{
    /// <summary>Creates the result.</summary>
    public Reconciliation(IReadOnlyList<Report> reports, IReadOnlyList<TextAnalysis> analyses, IReadOnlyList<Claim> claims,
        IReadOnlyList<Fact> facts, Timeline timeline, EntityResolution entities,
        IReadOnlyList<TimeExpression> timeExpressions, IReadOnlyList<Diagnostic> diagnostics)
    {
        Reports = reports ?? throw new ArgumentNullException(nameof(reports));
        Analyses = analyses ?? throw new ArgumentNullException(nameof(analyses));
        Claims = claims ?? throw new ArgumentNullException(nameof(claims));
        Facts = facts ?? throw new ArgumentNullException(nameof(facts));
        Timeline = timeline ?? throw new ArgumentNullException(nameof(timeline));
        Entities = entities ?? throw new ArgumentNullException(nameof(entities));
        TimeExpressions = timeExpressions ?? throw new ArgumentNullException(nameof(timeExpressions));
        Diagnostics = diagnostics ?? throw new ArgumentNullException(nameof(diagnostics));
    }

    /// <summary>The reports, in input order.</summary>
    public IReadOnlyList<Report> Reports { get; }

    /// <summary>The text layer of each report, in the order of <see cref="Reports"/>.</summary>
    public IReadOnlyList<TextAnalysis> Analyses { get; }

    /// <summary>All claims, by report then position.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>The reconciled facts.</summary>
    public IReadOnlyList<Fact> Facts { get; }

    /// <summary>The merged timeline of <see cref="Facts"/>.</summary>
    public Timeline Timeline { get; }

    /// <summary>The entities across all reports.</summary>
    public EntityResolution Entities { get; }

    /// <summary>All time expressions, by report then position.</summary>
    public IReadOnlyList<TimeExpression> TimeExpressions { get; }

    /// <summary>Problems met that did not stop the run.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The report with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No report has that id.</exception>
    public Report Report(string id) => Reports.FirstOrDefault(r => r.Id == id) ?? throw new KeyNotFoundException($"No report '{id}'.");

    /// <summary>The claim with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No claim has that id.</exception>
    public Claim Claim(string id) => Claims.FirstOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"No claim '{id}'.");

    /// <summary>The fact with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No fact has that id.</exception>
    public Fact Fact(string id) => Facts.FirstOrDefault(f => f.Id == id) ?? throw new KeyNotFoundException($"No fact '{id}'.");
}
