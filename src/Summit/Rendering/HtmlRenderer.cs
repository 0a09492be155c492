using System.Globalization;
using System.Net;

namespace Summit.Rendering;

/// <summary>
/// One self-contained HTML page with a visual timeline: background history apart from the story's
/// own days, sources as coloured badges (a click hides or shows a source), conflicts highlighted with
/// each report's value side by side, quoted sentences with the claim marked and its offsets,
/// refinements and confidence. The page loads nothing: styles and its small script are inline and a
/// Content-Security-Policy forbids any other resource, so it works offline.
/// </summary>
public sealed class HtmlRenderer : IReconciliationRenderer
{
    private static readonly string[] Palette = ["#1f5fa8", "#c0392b", "#1e8449", "#7d3c98", "#b9770e", "#117a8b", "#6e4b3a", "#b03a84"];

    private const string Style = """
        :root{--line:#b8c0cc;--ink:#1d232b;--muted:#5b6573;--bg:#f6f7f9;--card:#fff;--ok:#1e8449;--single:#7b8794;--bad:#c0392b}
        *{box-sizing:border-box}
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0;background:var(--bg);color:var(--ink)}
        header{background:#1d232b;color:#fff;padding:1.2rem 2rem}
        header h1{margin:0 0 .4rem;font-size:1.5rem}
        header p{margin:.3rem 0}
        main{max-width:62rem;margin:0 auto;padding:1rem 2rem 3rem}
        .badge{display:inline-block;color:#fff;border-radius:1rem;padding:.05rem .65rem;margin:0 .25rem .15rem 0;font-size:.8rem;font-weight:600;border:0;font-family:inherit;line-height:1.5}
        button.badge{cursor:pointer}
        button.badge[aria-pressed=false]{opacity:.35;text-decoration:line-through}
        .controls{margin-top:.6rem;font-size:.9rem}
        .controls label{margin-left:1rem}
        h2{font-size:1.15rem;margin:2rem 0 .5rem;color:var(--muted);text-transform:uppercase;letter-spacing:.06em}
        section.background{opacity:.88}
        ol.timeline{list-style:none;margin:0;padding:0 0 0 1.6rem;border-left:3px solid var(--line)}
        li.entry{position:relative;margin:0 0 1rem}
        li.entry::before{content:"";position:absolute;left:-2.3rem;top:.25rem;width:1.1rem;height:1.1rem;border-radius:50%;background:var(--single);border:3px solid var(--bg)}
        li.corroborated::before{background:var(--ok)}
        li.conflicting::before,li.has-conflict::before{background:var(--bad)}
        li.unordered::before{border-style:dashed;border-color:#555}
        .when{font-weight:700;margin-bottom:.2rem}
        .rank{display:inline-block;min-width:1.6rem;color:var(--muted);font-weight:400}
        .unsettled{font-weight:400;color:var(--muted);font-size:.8rem;margin-left:.4rem;border:1px dashed var(--muted);border-radius:.3rem;padding:0 .3rem}
        .placed{font-weight:400;color:var(--muted);font-size:.85rem;margin-left:.4rem}
        .card{background:var(--card);border:1px solid #dde1e6;border-left:5px solid var(--single);border-radius:.4rem;padding:.6rem .9rem}
        li.corroborated .card{border-left-color:var(--ok)}
        li.conflicting .card,li.has-conflict .card{border:2px solid var(--bad);border-left-width:5px;background:#fff6f5}
        .summary{margin:0 0 .3rem;font-size:1.02rem}
        .meta{margin:0 0 .4rem;font-size:.85rem;color:var(--muted)}
        .status{font-weight:700;text-transform:uppercase;font-size:.72rem;letter-spacing:.05em;margin-right:.4rem}
        .corroborated .status{color:var(--ok)}.conflicting .status{color:var(--bad)}
        meter{width:5rem;height:.7rem;vertical-align:middle}
        blockquote{margin:.35rem 0;padding:.25rem .6rem;border-left:3px solid #dde1e6;color:#333;font-size:.9rem}
        blockquote mark{background:#fff1a8;padding:0 .1rem}
        blockquote mark.whole{background:none;padding:0}
        cite{color:var(--muted);font-style:normal;font-size:.78rem;font-family:ui-monospace,Menlo,Consolas,monospace;margin-left:.3rem}
        .conflict{margin:.5rem 0 .2rem;border-top:1px solid #f0b8b0;padding-top:.4rem}
        .conflict-head{color:var(--bad);font-weight:700;margin:0 0 .3rem}
        .sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.5rem}
        .side{background:#fff;border:1px solid #f0b8b0;border-radius:.3rem;padding:.35rem .5rem;font-size:.88rem}
        .side strong{display:block;font-size:1rem;margin:.15rem 0}
        ul.refinements,ul.notes{margin:.3rem 0 0;padding-left:1.2rem;font-size:.85rem;color:#2d4a6b}
        footer{color:var(--muted);font-size:.8rem;text-align:center;padding:1rem}
        section.digest ul{list-style:none;padding-left:0}
        section.digest li{margin:.35rem 0}
        section.digest .meta{color:var(--muted);font-size:.85rem}
        """;

