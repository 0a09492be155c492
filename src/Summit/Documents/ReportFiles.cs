using System.Text;

namespace Summit.Documents;

/// <summary>Loads reports from files and folders, the way the sample console does.</summary>
public static class ReportFiles
{
    /// <summary>The file extensions read from a folder: .txt, .text, .html and .htm.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".text", ".html", ".htm"];

    /// <summary>
    /// Loads every report file named by <paramref name="paths"/> and stops at the first one that
    /// cannot be read: a file as it is, a folder's report files (by <see cref="Extensions"/>, not
    /// recursively) in ordinal order of name. The report id is the file name without its extension.
    /// .html and .htm files, and any file whose text starts with <c>&lt;!DOCTYPE html</c> or
    /// <c>&lt;html</c>, are read as <c>text/html</c>. Text is UTF-8, UTF-16 or UTF-32 with a byte-order mark (dropped), or a page in the charset it declares, else strict UTF-8; line endings
    /// are kept. To read every report that can be read and learn which were skipped, use
    /// <see cref="LoadReadableAsync"/>.
    /// </summary>
    /// <remarks>
    /// A file that cannot be opened (a dangling or looping symbolic link, a pipe, a folder named like
    /// a report, no permission) is reported as a <see cref="SummitException"/> naming the file; it is
    /// never opened when it could block (a file of length 0, such as a pipe or a device, is taken as
    /// empty without being opened).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    /// <exception cref="SummitException">A path does not exist, a folder holds no report file, two files
    /// give the same id, or a file cannot be read as a report (see <see cref="ReportFileProblem"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<IReadOnlyList<ReportInput>> LoadAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
        => (await LoadCoreAsync(paths, stopAtFirstProblem: true, cancellationToken).ConfigureAwait(false)).Reports;

    /// <summary>
    /// Loads every report file named by <paramref name="paths"/> that can be read, in the order and
    /// with the ids and media types of <see cref="LoadAsync"/>, and lists the ones that cannot
    /// (<see cref="ReportFileLoad.Skipped"/>) with their reason instead of stopping at the first.
    /// </summary>
    /// <remarks>
    /// Problems with the set as a whole still throw: a named path that does not exist, a folder
    /// without any file of a report extension, two files that give the same id. When every file is
    /// skipped, <see cref="ReportFileLoad.Reports"/> is empty; whether that is an error is the
    /// caller's choice. Symbolic links are followed; a link that loops or points nowhere is skipped,
    /// never followed without end.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    /// <exception cref="SummitException">A path does not exist, a folder cannot be listed or holds no
    /// report file, or two files give the same id.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<ReportFileLoad> LoadReadableAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
        => LoadCoreAsync(paths, stopAtFirstProblem: false, cancellationToken);

    private static async Task<ReportFileLoad> LoadCoreAsync(IEnumerable<string> paths, bool stopAtFirstProblem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            ArgumentNullException.ThrowIfNull(path, nameof(paths));
            if (Directory.Exists(path))
            {
                List<string> found;
                try
                {
                    found = Directory.EnumerateFileSystemEntries(path)
                        .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                        .Order(StringComparer.Ordinal).ToList();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new SummitException($"The folder '{path}' cannot be listed: {e.Message}", e);
                }
                if (found.Count == 0) throw new SummitException($"The folder '{path}' holds no report files ({string.Join(", ", Extensions)}).");
                files.AddRange(found);
            }
            else if (File.Exists(path)) files.Add(path);
            else if (IsLink(path)) files.Add(path); // a dangling or looping link: skipped below, with its reason
            else throw new SummitException($"No such file or folder: '{path}'.");
        }
        if (files.Count == 0) throw new SummitException("No report files were named.");

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var id = Path.GetFileNameWithoutExtension(file);
            if (ids.TryGetValue(id, out var other))
                throw new SummitException($"Two files give the report id '{id}': '{other}' and '{file}'.") { ReportId = id };
            ids[id] = file;
        }

        var inputs = new List<ReportInput>(files.Count);
        var skipped = new List<SkippedReportFile>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (input, problem) = await ReadOneAsync(file, cancellationToken).ConfigureAwait(false);
            if (input is not null)
            {
                inputs.Add(input);
                continue;
            }
            if (stopAtFirstProblem)
                throw new SummitException(problem!.Message) { ReportId = Path.GetFileNameWithoutExtension(file) };
            skipped.Add(problem!);
        }
        return new ReportFileLoad(inputs, skipped);
    }

    private static async Task<(ReportInput? Input, SkippedReportFile? Problem)> ReadOneAsync(string file, CancellationToken cancellationToken)
    {
        var id = Path.GetFileNameWithoutExtension(file);
        SkippedReportFile Skip(ReportFileProblem problem, string message) => new(file, problem, message);

        var info = new FileInfo(file);
        if (info.LinkTarget is not null)
        {
            FileSystemInfo? target;
            try
            {
                target = info.ResolveLinkTarget(returnFinalTarget: true);
            }
            catch (IOException)
            {
                return (null, Skip(ReportFileProblem.LinkLoop, $"'{file}' is a symbolic link that loops (it leads back to itself)."));
            }
            if (target is null || !Path.Exists(target.FullName))
                return (null, Skip(ReportFileProblem.DanglingLink, $"'{file}' is a symbolic link to '{info.LinkTarget}', which does not exist."));
        }
        if (Directory.Exists(file))
            return (null, Skip(ReportFileProblem.NotAFile, $"'{file}' is a folder, not a report file (folders are not read recursively)."));

        long length;
        try
        {
            info.Refresh();
            length = info.Length;
        }
        catch (IOException e)
        {
            return (null, Skip(ReportFileProblem.Unreadable, $"'{file}' cannot be read: {e.Message}"));
        }
        // A pipe, socket or device reports length 0; opening one could block for ever, so a file of
        // length 0 is never opened. An ordinary empty file is empty either way.
        if (length == 0)
            return (null, Skip(ReportFileProblem.Empty, $"Report '{id}' is empty ('{file}' has no bytes, or is a pipe or device, which is not read)."));

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, Skip(ReportFileProblem.Unreadable, $"'{file}' cannot be read: {e.Message}"));
        }

        bool htmlByName = Path.GetExtension(file).ToLowerInvariant() is ".html" or ".htm";
        string text;
        try
        {
            // UTF-8, UTF-16 or UTF-32 with a byte-order mark, a page in its declared charset, else strict UTF-8
            text = ReportDecoding.Decode(bytes, htmlByName, id, file);
        }
        catch (SummitException e)
        {
            return (null, Skip(ReportFileProblem.NotText, e.Message));
        }
        if (string.IsNullOrWhiteSpace(text))
            return (null, Skip(ReportFileProblem.Empty, $"Report '{id}' is empty ('{file}' holds only white space)."));
        try
        {
            ReportText.EnsureReadable(id, text);
        }
        catch (SummitException e)
        {
            return (null, Skip(ReportFileProblem.NotText, $"{e.Message} ('{file}')"));
        }
        bool html = htmlByName || HtmlStart.IsPage(text);
        return (new ReportInput(id, text) { MediaType = html ? "text/html" : "text/plain" }, null);
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
