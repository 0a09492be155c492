namespace Summit.Documents;

/// <summary>
/// A report as read: its text and what the reader found around the story itself (outlet,
/// dateline, date, headings). Every span refers to <see cref="Text"/>.
/// </summary>
public sealed record Report
{
    /// <summary>Creates a report.</summary>
    /// <exception cref="ArgumentException">The id is blank or a span lies outside the text.</exception>
    public Report(string id, string text, IReadOnlyList<Span> paragraphs, IReadOnlyList<Span> headings, IReadOnlyList<Span> metadata)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(headings);
        ArgumentNullException.ThrowIfNull(metadata);
        foreach (var s in paragraphs.Concat(headings).Concat(metadata))
            if (s.End > text.Length) throw new ArgumentException($"Span {s} lies outside the text of report '{id}' ({text.Length} characters).");
        Id = id;
        Text = text;
        Paragraphs = paragraphs;
        Headings = headings;
        Metadata = metadata;
    }

    /// <summary>The report's unique id.</summary>
    public string Id { get; }

    /// <summary>The text every span refers to: the input text, or the article text extracted from HTML.</summary>
    public string Text { get; }

    /// <summary>The body paragraphs, in order: the prose that can state claims.</summary>
    public IReadOnlyList<Span> Paragraphs { get; }

    /// <summary>Section headings inside the body ("Island venue"): labels, not claims.</summary>
    public IReadOnlyList<Span> Headings { get; }

    /// <summary>
    /// The headline and standfirst lines as they stand in <see cref="Text"/>, in order (empty when the report has none, or
    /// when its headline came from a page's metadata rather than its text). Read as headline sentences: a headline that states
    /// something with a verb gives a claim.
    /// </summary>
    /// <exception cref="ArgumentException">On init: a span lies outside the text.</exception>
    public IReadOnlyList<Span> HeadlineSpans
    {
        get => _headlineSpans;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            foreach (var s in value)
                if (s.End > Text.Length) throw new ArgumentException($"Span {s} lies outside the text of report '{Id}' ({Text.Length} characters).");
            _headlineSpans = value;
        }
    }
    private readonly IReadOnlyList<Span> _headlineSpans = [];

    /// <summary>Header lines (URL, date lines), datelines, bylines and agency signatures: never claims.</summary>
    public IReadOnlyList<Span> Metadata { get; }

    /// <summary>The outlet ("Reuters"), if known.</summary>
    public string? Source { get; init; }

    /// <summary>The publication date, if known or inferred.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Whether <see cref="Published"/> was inferred rather than given or printed.</summary>
    public bool PublishedInferred { get; init; }

    /// <summary>The dateline place as printed ("LIMA, Peru"), if any.</summary>
    public string? Dateline { get; init; }

    /// <summary>The span of the dateline, if any.</summary>
    public Span? DatelineSpan { get; init; }

    /// <summary>Whether <see cref="Text"/> was extracted from another form (HTML) rather than read as is.</summary>
    public bool TextExtracted { get; init; }

    /// <summary>The publication time with its UTC offset, when a date line or the page printed a time and a known time zone.</summary>
    public DateTimeOffset? PublishedTime { get; init; }

    /// <summary>The time zone as printed with the publication time ("GMT", "ET", "+01:00"), if any.</summary>
    public string? PublishedTimeZone { get; init; }

    /// <summary>The date the report says it was last updated or modified, if printed.</summary>
    public DateOnly? Updated { get; init; }

    /// <summary>The report's web address (a URL line on top of copied text, or the page's canonical URL), if any.</summary>
    public string? Url { get; init; }

    /// <summary>The headline, if the report carries one apart from its body.</summary>
    public string? Headline { get; init; }

    /// <summary>The standfirst (the summary line under the headline), if any.</summary>
    public string? Standfirst { get; init; }

    /// <summary>The byline ("Jane Doe and John Roe"), if any.</summary>
    public string? Byline { get; init; }

    /// <summary>
    /// The news agency whose copy the report carries, from its dateline or closing signature
    /// ("(Reuters)", "— AFP"), when that differs from <see cref="Source"/> (a site running agency copy).
    /// </summary>
    public string? Agency { get; init; }
}
