using Summit.Claims;

namespace Summit.Reconciling;

/// <summary>Whether the reports agree on a fact.</summary>
public enum FactStatus
{
    /// <summary>Two or more independent reports state it.</summary>
    Corroborated,
    /// <summary>One report (or one source's copy) states it.</summary>
    Single,
    /// <summary>Reports state incompatible values for it.</summary>
    Conflicting,
}

/// <summary>One report's side of a conflict: the value it gives and the claim that gives it.</summary>
/// <param name="Claim">The claim that states the value: the passage a person checks.</param>
/// <param name="Source">The report's outlet (its id where the outlet is unknown).</param>
/// <param name="Value">The value it gives: a TIMEX value for a date, <c>yes</c> or <c>no</c> for polarity, the figure as written.</param>
public sealed record ConflictingValue(Claim Claim, string Source, string Value)
{
    /// <summary>The report that gives the value.</summary>
    public string ReportId => Claim.ReportId;
}

/// <summary>Two reports that disagree on one slot of a fact. The renderers word why.</summary>
/// <param name="Slot">The slot: <c>number</c>, <c>date</c>, <c>place</c>, <c>person</c>, <c>polarity</c>…</param>
/// <param name="First">One report's side (the claim told first in the fact).</param>
/// <param name="Second">The other report's side.</param>
public sealed record Conflict(string Slot, ConflictingValue First, ConflictingValue Second)
{
    /// <summary>Each report's value, by report id.</summary>
    public IReadOnlyDictionary<string, string> Values =>
        new Dictionary<string, string>(StringComparer.Ordinal) { [First.ReportId] = First.Value, [Second.ReportId] = Second.Value };

    /// <summary>For a figure (<c>number</c>, <c>amount</c>, <c>distance</c>…): how the two figures compared, in one unit; null otherwise.</summary>
    public Summit.Quantities.QuantityComparison? Comparison { get; init; }
}

/// <summary>How one report is more specific than another on a fact: an agreement, not a conflict. The renderers word it.</summary>
/// <param name="ReportId">The more specific report.</param>
/// <param name="Source">Its outlet (its id where the outlet is unknown).</param>
/// <param name="Slot">What it adds to: <c>person</c>, <c>place</c>, <c>organisation</c>, <c>detail</c>, <c>time</c>.</param>
/// <param name="Value">What it adds: a name ("Lars Holm"), a word ("state"), a time as written ("on Tuesday morning").</param>
public sealed record Refinement(string ReportId, string Source, string Slot, string Value)
{
    /// <summary>For a place named more precisely: the other reports' place that holds it ("Kenya" for "Nairobi").</summary>
    public string? Within { get; init; }

    /// <summary>For a detail: the word both reports name that <see cref="Value"/> narrows ("television").</summary>
    public string? Narrows { get; init; }

    /// <summary>For a time: the TIMEX value of <see cref="Value"/>.</summary>
    public string? Time { get; init; }
}

/// <summary>What a <see cref="FactNote"/> tells.</summary>
public enum FactNoteKind
{
    /// <summary>The sources are not independent (one text republished, one owner or an agency's copy): they count as one.</summary>
    NotIndependent,
    /// <summary>Several reports state it, all of one outlet.</summary>
    OneOutlet,
}

/// <summary>A note for a person about a fact's sources. The renderers word it.</summary>
/// <param name="Kind">What it tells.</param>
/// <param name="Sources">The outlets it is about.</param>
/// <param name="Reports">How many reports it is about.</param>
public sealed record FactNote(FactNoteKind Kind, IReadOnlyList<string> Sources, int Reports);

/// <summary>One fact of the merged account and the claims that state it.</summary>
public sealed record Fact
{
    /// <summary>Creates a fact.</summary>
    public Fact(string id, FactStatus status, IReadOnlyList<Claim> claims, IReadOnlyList<string> sources, string summary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(summary);
        if (claims.Count == 0) throw new ArgumentException("A fact holds at least one claim.", nameof(claims));
        if (claims.Contains(null!)) throw new ArgumentException("A fact's claims are not null.", nameof(claims));
        Id = id;
        Status = status;
        Claims = claims;
        ClaimIds = claims.Select(c => c.Id).ToArray();
        Sources = sources;
        Summary = summary;
    }

    /// <summary>A unique id ("f1").</summary>
    public string Id { get; }

    /// <summary>Whether the reports agree.</summary>
    public FactStatus Status { get; }

    /// <summary>The claims that state it.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>The ids of <see cref="Claims"/>, in the same order (what the JSON output lists).</summary>
    public IReadOnlyList<string> ClaimIds { get; }

    /// <summary>
    /// Whether a clause states it (a claim of kind <see cref="ClaimKind.Clause"/>); false for a fact of further events
    /// only ("the earthquake", "taking three hostages" told in several reports): event coreference, which the timeline
    /// leaves out, its events being told by the clauses around them.
    /// </summary>
    public bool Statement => Claims.Any(c => c.Kind == ClaimKind.Clause);

    /// <summary>The outlets that state it, in order of first claim.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The merged statement.</summary>
    public string Summary { get; }

    /// <summary>The TIMEX value of when it happened, if the reports say.</summary>
    public string? Time { get; init; }

    /// <summary>The precision of <see cref="Time"/>.</summary>
    public Summit.Time.Granularity Granularity { get; init; }

    /// <summary>The slots the reports disagree on.</summary>
    public IReadOnlyList<Conflict> Conflicts { get; init; } = Array.Empty<Conflict>();

    /// <summary>Where one report is more specific than another.</summary>
    public IReadOnlyList<Refinement> Refinements { get; init; } = Array.Empty<Refinement>();

    /// <summary>How far to trust it, in [0, 1]: more independent sources raise it, attribution and hedging lower it.</summary>
    public double Confidence { get; init; }

    /// <summary>Notes for a person, e.g. that two reports are one wire story republished.</summary>
    public IReadOnlyList<FactNote> Notes { get; init; } = Array.Empty<FactNote>();
}
