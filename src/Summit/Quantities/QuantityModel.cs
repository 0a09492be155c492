using System.Globalization;
using Summit.Documents;

namespace Summit.Quantities;

/// <summary>What a quantity measures; two quantities are compared only within one kind.</summary>
public enum QuantityKind
{
    /// <summary>A number of things ("six people", "hundreds of homes").</summary>
    Count,
    /// <summary>An amount of money in one currency (ISO 4217).</summary>
    Money,
    /// <summary>A share in percent ("80 percent", "80%").</summary>
    Percent,
    /// <summary>A difference of percentages ("two percentage points").</summary>
    PercentagePoints,
    /// <summary>A length or distance; base unit the metre.</summary>
    Length,
    /// <summary>An area; base unit the square metre.</summary>
    Area,
    /// <summary>A volume; base unit the cubic metre.</summary>
    Volume,
    /// <summary>A mass; base unit the kilogram.</summary>
    Mass,
    /// <summary>A speed; base unit the metre per second.</summary>
    Speed,
    /// <summary>A temperature; base unit the kelvin.</summary>
    Temperature,
    /// <summary>An earthquake's magnitude (Richter or moment magnitude scale); no unit.</summary>
    SeismicMagnitude,
    /// <summary>An amount of data; base unit the byte (decimal prefixes: 1 GB = 10⁹ bytes).</summary>
    DataSize,
}

/// <summary>How the text hedges or bounds a figure ("at least", "about", "nearly").</summary>
public enum QuantityQualifier
{
    /// <summary>No qualifier: the figure as given.</summary>
    None,
    /// <summary>"about", "around", "approximately", "roughly", "some", "an estimated", "or so".</summary>
    About,
    /// <summary>"nearly", "almost", "close to", "just under": a little less than the figure.</summary>
    Nearly,
    /// <summary>"at least", "or more", "no fewer than".</summary>
    AtLeast,
    /// <summary>"more than", "over", "above", "in excess of", "upwards of".</summary>
    MoreThan,
    /// <summary>"up to", "as many as", "as much as".</summary>
    UpTo,
    /// <summary>"at most", "no more than".</summary>
    AtMost,
    /// <summary>"less than", "fewer than", "under", "below".</summary>
    LessThan,
    /// <summary>A range given by two figures ("between 10 and 15", "three or four", "10-15").</summary>
    Range,
    /// <summary>A vague plural of a number word ("dozens", "hundreds", "tens of thousands").</summary>
    Vague,
}

/// <summary>
/// A unit of measurement: its symbol, its kind and how it converts to its kind's base unit
/// (<c>base = value × <see cref="Factor"/> + <see cref="Offset"/></c>). For money the unit is a
/// currency, its symbol the ISO 4217 code, and currencies convert through exchange rates, not a factor.
/// </summary>
public sealed record QuantityUnit
{
    /// <summary>Creates a unit.</summary>
    /// <param name="symbol">The symbol ("km", "USD", "%").</param>
    /// <param name="kind">What it measures.</param>
    /// <param name="factor">How many base units one of this unit is; positive.</param>
    /// <param name="offset">Added after scaling (temperatures only), in base units.</param>
    /// <exception cref="ArgumentException">The symbol is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The factor is not positive.</exception>
    public QuantityUnit(string symbol, QuantityKind kind, decimal factor = 1m, decimal offset = 0m)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(factor);
        Symbol = symbol;
        Kind = kind;
        Factor = factor;
        Offset = offset;
    }

    /// <summary>The symbol ("km", "mi", "USD", "%").</summary>
    public string Symbol { get; }

    /// <summary>What it measures.</summary>
    public QuantityKind Kind { get; }

    /// <summary>How many base units one of this unit is.</summary>
    public decimal Factor { get; }

    /// <summary>Added after scaling, in base units (273.15 for °C to K); 0 for all but temperatures.</summary>
    public decimal Offset { get; }

    /// <summary>Converts a value in this unit to the base unit of its kind.</summary>
    public decimal ToBase(decimal value) => value * Factor + Offset;

    /// <summary>Converts a value in the base unit of this kind to this unit.</summary>
    public decimal FromBase(decimal value) => (value - Offset) / Factor;

    /// <inheritdoc />
    public override string ToString() => Symbol;
}

