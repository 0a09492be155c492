using Summit.Documents;
using Summit.Entities;
using Summit.Text;
using Summit.Time;

namespace Summit;

/// <summary>
/// What the later stages (alignment, reconciliation, timeline) know about the reports of one
/// story: the reports as read, their text layers, entities and time expressions.
/// </summary>
public sealed record Story
{
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates the story.</summary>
    /// <exception cref="ArgumentException">The lists differ in length or report ids repeat.</exception>
    public Story(IReadOnlyList<TextAnalysis> analyses, EntityResolution entities, IReadOnlyList<TimeExpression> timeExpressions)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        Analyses = analyses;
        Entities = entities ?? throw new ArgumentNullException(nameof(entities));
        TimeExpressions = timeExpressions ?? throw new ArgumentNullException(nameof(timeExpressions));
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < analyses.Count; i++)
            if (!_index.TryAdd(analyses[i].Report.Id, i)) throw new ArgumentException($"Report id '{analyses[i].Report.Id}' is used twice.", nameof(analyses));
    }

    /// <summary>The text layer of each report, in input order.</summary>
    public IReadOnlyList<TextAnalysis> Analyses { get; }

    /// <summary>The entities across all reports.</summary>
    public EntityResolution Entities { get; }

    /// <summary>All time expressions.</summary>
    public IReadOnlyList<TimeExpression> TimeExpressions { get; }

    /// <summary>The report with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No report has that id.</exception>
    public Report Report(string id) => Analysis(id).Report;

    /// <summary>The text layer of report <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No report has that id.</exception>
    public TextAnalysis Analysis(string id) =>
        _index.TryGetValue(id, out var i) ? Analyses[i] : throw new KeyNotFoundException($"No report '{id}'.");

    /// <summary>The position of report <paramref name="id"/> in input order.</summary>
    public int IndexOf(string id) => _index.TryGetValue(id, out var i) ? i : -1;

    /// <summary>The outlet name of report <paramref name="id"/>, or its id where the outlet is unknown.</summary>
    public string SourceOf(string id) => Report(id).Source ?? id;
}