    private const string Script = """
        (function () {
          var off = {};
          var only = document.getElementById('only-conflicts');
          function apply() {
            var entries = document.querySelectorAll('li.entry');
            for (var i = 0; i < entries.length; i++) {
              var li = entries[i], badges = li.querySelectorAll('.meta .badge'), visible = false;
              for (var j = 0; j < badges.length; j++) if (!off[badges[j].getAttribute('data-source')]) visible = true;
              if (only.checked && !li.classList.contains('has-conflict')) visible = false;
              li.hidden = !visible;
            }
          }
          var buttons = document.querySelectorAll('button.filter');
          for (var k = 0; k < buttons.length; k++) buttons[k].addEventListener('click', function (ev) {
            var b = ev.currentTarget, s = b.getAttribute('data-source');
            off[s] = !off[s];
            b.setAttribute('aria-pressed', off[s] ? 'false' : 'true');
            apply();
          });
          only.addEventListener('change', apply);
          // A link can preset the view: #conflicts shows only conflicts, #hide=AFP,Reuters hides sources.
          var hash = decodeURIComponent(location.hash.slice(1));
          if (hash === 'conflicts') only.checked = true;
          if (hash.indexOf('hide=') === 0) {
            var hidden = hash.slice(5).split(',');
            for (var h = 0; h < buttons.length; h++) if (hidden.indexOf(buttons[h].getAttribute('data-source')) >= 0) {
              off[buttons[h].getAttribute('data-source')] = true;
              buttons[h].setAttribute('aria-pressed', 'false');
            }
          }
          apply();
          document.body.setAttribute('data-ready', 'true');
        })();
        """;

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public void Render(Reconciliation reconciliation, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(reconciliation);
        ArgumentNullException.ThrowIfNull(writer);
        var sources = TimelineView.Sources(reconciliation);
        var colours = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < sources.Count; i++) colours[sources[i]] = Palette[i % Palette.Length];
        string Badge(string source, string element = "span", string extra = "") =>
            $"<{element} class=\"badge{extra}\" data-source=\"{E(source)}\" style=\"background:{colours.GetValueOrDefault(source, "#555")}\">{E(source)}</{element}>";

