namespace Summit.Documents;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in a report's original text.
/// Text is never mutated: every annotation in Summit is a span into the text it was read from.
/// </summary>
public readonly record struct Span
{
    /// <summary>Creates a span.</summary>
    /// <param name="start">The first code unit, inclusive.</param>
    /// <param name="end">The end, exclusive; not before <paramref name="start"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is negative or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public Span(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    /// <summary>The first code unit, inclusive.</summary>
    public int Start { get; }

    /// <summary>The end, exclusive.</summary>
    public int End { get; }

    /// <summary>The number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>Whether the span covers nothing.</summary>
    public bool IsEmpty => End == Start;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(Span other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether <paramref name="offset"/> lies inside this span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    public bool Overlaps(Span other) => other.Start < End && Start < other.End;

    /// <summary>The number of code units the two spans share.</summary>
    public int OverlapLength(Span other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));

    /// <summary>The text this span covers in <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, Length);

    /// <summary>The characters this span covers in <paramref name="text"/>, without allocating.</summary>
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}, {End})";
}
