using System.Text;

namespace Summit.Rendering;

/// <summary>
/// The merged timeline as Markdown: the reports as a table, then the background and the story as
/// sections with one heading per entry; quoted sentences as block quotes with their offsets,
/// conflicts as a table with one column per report, refinements and confidence.
/// </summary>
public sealed class MarkdownRenderer : IReconciliationRenderer
{
    /// <inheritdoc />
    public string Format => "markdown";

    /// <inheritdoc />
    public void Render(Reconciliation reconciliation, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(reconciliation);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("# Merged timeline\n\n");
        writer.Write("| Report | Source | Published |\n|---|---|---|\n");
        foreach (var r in TimelineView.Reports(reconciliation))
            writer.Write($"| {Escape(r.Id)} | {Escape(r.Source)} | {Escape(r.Published)} |\n");
        var entries = TimelineView.Build(reconciliation);
        writer.Write($"\n{TextRenderer.Counts(entries)}.\n\n");
        var digest = TimelineView.Digest(entries);
        if (digest.Count > 0)
        {
            writer.Write("## In a minute\n\n");
            foreach (var e in digest) writer.Write($"- {e.Number}\\. {Escape(e.Fact.Summary)} ({Escape(e.When)} · {Escape(e.Attribution)})\n");
            writer.Write("\n");
        }
        TimelineSection? section = null;
        foreach (var e in entries)
        {
            if (e.Section != section)
            {
                section = e.Section;
                writer.Write($"## {TimelineView.SectionTitle(e.Section)}\n\n");
            }
            writer.Write($"### {e.Number}. {Escape(e.When)}\n\n");
            if (e.PlacedAfter is not null) writer.Write($"*{Escape(e.PlacedAfter)}*\n\n");
            writer.Write($"**{Escape(e.Fact.Summary)}**\n\n");
            writer.Write($"{Escape(e.Attribution)} · {(e.Conflicts.Count > 0 ? "⚠ " : "")}{Escape(e.Marks)}\n\n");
            foreach (var c in e.Citations)
            {
                writer.Write($"> **{Escape(c.Source)}**: “{Quote(c)}” ({Escape(c.Where)})\n\n");
            }
            foreach (var c in e.Conflicts)
            {
                writer.Write($"**⚠ Conflict on {Escape(c.Slot)}**: {Escape(c.Reason)}\n\n");
                writer.Write("| " + string.Join(" | ", c.Sides.Select(s => $"{Escape(s.Source)} ({Escape(s.ReportId)})")) + " |\n");
                writer.Write("|" + string.Concat(c.Sides.Select(_ => "---|")) + "\n");
                writer.Write("| " + string.Join(" | ", c.Sides.Select(s => $"**{Escape(s.Value)}**")) + " |\n");
                if (c.Sides.Any(s => s.Citation is not null))
                    writer.Write("| " + string.Join(" | ", c.Sides.Select(s => s.Citation is null ? "" : $"“{Escape(s.Citation.Claim.Text)}” ({Escape(s.Citation.Where)})")) + " |\n");
                writer.Write('\n');
            }
            foreach (var (source, x) in e.Refinements)
                writer.Write($"- Refinement: {Escape(source)} is more specific on {Escape(x.Slot)}: {Escape(Wording.Description(x))}\n");
            foreach (var n in e.Fact.Notes)
                writer.Write($"- Note: {Escape(Wording.Note(n))}\n");
            if (e.Refinements.Count + e.Fact.Notes.Count > 0) writer.Write('\n');
        }
    }

    /// <summary>The sentence with the claim's part in italics where the claim is only part of it.</summary>
    private static string Quote(Citation c)
    {
        var span = c.ClaimInSentence;
        if (span.Start <= 0 && span.End >= c.Sentence.Length) return Escape(c.Sentence);
        var b = new StringBuilder();
        b.Append(Escape(c.Sentence[..span.Start])).Append('*').Append(Escape(c.Sentence[span.Start..span.End]).Trim()).Append('*').Append(Escape(c.Sentence[span.End..]));
        return b.ToString();
    }

    internal static string Escape(string s)
    {
        var b = new StringBuilder(s.Length + 8);
        foreach (var ch in s)
        {
            switch (ch)
            {
                case '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '#': b.Append('\\').Append(ch); break;
                case '<': b.Append("&lt;"); break;
                case '>': b.Append("&gt;"); break;
                case '&': b.Append("&amp;"); break;
                case '\r': break;
                case '\n': b.Append(' '); break;
                default: b.Append(ch); break;
            }
        }
        return b.ToString();
    }
}
