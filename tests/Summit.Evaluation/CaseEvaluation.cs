using System.Globalization;
using System.Text.Json;
using Summit.Documents;
using Summit.Rendering;

namespace Summit.Evaluation;

/// <summary>
/// Scores whole cases (../shared/eval/cases/*/ or --case DIR) by the rules of FORMAT.md, from the
/// JSON the sample console writes (the library's run rendered by <see cref="JsonRenderer"/>), so the
/// figures are the ones an outside scorer computes from that output alone.
/// </summary>
public sealed class CaseEvaluation : IEvaluation
{
    /// <inheritdoc />
    public string Name => "cases";

    /// <inheritdoc />
    public async Task<IReadOnlyList<Score>> RunAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var dirs = context.CaseDirs.Count > 0
            ? context.CaseDirs
            : Directory.GetDirectories(Path.Combine(context.EvalRoot, "cases")).Order(StringComparer.Ordinal).ToArray();
        var scores = new List<Score>();
        var summit = EvalSupport.DefaultEngine();
        foreach (var dir in dirs)
        {
            var inputs = await ReportFiles.LoadAsync([Path.Combine(dir, "reports")], cancellationToken);
            var reconciliation = summit.Reconcile(inputs, cancellationToken);
            if (Environment.GetEnvironmentVariable("SUMMIT_DEBUG_ALIGN") is { Length: > 0 }) DebugAlignment(reconciliation, dir, context.Output);
            var gold = await File.ReadAllTextAsync(Path.Combine(dir, "gold.json"), cancellationToken);
            var result = CaseScorer.Score(reconciliation, inputs, gold, context.Output);
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(dir));
            scores.AddRange(result.ToScores(name));
        }
        return scores;
    }

    /// <summary>Prints the aligner's score between the claims that cover each corroborated gold fact (a tuning aid).</summary>
    private static void DebugAlignment(Reconciliation r, string dir, TextWriter log)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "gold.json")));
        var texts = r.Reports.ToDictionary(x => x.Id, x => x.Text);
        var (featureList, compiledList, _) = new Summit.Alignment.ClaimAligner(new SummitOptions(), new Summit.Lexical.LexicalResources()).Prepare(r.Claims);
        var features = r.Claims.Select((c, i) => (c.Id, f: featureList[i])).ToDictionary(x => x.Id, x => x.f);
        var compiled = r.Claims.Select((c, i) => (c.Id, f: compiledList[i])).ToDictionary(x => x.Id, x => x.f);
        foreach (var fact in gold.RootElement.GetProperty("facts").EnumerateArray())
        {
            if (fact.GetProperty("status").GetString() != "corroborated") continue;
            var covering = new List<Summit.Claims.Claim>();
            foreach (var rep in fact.GetProperty("evidence").EnumerateObject())
            {
                var p = rep.Value[0].GetString()!;
                int at = texts[rep.Name].IndexOf(p, StringComparison.Ordinal);
                var c = r.Claims.Where(c => c.ReportId == rep.Name && Math.Min(c.Span.End, at + p.Length) - Math.Max(c.Span.Start, at) >= p.Length / 2.0).FirstOrDefault();
                if (c is null) { log.WriteLine($"  align {fact.GetProperty("id").GetString()}: no claim covers [{rep.Name}] {p}"); continue; }
                covering.Add(c);
            }
            if (covering.Count < 2) continue;
            var (a, b) = (covering[0], covering[1]);
            var s = Summit.Alignment.ClaimAligner.Score(a, b, compiled[a.Id], compiled[b.Id]);
            log.WriteLine($"  align {fact.GetProperty("id").GetString()}: {s:0.000} {a.Id}<>{b.Id} [{string.Join(",", features[a.Id].Lemmas.Keys)}] [{string.Join(",", features[b.Id].Lemmas.Keys)}]");
            foreach (var x in new[] { a, b })
            {
                var other = x == a ? b : a;
                var rivals = r.Claims.Where(c => c.ReportId == other.ReportId && c != other)
                    .Select(c => (c, s: Summit.Alignment.ClaimAligner.Score(x, c, compiled[x.Id], compiled[c.Id]))).OrderByDescending(t => t.s).Take(1);
                foreach (var (c, rs) in rivals) log.WriteLine($"      best rival of {x.Id}: {c.Id} {rs:0.000} {c.Text[..Math.Min(60, c.Text.Length)]}");
            }
        }
    }
}

