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

/// <summary>Reports that disagree on one slot of a fact.</summary>
/// <param name="Slot">The slot: <c>number</c>, <c>date</c>, <c>place</c>, <c>person</c>, <c>polarity</c>…</param>
/// <param name="Values">Each report's value, by report id.</param>
/// <param name="Reason">Why the values cannot both hold, for a person to check.</param>
public sealed record Conflict(string Slot, IReadOnlyDictionary<string, string> Values, string Reason);

/// <summary>How one report is more specific than another on a fact: an agreement, not a conflict.</summary>
/// <param name="ReportId">The more specific report.</param>
/// <param name="Slot">What it adds to: <c>place</c>, <c>person</c>, <c>time</c>, <c>detail</c>…</param>
/// <param name="Description">What it adds ("names the spokesman: Lars Holm").</param>
public sealed record Refinement(string ReportId, string Slot, string Description);

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
    public IReadOnlyList<string> Notes { get; init; } = Array.Empty<string>();
}
