namespace Summit.Rendering;

/// <summary>The merged timeline as Markdown: one section per entry, quotes as block quotes.</summary>
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
        foreach (var r in reconciliation.Reports)
            writer.Write($"| {Escape(r.Id)} | {Escape(r.Source ?? "unknown")} | {(r.Published is { } p ? p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + (r.PublishedInferred ? " (inferred)" : "") : "unknown")} |\n");
        writer.Write('\n');
        foreach (var e in TimelineView.Build(reconciliation))
        {
            writer.Write($"## {e.Order}. {e.When}{(e.Background ? " · background" : "")}\n\n");
            writer.Write($"**{Escape(e.Fact.Summary)}**\n\n");
            writer.Write($"*{e.Attribution}* · {e.Fact.Status.ToString().ToLowerInvariant()} · confidence {TimelineView.Percent(e.Fact.Confidence)}\n\n");
            foreach (var (source, claim) in e.Citations)
                writer.Write($"> **{Escape(source)}**: “{Escape(claim.Text)}” ({claim.ReportId} {claim.Span.Start}–{claim.Span.End})\n>\n");
            foreach (var c in e.Fact.Conflicts)
                writer.Write($"- **Conflict on {c.Slot}**: {string.Join(" vs ", c.Values.Select(kv => $"{Escape(kv.Key)}: {Escape(kv.Value)}"))} — {Escape(c.Reason)}\n");
            foreach (var x in e.Fact.Refinements)
                writer.Write($"- Refinement ({Escape(x.ReportId)}): {Escape(x.Description)}\n");
            writer.Write('\n');
        }
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