/// <summary>The FORMAT.md scores of one case.</summary>
public sealed record CaseScores(
    int Facts, int FactsFound, int Corroborated, int CorroboratedFound, int Links, int GoodLinks,
    int Covered, int StatusRight, int FalseConflicts, int Dated, int DatesRight,
    int TimeExpressions, int TimeExpressionsRight, int Reports, int SourcesRight, int DatesOfReportsRight)
{
    /// <summary>The lines of the evaluation table.</summary>
    public IEnumerable<Score> ToScores(string name)
    {
        yield return new Score(name, "facts found", $"{FactsFound}/{Facts}");
        yield return new Score(name, "corroborated found", $"{CorroboratedFound}/{Corroborated}", $"{Corroborated}/{Corroborated}");
        yield return new Score(name, "link precision", Ratio(GoodLinks, Links) + $" ({GoodLinks}/{Links})", "≥ 0.90");
        yield return new Score(name, "status accuracy", Ratio(StatusRight, Covered) + $" ({StatusRight}/{Covered})", "≥ 0.90");
        yield return new Score(name, "false conflicts", FalseConflicts.ToString(CultureInfo.InvariantCulture), "0");
        yield return new Score(name, "date accuracy", Ratio(DatesRight, Dated) + $" ({DatesRight}/{Dated})");
        yield return new Score(name, "time-expression accuracy", Ratio(TimeExpressionsRight, TimeExpressions) + $" ({TimeExpressionsRight}/{TimeExpressions})");
        yield return new Score(name, "report source", $"{SourcesRight}/{Reports}");
        yield return new Score(name, "report date", $"{DatesOfReportsRight}/{Reports}");
    }

    private static string Ratio(int a, int b) => b == 0 ? "n/a" : (a / (double)b).ToString("0.000", CultureInfo.InvariantCulture);
}

/// <summary>The scorer of FORMAT.md ("How a case is scored"), over gold.json and the JSON output.</summary>
public static class CaseScorer
{
    private sealed record Passage(string Report, int Start, int End, string Text);

    private sealed record OutClaim(string Id, string Report, int Start, int End, string Text);

    /// <summary>
    /// Scores a run of the engine on a case's <paramref name="inputs"/> against the case's gold, from the run's JSON
    /// (what the sample console writes), as an outside scorer does; prints misses to <paramref name="log"/>.
    /// </summary>
    public static CaseScores Score(Reconciliation result, IReadOnlyList<ReportInput> inputs, string goldJson, TextWriter log)
    {
        using var output = JsonDocument.Parse(JsonRenderer.Render(result));
        using var gold = JsonDocument.Parse(goldJson);
        return Score(gold.RootElement, output.RootElement, inputs.ToDictionary(i => i.Id, i => i.Text, StringComparer.Ordinal), log);
    }

