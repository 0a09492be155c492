using System.Globalization;
using System.Text;
using Humanizer;

namespace Summit.Rendering;

/// <summary>
/// The console rendering: the merged timeline in plain text, background history apart from the
/// story's own days, each entry with its sources in words ("Reported by AFP and Reuters: 2 sources
/// agree", "Only Reuters"), its date in words, the quoted sentences with their offsets, conflicts side
/// by side, refinements and confidence.
/// </summary>
public sealed class TextRenderer : IReconciliationRenderer
{
    private const int MaxColumn = 38;

    /// <inheritdoc />
    public string Format => "text";

    /// <inheritdoc />
    public void Render(Reconciliation reconciliation, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(reconciliation);
        ArgumentNullException.ThrowIfNull(writer);
        // The first line keeps the form the sample console has always printed.
        writer.Write($"Merged timeline of {"report".ToQuantity(reconciliation.Reports.Count)}: ");
        writer.Write(string.Join(", ", reconciliation.Reports.Select(r =>
            $"{r.Source ?? r.Id} ({(r.Published is { } p ? p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (r.PublishedInferred ? ", inferred" : "") : "undated")})")));
        writer.Write('\n');
        var entries = TimelineView.Build(reconciliation);
        writer.Write($"{Counts(entries)}\n");
        var digest = TimelineView.Digest(entries);
        if (digest.Count > 0)
        {
            writer.Write("\n== In a minute ==\n");
            foreach (var e in digest) writer.Write($"{e.Number,3}. {OneLine(e.Fact.Summary)} ({e.When} · {e.Attribution})\n");
        }

        TimelineSection? section = null;
        foreach (var e in entries)
        {
            if (e.Section != section)
            {
                section = e.Section;
                writer.Write($"\n== {TimelineView.SectionTitle(e.Section)} ==\n");
            }
            writer.Write($"\n{e.Number,3}. {e.When}{(e.PlacedAfter is null ? "" : ", " + e.PlacedAfter)}\n");
            writer.Write($"     {OneLine(e.Fact.Summary)}\n");
            writer.Write($"     {e.Attribution} · {e.Marks}\n");
            foreach (var c in e.Citations)
            {
                writer.Write($"       [{c.Source}] \"{OneLine(c.Sentence)}\" ({c.Where})\n");
                if (c.Sentence.Length != c.Claim.Text.Length) writer.Write($"         claim: \"{OneLine(c.Claim.Text)}\"\n");
            }
            foreach (var c in e.Conflicts) WriteConflict(writer, c);
            foreach (var (source, x) in e.Refinements)
                writer.Write($"       + {source} is more specific on {x.Slot}: {OneLine(Wording.Description(x))}\n");
            foreach (var n in e.Fact.Notes)
                writer.Write($"       note: {OneLine(Wording.Note(n))}\n");
        }
        if (reconciliation.Diagnostics.Count > 0) writer.Write('\n');
        foreach (var d in reconciliation.Diagnostics)
            writer.Write($"note: {d.Code} {d.Message}{(d.ReportId is null ? "" : $" ({d.ReportId})")}\n");
    }

    /// <summary>"58 facts: 3 corroborated, 50 single, 5 conflicting; 12 undated".</summary>
    internal static string Counts(IReadOnlyList<EntryView> entries)
    {
        int Count(string status) => entries.Count(e => e.Status == status);
        var undated = entries.Count(e => !e.Dated);
        return $"{"fact".ToQuantity(entries.Count)}: {Count("corroborated")} corroborated, {Count("single")} single, {Count("conflicting")} conflicting; {undated} undated";
    }

    private static void WriteConflict(TextWriter writer, ConflictView c)
    {
        writer.Write($"       ! CONFLICT on {c.Slot}: {OneLine(c.Reason)}\n");
        var heads = c.Sides.Select(s => Fit($"{s.Source} ({s.ReportId})")).ToArray();
        var values = c.Sides.Select(s => Fit(s.Value)).ToArray();
        var quotes = c.Sides.Select(s => s.Citation is null ? "" : Fit($"\"{OneLine(s.Citation.Claim.Text)}\"")).ToArray();
        var widths = heads.Select((h, i) => Math.Max(h.Length, Math.Max(values[i].Length, quotes[i].Length))).ToArray();
        foreach (var row in new[] { heads, values, quotes })
        {
            if (row.All(string.IsNullOrEmpty)) continue;
            var line = new StringBuilder("         ");
            for (int i = 0; i < row.Length; i++)
            {
                if (i > 0) line.Append(" | ");
                line.Append(i == row.Length - 1 ? row[i] : row[i].PadRight(widths[i]));
            }
            writer.Write(line.ToString().TrimEnd());
            writer.Write('\n');
        }
    }

    private static string Fit(string s) => OneLine(s).Truncate(MaxColumn, "…");

    private static string OneLine(string s) => s.ReplaceLineEndings(" ");
}
