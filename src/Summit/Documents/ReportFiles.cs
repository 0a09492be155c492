using System.Text;

namespace Summit.Documents;

/// <summary>Loads reports from files and folders, the way the sample console does.</summary>
public static class ReportFiles
{
    /// <summary>The file extensions read from a folder: .txt, .text, .html and .htm.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".text", ".html", ".htm"];

    /// <summary>
    /// Loads every report file named by <paramref name="paths"/>: a file as it is, a folder's
    /// report files (by <see cref="Extensions"/>) in ordinal order of name. The report id is the
    /// file name without its extension. .html and .htm files, and any file whose text starts
    /// with <c>&lt;!DOCTYPE html</c> or <c>&lt;html</c>, are read as <c>text/html</c>. Text is UTF-8 with any BOM dropped; line endings are kept.
    /// </summary>
    /// <exception cref="SummitException">A path does not exist, a folder holds no report file, a file is not UTF-8 text, or two files give the same id.</exception>
    public static async Task<IReadOnlyList<ReportInput>> LoadAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0) throw new SummitException($"The folder '{path}' holds no report files ({string.Join(", ", Extensions)}).");
                files.AddRange(found);
            }
            else if (File.Exists(path)) files.Add(path);
            else throw new SummitException($"No such file or folder: '{path}'.");
        }
        if (files.Count == 0) throw new SummitException("No report files were named.");

        var inputs = new List<ReportInput>(files.Count);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = Path.GetFileNameWithoutExtension(file);
            if (ids.TryGetValue(id, out var other))
                throw new SummitException($"Two files give the report id '{id}': '{other}' and '{file}'.") { ReportId = id };
            ids[id] = file;
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            string text;
            try
            {
                int skip = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
                text = strict.GetString(bytes, skip, bytes.Length - skip);
            }
            catch (DecoderFallbackException e)
            {
                throw new SummitException($"'{file}' is not UTF-8 text (binary?).", e) { ReportId = id };
            }
            ReportText.EnsureReadable(id, text);
            var ext = Path.GetExtension(file).ToLowerInvariant();
            bool html = ext is ".html" or ".htm" || LooksLikeHtml(text);
            inputs.Add(new ReportInput(id, text) { MediaType = html ? "text/html" : "text/plain" });
        }
        return inputs;
    }

    /// <summary>Whether a file's text is an HTML page whatever its extension (a page saved as .txt).</summary>
    private static bool LooksLikeHtml(string text)
    {
        var t = text.AsSpan().TrimStart();
        return t.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || t.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
