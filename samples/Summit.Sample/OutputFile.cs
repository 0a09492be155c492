using System.Text;

namespace Summit.Sample;

/// <summary>
/// The <c>--out</c> file: checked before any work, written to a temporary file beside it and moved
/// over it only when the whole result is written, so a failed or cancelled run leaves it as it was.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly string _temp;
    private readonly string _target;
    private bool _committed;

    private OutputFile(string temp, string target, StreamWriter writer)
    {
        _temp = temp;
        _target = target;
        Writer = writer;
    }

    /// <summary>Where the result is written until <see cref="Commit"/>.</summary>
    public StreamWriter Writer { get; }

    /// <summary>Whether two full paths name the same file on this system.</summary>
    private static bool Same(string a, string b)
        => string.Equals(a, b, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>
    /// Checks <paramref name="outArg"/> against the input <paramref name="paths"/>; returns one line
    /// saying what is wrong, or null.
    /// </summary>
    public static string? Check(string outArg, IReadOnlyList<string> paths)
    {
        string full;
        try
        {
            full = Path.GetFullPath(outArg);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"--out '{outArg}' is not a usable file name: {e.Message}";
        }
        if (Path.EndsInDirectorySeparator(outArg) || Directory.Exists(full))
            return $"--out '{outArg}' is a folder; give a file name.";
        var target = Canonical(full);
        if (Directory.Exists(target))
            return $"--out '{outArg}' leads to the folder '{target}'; give a file name.";
        var dir = Path.GetDirectoryName(target);
        if (dir is null || !Directory.Exists(dir))
            return $"--out '{outArg}': the folder '{dir ?? target}' does not exist.";
        if (File.Exists(target) && File.GetAttributes(target).HasFlag(FileAttributes.ReadOnly))
            return $"--out '{outArg}' is read-only.";

        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                if (Same(Canonical(path), target)) return $"--out '{outArg}' is the input report '{path}'; write elsewhere.";
                continue;
            }
            List<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(path).Where(ReportExtension).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // the reader reports the folder
            }
            foreach (var entry in entries)
                if (Same(Canonical(entry), target))
                    return $"--out '{outArg}' is the input report '{entry}'; write elsewhere.";
        }
        if (ReportExtension(target))
            foreach (var path in paths)
                if (Directory.Exists(path) && Same(Canonical(path), dir))
                    return $"--out '{outArg}' would be written into the input folder '{path}' with a report extension, and be read as a report by the next run; write elsewhere or use another extension.";
        return null;
    }

    /// <summary>Opens the temporary file beside <paramref name="outArg"/>'s target; null and a reason when it cannot be written.</summary>
    public static OutputFile? Open(string outArg, out string? problem)
    {
        var target = Canonical(Path.GetFullPath(outArg));
        var dir = Path.GetDirectoryName(target)!;
        var temp = Path.Combine(dir, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            problem = null;
            return new OutputFile(temp, target, new StreamWriter(stream, new UTF8Encoding(false)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"--out '{outArg}' cannot be written: {e.Message}";
            return null;
        }
    }

    /// <summary>Puts the written result in place of the target.</summary>
    public void Commit()
    {
        Writer.Flush();
        Writer.Dispose();
        File.Move(_temp, _target, overwrite: true);
        _committed = true;
    }

    /// <summary>Drops the temporary file unless <see cref="Commit"/> moved it.</summary>
    public void Dispose()
    {
        Writer.Dispose();
        if (!_committed)
        {
            try
            {
                File.Delete(_temp);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // best effort: a leftover .tmp file is harmless
            }
        }
    }

    private static bool ReportExtension(string path)
        => Summit.Documents.ReportFiles.Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>The full path with every symbolic link on the way resolved where possible.</summary>
    internal static string Canonical(string path) => Canonical(path, 0);

    private static string Canonical(string path, int hops)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        if (parent is null) return full;
        var joined = Path.Join(Canonical(parent, hops), Path.GetFileName(full));
        if (hops >= 40) return joined;
        try
        {
            var info = new FileInfo(joined);
            if (info.LinkTarget is null) return joined;
            var final = info.ResolveLinkTarget(returnFinalTarget: true);
            return final is null ? joined : Canonical(final.FullName, hops + 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return joined; // a looping link: compared as it is
        }
    }
}
