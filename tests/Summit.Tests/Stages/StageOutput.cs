using System.Globalization;
using System.Text;
using Summit.Claims;
using Summit.Documents;
using Summit.Reconciling;
using Summit.Rendering;
using Summit.Time;

namespace Summit.Tests.Stages;

/// <summary>
/// Each stage's output as short, diff-friendly text: one line per field or item, nothing a reviewer does not
/// judge (no ids, offsets or confidences), so that a change to a stage shows as the lines it changes.
/// </summary>
internal static class StageOutput
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>The reader's output: outlet, dateline, dates, header fields, headings, paragraphs and metadata lines.</summary>
    public static string Reader(IEnumerable<Report> reports)
    {
        var sb = new StringBuilder();
        foreach (var r in reports)
        {
            sb.Append("report ").Append(r.Id).Append('\n');
            Field(sb, "source", r.Source);
            Field(sb, "agency", r.Agency);
            Field(sb, "dateline", r.Dateline);
            Field(sb, "published", r.Published is { } p ? p.ToString("yyyy-MM-dd", Culture) + (r.PublishedInferred ? " (inferred)" : "") : null);
            Field(sb, "published time", r.PublishedTime?.ToString("yyyy-MM-dd HH:mm zzz", Culture));
            Field(sb, "time zone", r.PublishedTimeZone);
            Field(sb, "updated", r.Updated?.ToString("yyyy-MM-dd", Culture));
            Field(sb, "url", r.Url);
            Field(sb, "headline", r.Headline);
            Field(sb, "standfirst", r.Standfirst);
            Field(sb, "byline", r.Byline);
            foreach (var h in r.Headings) Field(sb, "heading", h.Of(r.Text));
            foreach (var para in r.Paragraphs) Field(sb, "paragraph", para.Of(r.Text));
            foreach (var m in r.Metadata) Field(sb, "metadata", m.Of(r.Text));
        }
        return sb.ToString();
    }

    /// <summary>The temporal tagger's output: each expression with its TIMEX value and type.</summary>
    public static string Times(IEnumerable<TimeExpression> times)
    {
        var sb = new StringBuilder();
        foreach (var t in times)
        {
            sb.Append(Quote(t.Text)).Append(" = ").Append(t.Value).Append(" (").Append(Lower(t.Type));
            if (t.Granularity != Granularity.None) sb.Append(", ").Append(Lower(t.Granularity));
            if (!t.Anchored) sb.Append(", unanchored");
            sb.Append(")\n");
        }
        return sb.ToString();
    }

    /// <summary>The claim extractor's output: each claim's text, then its fields on one line.</summary>
    public static string Claims(IEnumerable<Claim> claims)
    {
        var sb = new StringBuilder();
        foreach (var c in claims)
        {
            sb.Append("- ").Append(c.Text).Append('\n');
            sb.Append("  subject: ").Append(c.Subject ?? "-")
              .Append(" | predicate: ").Append(c.Predicate)
              .Append(" | object: ").Append(c.Object ?? "-")
              .Append(" | attribution: ").Append(c.Attribution ?? "-")
              .Append(" | modality: ").Append(Lower(c.Modality));
            if (c.Negated) sb.Append(" | negated");
            sb.Append(" | time: ").Append(c.Time is { } t ? $"{Quote(t.Text)} = {t.Value}" : "-").Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>
    /// The facts of a reconciliation: per fact its status, sources and time, its summary, its conflicts and
    /// refinements, and the claims it joins (report: text).
    /// </summary>
    public static string Facts(Reconciliation result)
    {
        var sb = new StringBuilder();
        foreach (var f in result.Facts)
        {
            sb.Append('[').Append(Lower(f.Status)).Append("] ").Append(string.Join(", ", f.Sources.Distinct()))
              .Append(" | ").Append(f.Time ?? "undated").Append('\n');
            sb.Append("  ").Append(f.Summary).Append('\n');
            foreach (var c in f.Conflicts)
                sb.Append("  conflict on ").Append(c.Slot).Append(": ")
                  .Append(string.Join("; ", c.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key} {v.Value}")))
                  .Append(" (").Append(Wording.Reason(c)).Append(")\n");
            foreach (var r in f.Refinements)
                sb.Append("  refined by ").Append(r.ReportId).Append(" on ").Append(r.Slot).Append(": ").Append(Wording.Description(r)).Append('\n');
            foreach (var c in f.Claims)
                sb.Append("  · ").Append(c.ReportId).Append(": ").Append(c.Text).Append('\n');
        }
        return sb.ToString();
    }

    private static void Field(StringBuilder sb, string name, string? value)
    {
        if (value is not null) sb.Append("  ").Append(name).Append(": ").Append(value.ReplaceLineEndings(" ").Trim()).Append('\n');
    }

    private static string Quote(string text) => "\"" + text + "\"";

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
