namespace Summit.Quantities;

/// <summary>Options for recognising and comparing quantities. Each property documents its default.</summary>
public sealed class QuantityOptions
{
    /// <summary>
    /// How far an approximate figure ("about", "some", "an estimated") reaches either side, as a share of
    /// the figure; "nearly" and "almost" reach this far below the figure only.
    /// </summary>
    /// <value>The default is 0.10 ("about 200" allows [180, 220]; "nearly 5 million" allows [4.5 million, 5 million)).</value>
    public decimal ApproximationWidth { get; set; } = 0.10m;

    /// <summary>
    /// The relative tolerance of a comparison: each interval is widened by this share of its ends
    /// before checking for overlap, so that rounding ("200 km" vs "125 miles") is not a conflict.
    /// </summary>
    /// <value>The default is 0.05.</value>
    public decimal Tolerance { get; set; } = 0.05m;

    /// <summary>The absolute tolerance for earthquake magnitudes (a logarithmic scale, so a share would be too loose).</summary>
    /// <value>The default is 0.05 (6.1 and 6.2 conflict).</value>
    public decimal MagnitudeTolerance { get; set; } = 0.05m;

    /// <summary>The absolute tolerance for temperatures, in kelvins (a share of an absolute temperature would be too loose).</summary>
    /// <value>The default is 1.0.</value>
    public decimal TemperatureTolerance { get; set; } = 1.0m;

    /// <summary>
    /// The currency a bare "$" stands for (ISO 4217): set "AUD" for an Australian outlet, "CAD" for a Canadian one.
    /// "US$", "A$", "C$", "HK$" and currency words are read as written whatever this says.
    /// </summary>
    /// <value>The default is "USD".</value>
    public string DollarCurrency { get; set; } = "USD";

    /// <summary>Checks the options and throws on a value out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        if (ApproximationWidth is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(ApproximationWidth), ApproximationWidth, "Must be in [0, 1).");
        if (Tolerance is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Must be in [0, 1).");
        ArgumentOutOfRangeException.ThrowIfNegative(MagnitudeTolerance, nameof(MagnitudeTolerance));
        ArgumentOutOfRangeException.ThrowIfNegative(TemperatureTolerance, nameof(TemperatureTolerance));
        if (DollarCurrency is not { Length: 3 } || !DollarCurrency.All(char.IsAsciiLetterUpper))
            throw new ArgumentOutOfRangeException(nameof(DollarCurrency), DollarCurrency, "Must be an ISO 4217 code in capitals.");
    }
}
