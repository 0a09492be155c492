namespace Summit.Documents;

/// <summary>
/// What <see cref="ReportFiles.LoadReadableAsync"/> read: the reports that could be read and the
/// files that were skipped, each with its reason. Both lists keep the order the files were named in
/// (a folder's files in ordinal order of name).
/// </summary>
public sealed record ReportFileLoad
{
    /// <summary>Creates the result.</summary>
    /// <param name="reports">The reports read.</param>
    /// <param name="skipped">The files that could not be read as reports.</param>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    public ReportFileLoad(IReadOnlyList<ReportInput> reports, IReadOnlyList<SkippedReportFile> skipped)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(skipped);
        if (reports.Any(r => r is null)) throw new ArgumentNullException(nameof(reports), "A report is null.");
        if (skipped.Any(s => s is null)) throw new ArgumentNullException(nameof(skipped), "A skipped file is null.");
        Reports = reports;
        Skipped = skipped;
    }

    /// <summary>The reports read, ready for <see cref="ISummit.Reconcile"/>.</summary>
    public IReadOnlyList<ReportInput> Reports { get; }

    /// <summary>The files that could not be read as reports; empty when every file was read.</summary>
    public IReadOnlyList<SkippedReportFile> Skipped { get; }

    /// <summary>Whether every named file was read (<see cref="Skipped"/> is empty).</summary>
    public bool IsComplete => Skipped.Count == 0;
}

/// <summary>One file that <see cref="ReportFiles.LoadReadableAsync"/> could not read as a report.</summary>
public sealed record SkippedReportFile
{
    /// <summary>Creates the entry.</summary>
    /// <param name="path">The file's path, as it was named or found in its folder.</param>
    /// <param name="problem">Why the file was skipped.</param>
    /// <param name="message">One line for a person: the file and the reason.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> or <paramref name="message"/> is empty, or <paramref name="problem"/> is not a defined value.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SkippedReportFile(string path, ReportFileProblem problem, string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        if (!Enum.IsDefined(problem)) throw new ArgumentException($"Unknown problem {(int)problem}.", nameof(problem));
        Path = path;
        Problem = problem;
        Message = message;
    }

    /// <summary>The file's path, as it was named or found in its folder.</summary>
    public string Path { get; }

    /// <summary>Why the file was skipped.</summary>
    public ReportFileProblem Problem { get; }

    /// <summary>One line for a person, naming the file and the reason.</summary>
    public string Message { get; }
}

/// <summary>Why a report file could not be read.</summary>
public enum ReportFileProblem
{
    /// <summary>A symbolic link whose target does not exist.</summary>
    DanglingLink = 1,

    /// <summary>A symbolic link that leads back to itself; it is not followed further.</summary>
    LinkLoop,

    /// <summary>A folder named like a report file (folders are not read recursively).</summary>
    NotAFile,

    /// <summary>The file could not be opened or read (permissions, an I/O error).</summary>
    Unreadable,

    /// <summary>The file has no bytes or only white space, or is a pipe or device (length 0, never opened).</summary>
    Empty,

    /// <summary>The bytes are not text in the encoding read (UTF-8, a byte-order mark's, a page's declared charset), or the text looks binary (NUL or many control characters).</summary>
    NotText,
}
