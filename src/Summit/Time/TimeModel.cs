using Summit.Documents;

namespace Summit.Time;

/// <summary>The TIMEX3 type of a time expression.</summary>
public enum TimeType
{
    /// <summary>A calendar date or period (day, week, month, season, year, decade).</summary>
    Date,
    /// <summary>A time of day.</summary>
    Time,
    /// <summary>A length of time ("two months").</summary>
    Duration,
    /// <summary>A recurrence ("every week").</summary>
    Set,
}

/// <summary>How precise a time value is.</summary>
public enum Granularity
{
    /// <summary>Unknown or not a point in time.</summary>
    None,
    /// <summary>A minute or finer.</summary>
    Minute,
    /// <summary>An hour or part of a day ("this morning").</summary>
    Hour,
    /// <summary>A day.</summary>
    Day,
    /// <summary>An ISO week.</summary>
    Week,
    /// <summary>A month.</summary>
    Month,
    /// <summary>A season or quarter.</summary>
    Season,
    /// <summary>A year.</summary>
    Year,
    /// <summary>A decade.</summary>
    Decade,
    /// <summary>A century.</summary>
    Century,
}

/// <summary>
/// A time expression found in a report and its TIMEX3 value ("2019-04-25", "2019-W16", "P2M",
/// "198", "PRESENT_REF"). An expression that could not be anchored has <see cref="Anchored"/>
/// false and a value with X placeholders ("XXXX-XX-XX"); it is never resolved against the clock.
/// </summary>
public sealed record TimeExpression
{
    /// <summary>Creates a time expression.</summary>
    public TimeExpression(string reportId, Span span, string text, TimeType type, string value, Granularity granularity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reportId);
        ArgumentException.ThrowIfNullOrEmpty(text);
        ArgumentException.ThrowIfNullOrEmpty(value);
        if (span.Length != text.Length) throw new ArgumentException("The text must be the span's text.", nameof(text));
        ReportId = reportId;
        Span = span;
        Text = text;
        Type = type;
        Value = value;
        Granularity = granularity;
    }

    /// <summary>The report it is in.</summary>
    public string ReportId { get; }

    /// <summary>Where it is.</summary>
    public Span Span { get; }

    /// <summary>Its text as printed.</summary>
    public string Text { get; }

    /// <summary>Its TIMEX3 type.</summary>
    public TimeType Type { get; }

    /// <summary>Its TIMEX3 value.</summary>
    public string Value { get; }

    /// <summary>How precise <see cref="Value"/> is.</summary>
    public Granularity Granularity { get; }

    /// <summary>Whether the value could be tied to the calendar (false: it holds X placeholders).</summary>
    public bool Anchored { get; init; } = true;
}
