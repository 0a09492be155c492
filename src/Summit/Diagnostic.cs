namespace Summit;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; the result is complete.</summary>
    Info,
    /// <summary>Part of a report could not be used as expected; the rest of the result stands.</summary>
    Warning,
}

/// <summary>A problem met while reconciling that did not stop the run.</summary>
/// <param name="Severity">How serious it is.</param>
/// <param name="Code">A stable, machine-readable code such as <c>SUM001</c>.</param>
/// <param name="Message">What happened, for a person.</param>
/// <param name="ReportId">The report it concerns, if any.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, string? ReportId = null);
