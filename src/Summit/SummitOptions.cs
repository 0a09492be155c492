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

    /// <summary>
    /// How alike two groups of linked claims must be, on average, to become one fact: the mean score of their
    /// claims (pairs of different reports) must reach this share of <see cref="AlignmentThreshold"/>. It keeps a
    /// fact from chaining through one bridging claim into claims about other events; 0 turns the check off.
    /// </summary>
    /// <value>The default is 0.6, fitted on the project's own cases (tests/cases, a training set) by
    /// <c>dotnet run -c Release --project tests/Summit.Evaluation -- --fit-cohesion</c>.</value>
    public double GroupCohesion { get; set; } = 0.6;

    /// <summary>How figures are recognised and compared: approximation width, tolerance, currency of a bare "$".</summary>
    /// <value>The default is a new <see cref="Summit.Quantities.QuantityOptions"/> with its documented defaults.</value>
    public Summit.Quantities.QuantityOptions Quantities { get; set; } = new();

    /// <summary>Checks the options, <see cref="Quantities"/> among them, and throws on a value out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    /// <exception cref="ArgumentNullException"><see cref="Quantities"/> is null.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Quantities);
        Quantities.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxReportLength, 1, nameof(MaxReportLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxHtmlLength, 1, nameof(MaxHtmlLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDegreeOfParallelism, 1, nameof(MaxDegreeOfParallelism));
        if (!(AlignmentThreshold is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(AlignmentThreshold), AlignmentThreshold, "Must be in [0, 1].");
        if (!(GroupCohesion is >= 0 and <= 3)) throw new ArgumentOutOfRangeException(nameof(GroupCohesion), GroupCohesion, "Must be in [0, 3].");
    }
}
