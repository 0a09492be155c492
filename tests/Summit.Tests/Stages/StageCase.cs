using System.Globalization;
using Summit.Documents;

namespace Summit.Tests.Stages;

/// <summary>
/// A per-stage case file (Stages/NAME.case): small hand-written reports in, the stage's output expected, in one
/// file a reviewer reads in a minute. The stage is the name's first word (reader-wire.case: the reader).
/// <code>
/// # comment lines
/// == report ID | source=AFP | published=2019-04-24 | html
/// the report's text, line by line, exactly (no final line break)
/// == expected
/// the stage's output, as <see cref="StageOutput"/> writes it
/// </code>
/// Only the part after <c>== expected</c> is rewritten in update mode (<see cref="Golden.UpdateCommand"/>).
/// </summary>
internal sealed class StageCase
{
    public const string ExpectedMarker = "== expected\n";
    private const string ReportMarker = "== report ";

    private StageCase(string path, string head, string expected, IReadOnlyList<ReportInput> reports)
    {
        Path = path;
        Head = head;
        Expected = expected;
        Reports = reports;
    }

    public static string Folder => Golden.PathOf("Stages");

    /// <summary>The case files, by name (without the folder).</summary>
    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.case").Select(f => System.IO.Path.GetFileName(f)).Order(StringComparer.Ordinal);

    public string Path { get; }

    /// <summary>The stage, from the file's name: "reader", "time", "claims" or "facts".</summary>
    public string Stage => System.IO.Path.GetFileNameWithoutExtension(Path).Split('-')[0];

    /// <summary>Everything up to and including the <c>== expected</c> line.</summary>
    public string Head { get; }

    public string Expected { get; }

    public IReadOnlyList<ReportInput> Reports { get; }

    public static StageCase Load(string name)
    {
        var path = System.IO.Path.Combine(Folder, name);
        var text = File.ReadAllText(path);
        int at = text.IndexOf("\n" + ExpectedMarker, StringComparison.Ordinal);
        if (at < 0) throw new FormatException($"{name}: no '== expected' line");
        var head = text[..(at + 1 + ExpectedMarker.Length)];
        var reports = new List<ReportInput>();
        string? header = null;
        var lines = new List<string>();
        void Flush()
        {
            if (header is not null) reports.Add(Report(name, header, string.Join('\n', lines)));
            lines.Clear();
        }
        foreach (var line in text[..at].Split('\n'))
        {
            if (line.StartsWith(ReportMarker, StringComparison.Ordinal))
            {
                Flush();
                header = line[ReportMarker.Length..];
            }
            else if (header is not null) lines.Add(line);
            else if (line.Length > 0 && !line.StartsWith('#')) throw new FormatException($"{name}: '{line}' before the first '== report' line");
        }
        Flush();
        if (reports.Count == 0) throw new FormatException($"{name}: no '== report' line");
        return new StageCase(path, head, text[(at + 1 + ExpectedMarker.Length)..], reports);
    }

    /// <summary>Compares the stage's output with the expected part; in update mode rewrites that part.</summary>
    public void Match(string actual) => Golden.Match(Path, Expected, actual, () => Head + actual, " (lines are counted from the one after '== expected')");

    private static ReportInput Report(string file, string header, string text)
    {
        var parts = header.Split('|', StringSplitOptions.TrimEntries);
        var input = new ReportInput(parts[0], text);
        foreach (var part in parts.Skip(1))
        {
            var (key, value) = part.IndexOf('=', StringComparison.Ordinal) is var eq and > 0 ? (part[..eq], part[(eq + 1)..]) : (part, "");
            input = key switch
            {
                "source" => input with { Source = value },
                "published" => input with { Published = DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture) },
                "html" => input with { MediaType = "text/html" },
                _ => throw new FormatException($"{file}: unknown report attribute '{part}' (source=, published=, html)"),
            };
        }
        return input;
    }
}