/// <summary>
/// An interval of values in one unit: <c>[Low, High]</c>, each end open or closed; a missing
/// <see cref="High"/> is unbounded ("more than 50").
/// </summary>
public sealed record QuantityInterval
{
    /// <summary>Creates an interval.</summary>
    /// <param name="low">The lower end.</param>
    /// <param name="high">The upper end, or null for no upper bound.</param>
    /// <param name="lowInclusive">Whether <paramref name="low"/> belongs to the interval.</param>
    /// <param name="highInclusive">Whether <paramref name="high"/> belongs to the interval.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="high"/> is below <paramref name="low"/>.</exception>
    public QuantityInterval(decimal low, decimal? high, bool lowInclusive = true, bool highInclusive = true)
    {
        if (high is { } h && h < low) throw new ArgumentOutOfRangeException(nameof(high), high, "Must not be below the lower end.");
        Low = low;
        High = high;
        LowInclusive = lowInclusive;
        HighInclusive = high is not null && highInclusive;
    }

    /// <summary>A single value.</summary>
    public static QuantityInterval Point(decimal value) => new(value, value);

    /// <summary>The lower end.</summary>
    public decimal Low { get; }

    /// <summary>The upper end; null when unbounded.</summary>
    public decimal? High { get; }

    /// <summary>Whether <see cref="Low"/> belongs to the interval.</summary>
    public bool LowInclusive { get; }

    /// <summary>Whether <see cref="High"/> belongs to the interval (false when unbounded).</summary>
    public bool HighInclusive { get; }

    /// <summary>Whether the interval is one value.</summary>
    public bool IsPoint => High == Low;

    /// <summary>Applies a monotonic increasing map to both ends (a unit conversion).</summary>
    public QuantityInterval Map(Func<decimal, decimal> convert)
    {
        ArgumentNullException.ThrowIfNull(convert);
        return new(convert(Low), High is { } h ? convert(h) : null, LowInclusive, HighInclusive);
    }

    /// <summary>Whether the two intervals share at least one value.</summary>
    public bool Overlaps(QuantityInterval other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Below(Low, LowInclusive, other.High, other.HighInclusive) && Below(other.Low, other.LowInclusive, High, HighInclusive);

        static bool Below(decimal low, bool lowIn, decimal? high, bool highIn) =>
            high is not { } h || low < h || (low == h && lowIn && highIn);
    }

    /// <inheritdoc />
    public override string ToString() =>
        (LowInclusive ? "[" : "(") + Low.ToString(CultureInfo.InvariantCulture) + ", " +
        (High is { } h ? h.ToString(CultureInfo.InvariantCulture) + (HighInclusive ? "]" : ")") : "∞)");
}

/// <summary>
/// A quantity found in a text: the figure as written, its unit, its qualifier, what it counts or
/// measures, and its normal form, an interval in the base unit of its kind (SI units; for money the
/// currency as written, ISO 4217). All spans are half-open offsets into the text that was read.
/// </summary>
public sealed record Quantity
{
    /// <summary>Creates a quantity.</summary>
    /// <exception cref="ArgumentNullException">A required value is null.</exception>
    /// <exception cref="ArgumentException">The spans are inconsistent or the text is empty.</exception>
    public Quantity(Span span, string text, decimal value, decimal? upperValue, QuantityUnit unit,
        QuantityQualifier qualifier, QuantityInterval normal)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(normal);
        if (text.Length != span.Length) throw new ArgumentException("The text must be the span's text.", nameof(text));
        if (upperValue is { } u && u < value) throw new ArgumentException("The upper value must not be below the value.", nameof(upperValue));
        Span = span;
        Text = text;
        Value = value;
        UpperValue = upperValue;
        Unit = unit;
        Qualifier = qualifier;
        Normal = normal;
    }

    /// <summary>The whole expression, qualifier included ("nearly $5 million").</summary>
    public Span Span { get; }

    /// <summary>The text at <see cref="Span"/>.</summary>
    public string Text { get; }

    /// <summary>The figure in <see cref="Unit"/> (the lower figure of a range or vague plural).</summary>
    public decimal Value { get; }

    /// <summary>The upper figure of a range ("between 10 and 15" → 15), else null.</summary>
    public decimal? UpperValue { get; }

    /// <summary>The unit as written ("mi", "GBP", "%"; "1" for a count).</summary>
    public QuantityUnit Unit { get; }

    /// <summary>What it measures.</summary>
    public QuantityKind Kind => Unit.Kind;

    /// <summary>How the text bounds or hedges it.</summary>
    public QuantityQualifier Qualifier { get; }

    /// <summary>The normal form: the interval of values the text allows, in the base unit of <see cref="Kind"/>, widened by the qualifier.</summary>
    public QuantityInterval Normal { get; }

    /// <summary>Where the qualifier is ("at least"), if any.</summary>
    public Span? QualifierSpan { get; init; }

    /// <summary>The figure itself, without qualifier or counted noun ("$4.2-million").</summary>
    public Span? NumberSpan { get; init; }

    /// <summary>What it counts or measures, as a lemma ("death", "home", "robber"), if the sentence says.</summary>
    public string? Counted { get; init; }

    /// <summary>Where the counted noun is, if any.</summary>
    public Span? CountedSpan { get; init; }

    /// <summary>Whether the text gives it as part of a larger whole ("among them", "including", "six of the victims").</summary>
    public bool IsPartial { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Text} {Span} = {Normal} {Unit.Kind}" + (Counted is null ? "" : " of " + Counted);
}

