using System.Net;

namespace Summit.Rendering;

/// <summary>
/// One self-contained HTML page (no external resources: works offline) with a visual timeline:
/// sources as coloured badges, conflicts highlighted.
/// </summary>
public sealed class HtmlRenderer : IReconciliationRenderer
{
    private static readonly string[] Palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"];

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public void Render(Reconciliation reconciliation, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(reconciliation);
        ArgumentNullException.ThrowIfNull(writer);
        var colours = reconciliation.Reports.Select(r => r.Source ?? r.Id).Distinct().Select((s, i) => (s, Palette[i % Palette.Length]))
            .ToDictionary(x => x.s, x => x.Item2, StringComparer.Ordinal);
        string E(string s) => WebUtility.HtmlEncode(s);
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Summit: merged timeline</title>\n<style>\n");
        writer.Write("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;color:#222}\n");
        writer.Write("ol.timeline{list-style:none;border-left:3px solid #999;padding-left:1.5rem}\n");
        writer.Write("li.entry{margin:0 0 1.5rem;position:relative}\nli.entry::before{content:'';position:absolute;left:-2.05rem;top:.3rem;width:.8rem;height:.8rem;border-radius:50%;background:#555}\n");
        writer.Write("li.conflicting{background:#fff0f0;border:2px solid #d00;padding:.5rem}\nli.background{opacity:.75}\n");
        writer.Write(".when{font-weight:bold}.badge{display:inline-block;color:#fff;border-radius:.8rem;padding:0 .6rem;margin-right:.3rem;font-size:.85rem}\n");
        writer.Write("blockquote{margin:.3rem 0 .3rem 1rem;color:#444;font-style:italic}.conflict{color:#b00;font-weight:bold}\n</style>\n</head>\n<body>\n");
        writer.Write("<h1>Merged timeline</h1>\n<p>");
        foreach (var r in reconciliation.Reports)
            writer.Write($"<span class=\"badge\" style=\"background:{colours[r.Source ?? r.Id]}\">{E(r.Source ?? r.Id)}</span>");
        writer.Write("</p>\n<ol class=\"timeline\">\n");
        foreach (var e in TimelineView.Build(reconciliation))
        {
            var status = e.Fact.Status.ToString().ToLowerInvariant();
            writer.Write($"<li class=\"entry {status}{(e.Background ? " background" : "")}\" data-fact=\"{E(e.Fact.Id)}\">\n");
            writer.Write($"<div class=\"when\">{e.Order}. {E(e.When)}</div>\n<div class=\"summary\">{E(e.Fact.Summary)}</div>\n<div class=\"sources\">");
            foreach (var s in e.Fact.Sources)
                writer.Write($"<span class=\"badge\" style=\"background:{colours.GetValueOrDefault(s, "#555")}\">{E(s)}</span>");
            writer.Write($" {E(e.Attribution)} · confidence {E(TimelineView.Percent(e.Fact.Confidence))}</div>\n");
            foreach (var (source, claim) in e.Citations)
                writer.Write($"<blockquote cite=\"#{E(claim.ReportId)}-{claim.Span.Start}-{claim.Span.End}\"><b>{E(source)}</b>: “{E(claim.Text)}”</blockquote>\n");
            foreach (var c in e.Fact.Conflicts)
                writer.Write($"<div class=\"conflict\">Conflict on {E(c.Slot)}: {E(string.Join(" vs ", c.Values.Select(kv => $"{kv.Key}: {kv.Value}")))} — {E(c.Reason)}</div>\n");
            foreach (var x in e.Fact.Refinements)
                writer.Write($"<div class=\"refinement\">Refinement ({E(x.ReportId)}): {E(x.Description)}</div>\n");
            writer.Write("</li>\n");
        }
        writer.Write("</ol>\n</body>\n</html>\n");
    }
}
