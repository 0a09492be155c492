namespace Summit.Documents;

/// <summary>
/// One report as the caller hands it over: its text exactly as published, plus any metadata the
/// caller already knows. Metadata given here wins over what Summit finds in the text.
/// </summary>
public sealed record ReportInput
{
    /// <summary>Creates an input.</summary>
    /// <param name="id">A unique, non-empty id for the report (a file name without extension, say).</param>
    /// <param name="text">The report's text, exactly as published.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ReportInput(string id, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
    }

    /// <summary>The report's unique id.</summary>
    public string Id { get; }

    /// <summary>The report's text, exactly as published.</summary>
    public string Text { get; }

    /// <summary>The outlet, if the caller knows it; otherwise it is found in the text.</summary>
    public string? Source { get; init; }

    /// <summary>The publication date, if the caller knows it; otherwise it is found or inferred.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The media type of <see cref="Text"/>: <c>text/plain</c> (the default) or <c>text/html</c>.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public string MediaType
    {
        get => _mediaType;
        init => _mediaType = value ?? throw new ArgumentNullException(nameof(MediaType));
    }

    private readonly string _mediaType = "text/plain";
}