        var entries = TimelineView.Build(reconciliation);
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"Summit\">\n");
        writer.Write("<title>Summit: merged timeline</title>\n");
        writer.Write("<script>window.onerror = function (m) { document.documentElement.setAttribute('data-error', String(m)); };</script>\n");
        writer.Write("<style>\n");
        writer.Write(Style);
        writer.Write("\n</style>\n</head>\n<body>\n<header>\n<h1>Merged timeline</h1>\n<p class=\"reports\">");
        foreach (var r in TimelineView.Reports(reconciliation))
            writer.Write($"<span class=\"report\" data-report=\"{E(r.Id)}\">{Badge(r.Source)}{E(r.Id)}, {E(r.Published)}</span> ");
        writer.Write($"</p>\n<p class=\"counts\">{E(TextRenderer.Counts(entries))}</p>\n<div class=\"controls\">Sources: ");
        foreach (var s in sources) writer.Write(Badge(s, "button", " filter\" type=\"button\" aria-pressed=\"true"));
        writer.Write("<label><input type=\"checkbox\" id=\"only-conflicts\"> only conflicts</label></div>\n</header>\n<main>\n");

        // the digest first: what a person reads in a minute, each item linking to its entry
        var digest = TimelineView.Digest(entries);
        if (digest.Count > 0)
        {
            writer.Write("<section class=\"digest\" data-section=\"digest\">\n<h2>In a minute</h2>\n<ul class=\"digest\">\n");
            foreach (var e in digest)
                writer.Write($"<li data-fact=\"{E(e.Fact.Id)}\"><a href=\"#fact-{E(e.Fact.Id)}\">{e.Number}.</a> {E(e.Fact.Summary)} <span class=\"meta\">{E(e.When)} · {E(e.Attribution)}</span></li>\n");
            writer.Write("</ul>\n</section>\n");
        }
        TimelineSection? section = null;
        foreach (var e in entries)
        {
            if (e.Section != section)
            {
                if (section is not null) writer.Write("</ol>\n</section>\n");
                section = e.Section;
                var name = e.Section.ToString().ToLowerInvariant();
                writer.Write($"<section class=\"{name}\" data-section=\"{name}\">\n<h2>{E(TimelineView.SectionTitle(e.Section))}</h2>\n<ol class=\"timeline\">\n");
            }
            WriteEntry(writer, e, Badge);
        }
        if (section is not null) writer.Write("</ol>\n</section>\n");
        writer.Write("</main>\n<footer>Made by Summit from ");
        writer.Write(E("report".ToQuantityInvariant(reconciliation.Reports.Count)));
        writer.Write(". Every quotation gives its report and character offsets [start–end).</footer>\n<script>\n");
        writer.Write(Script);
        writer.Write("\n</script>\n</body>\n</html>\n");
    }

    private static void WriteEntry(TextWriter writer, EntryView e, Func<string, string, string, string> badge)
    {
        var classes = $"entry {e.Status}{(e.Conflicts.Count > 0 ? " has-conflict" : "")}{(e.Unordered ? " unordered" : "")}{(e.Background ? " background" : "")}";
        writer.Write($"<li class=\"{classes}\" id=\"fact-{E(e.Fact.Id)}\" data-fact=\"{E(e.Fact.Id)}\" data-order=\"{e.Order}\" data-status=\"{e.Status}\"{(e.Fact.Time is { } t ? $" data-timex=\"{E(t)}\"" : "")}>\n");
        writer.Write($"<div class=\"when\"><span class=\"rank\">{e.Number}.</span>{E(e.When)}");
        if (e.Unordered) writer.Write("<span class=\"unsettled\" title=\"The reports do not settle the order of this entry against its neighbours\">≈ order unsettled</span>");
        if (e.PlacedAfter is not null) writer.Write($"<span class=\"placed\">{E(e.PlacedAfter)}</span>");
        writer.Write("</div>\n<div class=\"card\">\n");
        writer.Write($"<p class=\"summary\">{E(e.Fact.Summary)}</p>\n<p class=\"meta\"><span class=\"status\">{E(e.Status)}</span>");
        foreach (var s in e.Fact.Sources.Distinct(StringComparer.Ordinal)) writer.Write(badge(s, "span", ""));
        var confidence = Math.Clamp(e.Fact.Confidence, 0, 1).ToString("0.##", CultureInfo.InvariantCulture);
        writer.Write($" {E(e.Attribution)} · confidence <meter min=\"0\" max=\"1\" value=\"{confidence}\">{E(TimelineView.Percent(e.Fact.Confidence))}</meter> {E(TimelineView.Percent(e.Fact.Confidence))}</p>\n");
        foreach (var c in e.Citations)
        {
            writer.Write($"<blockquote class=\"quote\" data-report=\"{E(c.Claim.ReportId)}\" data-start=\"{c.Claim.Span.Start}\" data-end=\"{c.Claim.Span.End}\">{badge(c.Source, "span", "")}");
            var span = c.ClaimInSentence;
            if (span.Start <= 0 && span.End >= c.Sentence.Length) writer.Write($"<mark class=\"whole\">{E(c.Sentence)}</mark>");
            else writer.Write($"{E(c.Sentence[..span.Start])}<mark>{E(c.Sentence[span.Start..span.End])}</mark>{E(c.Sentence[span.End..])}");
            writer.Write($"<cite>{E(c.Where)}</cite></blockquote>\n");
        }
        foreach (var c in e.Conflicts)
        {
            writer.Write($"<div class=\"conflict\" data-slot=\"{E(c.Slot)}\">\n<p class=\"conflict-head\">⚠ Conflict on {E(c.Slot)}: {E(c.Reason)}</p>\n<div class=\"sides\">\n");
            foreach (var s in c.Sides)
            {
                writer.Write($"<div class=\"side\" data-report=\"{E(s.ReportId)}\">{badge(s.Source, "span", "")}{E(s.ReportId)}<strong>{E(s.Value)}</strong>");
                if (s.Citation is not null) writer.Write($"<q>{E(s.Citation.Claim.Text)}</q><cite>{E(s.Citation.Where)}</cite>");
                writer.Write("</div>\n");
            }
            writer.Write("</div>\n</div>\n");
        }
        if (e.Refinements.Count > 0)
        {
            writer.Write("<ul class=\"refinements\">\n");
            foreach (var (source, x) in e.Refinements)
                writer.Write($"<li class=\"refinement\">{badge(source, "span", "")}more specific on {E(x.Slot)}: {E(Wording.Description(x))}</li>\n");
            writer.Write("</ul>\n");
        }
        if (e.Fact.Notes.Count > 0)
        {
            writer.Write("<ul class=\"notes\">\n");
            foreach (var n in e.Fact.Notes) writer.Write($"<li>{E(Wording.Note(n))}</li>\n");
            writer.Write("</ul>\n");
        }
        writer.Write("</div>\n</li>\n");
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}

/// <summary>Humanizer's quantities, culture-free.</summary>
internal static class QuantityText
{
    public static string ToQuantityInvariant(this string word, int count) => Humanizer.ToQuantityExtensions.ToQuantity(word, count);
}
