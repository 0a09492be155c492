namespace Summit;

/// <summary>Options for a <see cref="SummitEngine"/>. Each property documents its default.</summary>
public sealed class SummitOptions
{
    /// <summary>
    /// The longest report text accepted, in characters: a plain-text report's text, or the article text extracted
    /// from an HTML page; a longer one is refused with a <see cref="SummitException"/>.
    /// </summary>
    /// <value>The default is 5,000,000.</value>
    public int MaxReportLength { get; set; } = 5_000_000;

    /// <summary>
    /// The longest HTML page accepted, in characters, before its article is extracted (scripts, styles and markup
    /// included); a longer one is refused with a <see cref="SummitException"/>. Reading is linear in a page's length.
    /// </summary>
    /// <value>The default is 20,000,000.</value>
    public int MaxHtmlLength { get; set; } = 20_000_000;

    /// <summary>How many reports are analysed at once.</summary>
    /// <value>The default is <see cref="Environment.ProcessorCount"/>.</value>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>The lowest alignment score at which two claims of different reports are linked, in [0, 1].</summary>
    /// <value>The default is 0.35.</value>
    public double AlignmentThreshold { get; set; } = 0.35;

    /// <summary>How figures are recognised and compared: approximation width, tolerance, currency of a bare "$".</summary>
    /// <value>The default is a new <see cref="Summit.Quantities.QuantityOptions"/> with its documented defaults.</value>
    public Summit.Quantities.QuantityOptions Quantities { get; set; } = new();

    /// <summary>Checks the options and throws on a value out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxReportLength, 1, nameof(MaxReportLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxHtmlLength, 1, nameof(MaxHtmlLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDegreeOfParallelism, 1, nameof(MaxDegreeOfParallelism));
        if (!(AlignmentThreshold is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(AlignmentThreshold), AlignmentThreshold, "Must be in [0, 1].");
    }
}