    /// <summary>Scores <paramref name="output"/> against <paramref name="gold"/>; prints misses to <paramref name="log"/>.</summary>
    public static CaseScores Score(JsonElement gold, JsonElement output, IReadOnlyDictionary<string, string> texts, TextWriter log)
    {
        Passage Locate(string report, string text)
        {
            if (!texts.TryGetValue(report, out var t)) throw new InvalidDataException($"gold names an unknown report '{report}'");
            int at = t.IndexOf(text, StringComparison.Ordinal);
            if (at < 0) throw new InvalidDataException($"gold passage not in report {report}: {text}");
            return new Passage(report, at, at + text.Length, text);
        }

        var claims = output.GetProperty("claims").EnumerateArray().Select(c => new OutClaim(
            c.GetProperty("id").GetString()!, c.GetProperty("report").GetString()!,
            c.GetProperty("start").GetInt32(), c.GetProperty("end").GetInt32(), c.GetProperty("text").GetString()!)).ToDictionary(c => c.Id);
        var facts = output.GetProperty("facts").EnumerateArray().Select(f => (
            Id: f.GetProperty("id").GetString()!,
            Status: f.GetProperty("status").GetString()!,
            Claims: f.GetProperty("claims").EnumerateArray().Select(c => claims[c.GetString()!]).ToArray(),
            Time: f.TryGetProperty("time", out var tm) && tm.ValueKind == JsonValueKind.String ? tm.GetString() : null,
            Conflicts: f.TryGetProperty("conflicts", out var cf) ? cf.GetArrayLength() : 0)).ToArray();

        static bool Covers(OutClaim c, Passage p) =>
            c.Report == p.Report && Math.Min(c.End, p.End) - Math.Max(c.Start, p.Start) >= (p.End - p.Start) / 2.0;
        static int Overlap(OutClaim c, Passage p) => c.Report == p.Report ? Math.Max(0, Math.Min(c.End, p.End) - Math.Max(c.Start, p.Start)) : 0;
        // a claim belongs to a passage when it covers half of it, or half of the claim lies in it (score-case.py's "located")
        static bool Located(OutClaim c, Passage p) => Overlap(c, p) is var o && o > 0 && 2 * o >= Math.Min(p.End - p.Start, c.End - c.Start);

        // Gold facts with their passages (evidence and also).
        var goldFacts = new List<(string Id, string Status, string? Date, List<Passage> Evidence, List<Passage> All)>();
        foreach (var f in gold.GetProperty("facts").EnumerateArray())
        {
            var evidence = new List<Passage>();
            foreach (var r in f.GetProperty("evidence").EnumerateObject())
                foreach (var p in r.Value.EnumerateArray()) evidence.Add(Locate(r.Name, p.GetString()!));
            var all = new List<Passage>(evidence);
            if (f.TryGetProperty("also", out var also))
                foreach (var r in also.EnumerateObject())
                    foreach (var p in r.Value.EnumerateArray()) all.Add(Locate(r.Name, p.GetString()!));
            goldFacts.Add((f.GetProperty("id").GetString()!, f.GetProperty("status").GetString()!,
                f.TryGetProperty("date", out var d) ? d.GetString() : null, evidence, all));
        }
        // each optional link: its passages, one per report
        var optional = new List<Passage[]>();
        if (gold.TryGetProperty("optionalLinks", out var opt))
            foreach (var o in opt.EnumerateArray())
                optional.Add(o.EnumerateObject().Where(p => p.Name != "why").Select(p => Locate(p.Name, p.Value.GetString()!)).ToArray());
        // a pair touches an optional link when each claim overlaps that link's passage in its report (as score-case.py)
        bool Optional(OutClaim a, OutClaim b) => optional.Any(link =>
            link.Any(p => Overlap(a, p) > 0) && link.Any(p => Overlap(b, p) > 0));

        int found = 0, corroborated = 0, corroboratedFound = 0, covered = 0, statusRight = 0, dated = 0, datesRight = 0;
        foreach (var g in goldFacts)
        {
            var reports = g.Evidence.Select(p => p.Report).Distinct().ToArray();
            if (g.Status == "corroborated") corroborated++;
            var isFound = false;
            string? foundTime = null;
            foreach (var f in facts)
            {
                bool all = g.Evidence.All(p => f.Claims.Any(c => Covers(c, p)));
                bool ok = g.Status == "corroborated" || reports.Length > 1
                    ? all
                    : all && f.Claims.All(c => reports.Contains(c.Report));
                if (ok) { isFound = true; foundTime = f.Time; break; }
            }
            if (isFound)
            {
                found++;
                if (g.Status == "corroborated") corroboratedFound++;
                if (g.Date is not null) { dated++; if (foundTime == g.Date) datesRight++; else log.WriteLine($"  date {g.Id}: gold {g.Date}, output {foundTime ?? "null"}"); }
            }
            else log.WriteLine($"  not found: {g.Id} ({g.Status})");
            // Status: the output fact that covers most of the fact's passages.
            var best = facts.Select(f => (f, n: g.All.Count(p => f.Claims.Any(c => Covers(c, p))))).Where(x => x.n > 0)
                .OrderByDescending(x => x.n).Select(x => x.f).ToArray();
            if (best.Length > 0)
            {
                covered++;
                if (best[0].Status == g.Status) statusRight++;
                else log.WriteLine($"  status {g.Id}: gold {g.Status}, output {best[0].Status} ({best[0].Id})");
            }
        }

        int links = 0, goodLinks = 0;
        foreach (var f in facts)
            for (int i = 0; i < f.Claims.Length; i++)
                for (int j = i + 1; j < f.Claims.Length; j++)
                {
                    var (a, b) = (f.Claims[i], f.Claims[j]);
                    if (a.Report == b.Report) continue;
                    if (Optional(a, b)) continue;
                    links++;
                    bool good = goldFacts.Any(g => g.All.Any(p => Located(a, p)) && g.All.Any(p => Located(b, p)));
                    if (good) goodLinks++;
                    else log.WriteLine($"  wrong link in {f.Id}: [{a.Report}] {Clip(a.Text)} <> [{b.Report}] {Clip(b.Text)}");
                }

        int falseConflicts = 0;
        var goldConflicts = gold.TryGetProperty("conflicts", out var gc) ? gc.EnumerateArray().Select(c =>
            c.GetProperty("evidence").EnumerateObject().Select(e => Locate(e.Name, e.Value.GetString()!)).ToArray()).ToArray() : [];
        foreach (var f in facts.Where(f => f.Conflicts > 0))
        {
            bool explained = goldConflicts.Any(ev => ev.All(p => f.Claims.Any(c => Covers(c, p))));
            if (!explained) { falseConflicts += f.Conflicts; log.WriteLine($"  false conflict in {f.Id}"); }
        }

        var outTimes = output.GetProperty("timeExpressions").EnumerateArray().Select(t => (
            Report: t.GetProperty("report").GetString()!, Start: t.GetProperty("start").GetInt32(), End: t.GetProperty("end").GetInt32(),
            Value: t.TryGetProperty("value", out var v) ? v.GetString() : null)).ToArray();
        int timex = 0, timexRight = 0;
        if (gold.TryGetProperty("timeExpressions", out var gt))
            foreach (var t in gt.EnumerateArray())
            {
                timex++;
                var p = Locate(t.GetProperty("report").GetString()!, t.GetProperty("text").GetString()!);
                var value = t.GetProperty("value").GetString();
                var hit = outTimes.Where(o => o.Report == p.Report && o.Start < p.End && p.Start < o.End).ToArray();
                if (hit.Any(o => o.Value == value)) timexRight++;
                else log.WriteLine($"  time {p.Report} '{p.Text}': gold {value}, output {string.Join(",", hit.Select(h => h.Value ?? "null"))}");
            }

        var outReports = output.GetProperty("reports").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        int reportCount = 0, sourceRight = 0, dateRight = 0;
        foreach (var r in gold.GetProperty("reports").EnumerateArray())
        {
            reportCount++;
            var id = r.GetProperty("id").GetString()!;
            if (!outReports.TryGetValue(id, out var o)) { log.WriteLine($"  report {id} missing"); continue; }
            var source = o.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            var published = o.TryGetProperty("published", out var pb) && pb.ValueKind == JsonValueKind.String ? pb.GetString() : null;
            var goldPublished = r.GetProperty("published").ValueKind == JsonValueKind.String ? r.GetProperty("published").GetString() : null;
            if (string.Equals(source, r.GetProperty("source").GetString(), StringComparison.OrdinalIgnoreCase)) sourceRight++;
            else log.WriteLine($"  report {id} source: gold {r.GetProperty("source").GetString()}, output {source}");
            if (published == goldPublished || (published is not null && goldPublished is not null && published.StartsWith(goldPublished, StringComparison.Ordinal))) dateRight++;
            else log.WriteLine($"  report {id} published: gold {goldPublished}, output {published}");
        }

        return new CaseScores(goldFacts.Count, found, corroborated, corroboratedFound, links, goodLinks, covered, statusRight,
            falseConflicts, dated, datesRight, timex, timexRight, reportCount, sourceRight, dateRight);
    }

    private static string Clip(string s) => s.Length <= 70 ? s : s[..67] + "...";
}
