namespace Summit.Rendering;

/// <summary>The console rendering: the merged timeline in plain text, each entry with its sources and quotes.</summary>
public sealed class TextRenderer : IReconciliationRenderer
{
    /// <inheritdoc />
    public string Format => "text";

    /// <inheritdoc />
    public void Render(Reconciliation reconciliation, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(reconciliation);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("Merged timeline of ");
        writer.Write(reconciliation.Reports.Count);
        writer.Write(" reports: ");
        writer.Write(string.Join(", ", reconciliation.Reports.Select(r =>
            $"{r.Source ?? r.Id} ({(r.Published is { } p ? p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + (r.PublishedInferred ? ", inferred" : "") : "undated")})")));
        writer.Write("\n\n");
        foreach (var e in TimelineView.Build(reconciliation))
        {
            writer.Write($"{e.Order,3}. {e.When}{(e.Background ? " (background)" : "")}\n");
            writer.Write($"     {e.Fact.Summary}\n");
            writer.Write($"     {e.Attribution} · {e.Fact.Status.ToString().ToLowerInvariant()} · confidence {TimelineView.Percent(e.Fact.Confidence)}\n");
            foreach (var (source, claim) in e.Citations)
                writer.Write($"       [{source}] \"{claim.Text}\" ({claim.ReportId} {claim.Span.Start}-{claim.Span.End})\n");
            foreach (var c in e.Fact.Conflicts)
                writer.Write($"       CONFLICT on {c.Slot}: {string.Join(" vs ", c.Values.Select(kv => $"{kv.Key}: {kv.Value}"))} — {c.Reason}\n");
            foreach (var x in e.Fact.Refinements)
                writer.Write($"       refinement ({x.ReportId}): {x.Description}\n");
            writer.Write('\n');
        }
        foreach (var d in reconciliation.Diagnostics)
            writer.Write($"note: {d.Code} {d.Message}\n");
    }
}
