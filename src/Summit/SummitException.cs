namespace Summit;

/// <summary>
/// Thrown when input cannot be read as a report at all (empty, binary, duplicated id).
/// Expected, recoverable problems inside a readable report are recorded as
/// <see cref="Diagnostic"/>s on the <see cref="Reconciliation"/> instead.
/// </summary>
public sealed class SummitException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SummitException(string message) : base(message) { }

    /// <summary>Creates the exception with its cause.</summary>
    public SummitException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>The report the problem is about, where there is one.</summary>
    public string? ReportId { get; init; }
}
