using Summit.Text;

namespace Summit.Time;

/// <summary>Finds time expressions in a report and resolves them to TIMEX3 values.</summary>
public interface ITemporalTagger
{
    /// <summary>
    /// Tags <paramref name="analysis"/>, anchoring relative expressions on <paramref name="anchor"/>
    /// (the report's date). Without an anchor, relative expressions keep X placeholders.
    /// </summary>
    IReadOnlyList<TimeExpression> Tag(TextAnalysis analysis, DateOnly? anchor, CancellationToken cancellationToken = default);
}

/// <summary>An inferred publication date and why.</summary>
/// <param name="Date">The date.</param>
/// <param name="Reason">How it was inferred, for a person.</param>
public sealed record DateInference(DateOnly Date, string Reason);

/// <summary>Infers the publication date of a report that gives none.</summary>
public interface IPublicationDateInferrer
{
    /// <summary>
    /// Infers the date of <paramref name="undated"/> from the dates of the other reports of the
    /// story (<paramref name="siblingDates"/>) and the report's own time expressions and tenses;
    /// null when nothing supports a date.
    /// </summary>
    DateInference? Infer(TextAnalysis undated, IReadOnlyList<DateOnly> siblingDates, CancellationToken cancellationToken = default);
}
