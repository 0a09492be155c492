using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Summit.Time;

namespace Summit.Rendering;

/// <summary>
/// Writes the JSON output contract (../shared/eval/FORMAT.md; the README documents it): reports,
/// claims, facts, timeline, timeExpressions, entities — plus diagnostics. Offsets are UTF-16 code
/// units into each report's text; the same input always gives byte-identical output.
/// </summary>
public sealed class JsonRenderer : IReconciliationRenderer
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public void Render(Reconciliation reconciliation, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(reconciliation);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Render(reconciliation));
        writer.Write('\n');
    }

    /// <summary>The JSON text of <paramref name="r"/>.</summary>
    public static string Render(Reconciliation r)
    {
        ArgumentNullException.ThrowIfNull(r);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("reports");
            foreach (var report in r.Reports)
            {
                w.WriteStartObject();
                w.WriteString("id", report.Id);
                w.WriteString("source", report.Source);
                w.WriteString("published", Day(report.Published));
                w.WriteBoolean("publishedInferred", report.PublishedInferred);
                w.WriteString("dateline", report.Dateline);
                if (report.TextExtracted) w.WriteString("text", report.Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("claims");
            foreach (var c in r.Claims)
            {
                w.WriteStartObject();
                w.WriteString("id", c.Id);
                w.WriteString("report", c.ReportId);
                w.WriteNumber("start", c.Span.Start);
                w.WriteNumber("end", c.Span.End);
                w.WriteString("text", c.Text);
                w.WriteString("kind", Names.Of(c.Kind));
                w.WriteString("subject", c.Subject);
                w.WriteString("predicate", c.Predicate);
                w.WriteString("object", c.Object);
                w.WriteString("attribution", c.Attribution);
                w.WriteString("modality", Names.Of(c.Modality));
                w.WriteBoolean("negated", c.Negated);
                if (c.Time is null) w.WriteNull("time");
                else
                {
                    w.WriteStartObject("time");
                    w.WriteString("text", c.Time.Text);
                    w.WriteString("value", c.Time.Value);
                    w.WriteNumber("start", c.Time.Span.Start);
                    w.WriteNumber("end", c.Time.Span.End);
                    w.WriteEndObject();
                }
                if (c.Arguments.Count > 0)
                {
                    w.WriteStartArray("arguments");
                    foreach (var a in c.Arguments)
                    {
                        w.WriteStartObject();
                        w.WriteString("role", a.Role);
                        w.WriteString("text", a.Text);
                        w.WriteNumber("start", a.Span.Start);
                        w.WriteNumber("end", a.Span.End);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("facts");
            foreach (var f in r.Facts)
            {
                w.WriteStartObject();
                w.WriteString("id", f.Id);
                w.WriteString("status", Names.Of(f.Status));
                w.WriteBoolean("statement", f.Statement);
                w.WriteStartArray("claims");
                foreach (var id in f.ClaimIds) w.WriteStringValue(id);
                w.WriteEndArray();
                w.WriteStartArray("sources");
                foreach (var s in f.Sources) w.WriteStringValue(s);
                w.WriteEndArray();
                w.WriteString("time", f.Time);
                w.WriteString("granularity", Names.Of(f.Granularity));
                w.WriteString("summary", f.Summary);
                w.WriteNumber("confidence", f.Confidence);
                w.WriteStartArray("conflicts");
                foreach (var conflict in f.Conflicts)
                {
                    w.WriteStartObject();
                    w.WriteString("slot", conflict.Slot);
                    w.WriteStartObject("values");
                    foreach (var (report, value) in conflict.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteString(report, value);
                    w.WriteEndObject();
                    w.WriteString("reason", Wording.Reason(conflict));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartArray("refinements");
                foreach (var refinement in f.Refinements)
                {
                    w.WriteStartObject();
                    w.WriteString("report", refinement.ReportId);
                    w.WriteString("slot", refinement.Slot);
                    w.WriteString("description", Wording.Description(refinement));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                if (f.Notes.Count > 0)
                {
                    w.WriteStartArray("notes");
                    foreach (var n in f.Notes) w.WriteStringValue(Wording.Note(n));
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("timeline");
            foreach (var e in r.Timeline.Entries)
            {
                w.WriteStartObject();
                w.WriteString("fact", e.FactId);
                w.WriteString("time", e.Time);
                w.WriteNumber("order", e.Order);
                w.WriteString("granularity", Names.Of(e.Granularity));
                w.WriteBoolean("background", e.Background);
                w.WriteBoolean("unordered", e.Unordered);
                w.WriteString("placedAfter", e.PlacedAfter);
                w.WriteString("reportedOn", Day(e.ReportedOn));
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("timeExpressions");
            foreach (var t in r.TimeExpressions)
            {
                w.WriteStartObject();
                w.WriteString("report", t.ReportId);
                w.WriteNumber("start", t.Span.Start);
                w.WriteNumber("end", t.Span.End);
                w.WriteString("text", t.Text);
                w.WriteString("value", t.Value);
                w.WriteString("type", t.Type.ToString().ToUpperInvariant());
                w.WriteBoolean("anchored", t.Anchored);
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("entities");
            foreach (var e in r.Entities.Entities)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                w.WriteString("name", e.Name);
                w.WriteString("type", Names.Of(e.Type));
                w.WriteStartArray("mentions");
                foreach (var m in e.Mentions)
                {
                    w.WriteStartObject();
                    w.WriteString("report", m.ReportId);
                    w.WriteNumber("start", m.Span.Start);
                    w.WriteNumber("end", m.Span.End);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("diagnostics");
            foreach (var d in r.Diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("severity", Names.Of(d.Severity));
                w.WriteString("code", d.Code);
                w.WriteString("message", d.Message);
                w.WriteString("report", d.ReportId);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A day as the contract writes it ("2019-04-24"), or null.</summary>
    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The contract's lower-case names for enum values.</summary>
internal static class Names
{
    public static string Of<T>(T value) where T : struct, Enum
    {
        var s = value.ToString();
        return char.ToLowerInvariant(s[0]) + s[1..];
    }
}
