namespace Summit.Documents;

/// <summary>Reads one report as published: finds its outlet, dateline, date, headings and body.</summary>
public interface IReportReader
{
    /// <summary>Reads <paramref name="input"/>.</summary>
    /// <exception cref="SummitException">The input cannot be read as a report (empty, binary, unsupported).</exception>
    Report Read(ReportInput input, CancellationToken cancellationToken = default);
}