/// <summary>The outcome of comparing two quantities of one slot.</summary>
public enum QuantityAgreement
{
    /// <summary>The values agree: their intervals overlap after conversion, within the tolerance.</summary>
    Agree,
    /// <summary>The values differ for real.</summary>
    Conflict,
    /// <summary>They cannot be compared: different things measured or counted, one is part of the other, different kinds of unit, or no exchange rate.</summary>
    NotComparable,
}

/// <summary>The result of comparing two quantities, with a reason a person can check.</summary>
public sealed record QuantityComparison
{
    private readonly string? _reason;
    private readonly (Quantity Left, Quantity Right, int? Year, decimal Tolerance)? _figures;

    /// <summary>Creates a comparison whose reason is given in words (for a comparer of your own).</summary>
    /// <param name="outcome">Agree, conflict or not comparable.</param>
    /// <param name="reason">Why, in words ("nearly $5 million vs £2.1m ≈ $3.2 million at 2015 rates").</param>
    /// <param name="left">The left quantity's interval in the common unit, if they were converted.</param>
    /// <param name="right">The right quantity's interval in the common unit, if they were converted.</param>
    /// <param name="commonUnit">The unit both were converted to ("USD", "m"), if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public QuantityComparison(QuantityAgreement outcome, string reason, QuantityInterval? left = null, QuantityInterval? right = null, string? commonUnit = null)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Outcome = outcome;
        _reason = reason;
        Left = left;
        Right = right;
        CommonUnit = commonUnit;
    }

    /// <summary>
    /// The default comparer's comparison of two figures in one unit: the reason is worded from them only when someone
    /// reads it (most compared pairs agree, and nobody reads why).
    /// </summary>
    internal QuantityComparison(QuantityAgreement outcome, Quantity left, Quantity right, int? year, decimal tolerance,
        QuantityInterval leftInterval, QuantityInterval rightInterval, string commonUnit)
    {
        Outcome = outcome;
        _figures = (left, right, year, tolerance);
        Left = leftInterval;
        Right = rightInterval;
        CommonUnit = commonUnit;
    }

    /// <summary>Agree, conflict or not comparable.</summary>
    public QuantityAgreement Outcome { get; }

    /// <summary>Why, in words ("nearly $5 million vs £2.1m ≈ $3.2 million at 2015 rates"), worded when read.</summary>
    public string Reason => _reason ?? QuantityComparer.Explain(Outcome, _figures!.Value.Left, _figures.Value.Right, _figures.Value.Year,
        _figures.Value.Tolerance, Left!, Right!);

    /// <summary>The left quantity's interval in the common unit, if they were converted.</summary>
    public QuantityInterval? Left { get; }

    /// <summary>The right quantity's interval in the common unit, if they were converted.</summary>
    public QuantityInterval? Right { get; }

    /// <summary>The unit both were converted to ("USD", "m"), if any.</summary>
    public string? CommonUnit { get; }
}
