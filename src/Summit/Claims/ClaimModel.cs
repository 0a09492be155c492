using Summit.Documents;
using Summit.Time;

namespace Summit.Claims;

/// <summary>How firmly a report states a claim.</summary>
public enum Modality
{
    /// <summary>Stated as fact, in the report's own voice.</summary>
    Asserted,
    /// <summary>Stated as what someone said or reported (see <see cref="Claim.Attribution"/>).</summary>
    Reported,
    /// <summary>Expected or scheduled: "is expected to", "was due to", "will".</summary>
    Expected,
    /// <summary>Intended: "plans to", "intends to".</summary>
    Planned,
    /// <summary>Hoped or wished: "hopes", "is hoping".</summary>
    Hoped,
    /// <summary>Probable: "likely", "could", "may".</summary>
    Likely,
    /// <summary>Improbable: "unlikely".</summary>
    Unlikely,
    /// <summary>Denied by someone: "accusations the company denies".</summary>
    Denied,
}

/// <summary>The tense of a claim's verb group: when the report places the event relative to its own date.</summary>
public enum Tense
{
    /// <summary>Not told (no finite verb found).</summary>
    Unknown,
    /// <summary>Past: "arrived", "had visited", "was removed".</summary>
    Past,
    /// <summary>Present: "is looking", "remains", "has held".</summary>
    Present,
    /// <summary>Future or scheduled: "will sit down", "is expected to", "plans to".</summary>
    Future,
}

/// <summary>What a claim's text is: a clause, or one further event inside a clause.</summary>
public enum ClaimKind
{
    /// <summary>A clause: subject, finite verb, object ("Gunmen stormed the bank").</summary>
    Clause,
    /// <summary>
    /// A further predicate inside a clause, sharing its subject, time and source: a participle, a coordinated or
    /// infinitive verb ("taking three hostages", "to flee"). Its span lies inside its clause's.
    /// </summary>
    Predicate,
    /// <summary>An event named by a noun ("the earthquake", "her arrest"). Its span lies inside its clause's.</summary>
    Nominal,
}

/// <summary>A further argument of a claim: where, how, to whom.</summary>
/// <param name="Role">The role: <c>place</c>, <c>instrument</c>, <c>recipient</c>, <c>topic</c>, <c>quantity</c>…</param>
/// <param name="Text">The argument as printed.</param>
/// <param name="Span">Where it is.</param>
/// <param name="EntityId">The entity it names, if resolved.</param>
public sealed record ClaimArgument(string Role, string Text, Span Span, string? EntityId = null);

/// <summary>
/// One statement a report makes: who did what, to whom, where, when, on whose word, how firmly,
/// with the span of its evidence.
/// </summary>
public sealed record Claim
{
    /// <summary>Creates a claim.</summary>
    /// <exception cref="ArgumentException">The id, report or predicate is blank, or the text is not the span's.</exception>
    public Claim(string id, string reportId, Span span, string text, string predicate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(reportId);
        ArgumentException.ThrowIfNullOrWhiteSpace(predicate);
        ArgumentNullException.ThrowIfNull(text);
        if (span.Length != text.Length) throw new ArgumentException("The text must be the span's text.", nameof(text));
        Id = id;
        ReportId = reportId;
        Span = span;
        Text = text;
        Predicate = predicate;
    }

    /// <summary>A unique id ("afp-c3").</summary>
    public string Id { get; }

    /// <summary>The report that makes the claim.</summary>
    public string ReportId { get; }

    /// <summary>The evidence: the span of the report's text that states it.</summary>
    public Span Span { get; }

    /// <summary>The text at <see cref="Span"/>.</summary>
    public string Text { get; }

    /// <summary>A clause, or a further event inside one (<see cref="ClaimKind"/>).</summary>
    public ClaimKind Kind { get; init; } = ClaimKind.Clause;

    /// <summary>The index of the sentence it comes from.</summary>
    public int Sentence { get; init; }

    /// <summary>The subject as printed, if any.</summary>
    public string? Subject { get; init; }

    /// <summary>The entity the subject names, if resolved.</summary>
    public string? SubjectEntityId { get; init; }

    /// <summary>The predicate's lemma ("arrive").</summary>
    public string Predicate { get; }

    /// <summary>The object as printed, if any.</summary>
    public string? Object { get; init; }

    /// <summary>The entity the object names, if resolved.</summary>
    public string? ObjectEntityId { get; init; }

    /// <summary>Further arguments: place, instrument, recipient…</summary>
    public IReadOnlyList<ClaimArgument> Arguments { get; init; } = Array.Empty<ClaimArgument>();

    /// <summary>Who the report says the claim comes from ("a senior party official"), or null when the report asserts it.</summary>
    public string? Attribution { get; init; }

    /// <summary>The entity of <see cref="Attribution"/>, if resolved.</summary>
    public string? AttributionEntityId { get; init; }

    /// <summary>How firmly it is stated.</summary>
    public Modality Modality { get; init; } = Modality.Asserted;

    /// <summary>The tense of its verb group.</summary>
    public Tense Tense { get; init; }

    /// <summary>Whether the statement is negated ("did not arrive").</summary>
    public bool Negated { get; init; }

    /// <summary>The time of the event the claim states, if the report gives one.</summary>
    public TimeExpression? Time { get; init; }

    /// <summary>Every entity the claim mentions (subject, object, arguments and the rest), by id.</summary>
    public IReadOnlyList<string> EntityIds { get; init; } = Array.Empty<string>();
}
