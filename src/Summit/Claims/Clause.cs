namespace Summit.Claims;

/// <summary>A clause of a sentence (token indices): its verb groups and what the rules found of its source.</summary>
internal sealed class Clause
{
    public int Start;
    public int End; // exclusive token index
    public List<Group> Groups { get; } = [];
    public string? Attribution;
    public string? AttributionId;
    public bool QuoteClaim;
    public bool AttributionOnly;
    public bool Since;
    public Modality? ForcedModality;
    /// <summary>Where the clause's own words begin when a condition was folded in before them ("If it rains, the match …").</summary>
    public int? SubjectFrom;
    /// <summary>
    /// A relative clause inside this one, between its subject and its verb ("Two jurors [who spoke …] said …"): a claim
    /// of its own, so its words name neither this clause's subject nor its time.
    /// </summary>
    public (int From, int To)? Inner;
    /// <summary>This clause lies inside another's span (it is that clause's <see cref="Inner"/>).</summary>
    public bool Nested;
}
