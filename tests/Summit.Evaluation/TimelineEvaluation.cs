using System.Text.Json;
using Summit.Documents;
using Summit.Time;
using Summit.Timelines;

namespace Summit.Evaluation;

/// <summary>
/// How well the merged timeline orders the facts of each case (cases/*/gold.json): of the pairs of
/// found gold facts whose gold dates do not overlap (one ends before the other starts), the share the
/// timeline puts in the same order (a shared order rank counts as wrong); and whether every output
/// fact is on the timeline. A gold fact is found by the output fact whose claims cover most of its
/// evidence passages (same report, overlap of at least half the passage), as FORMAT.md scores.
/// </summary>
public sealed class TimelineEvaluation : IEvaluation
{
    /// <inheritdoc />
    public string Name => "timeline";

    /// <inheritdoc />
    public async Task<IReadOnlyList<Score>> RunAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var dirs = context.CaseDirs.Count > 0 ? context.CaseDirs
            : Directory.GetDirectories(Path.Combine(context.EvalRoot, "cases")).Order(StringComparer.Ordinal).ToArray();
        var scores = new List<Score>();
        foreach (var dir in dirs)
        {
            var name = Path.GetFileName(dir);
            var inputs = await ReportFiles.LoadAsync([Path.Combine(dir, "reports")], cancellationToken).ConfigureAwait(false);
            var result = SummitEngine.CreateDefault().Reconcile(inputs, cancellationToken);
            using var gold = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "gold.json"), cancellationToken).ConfigureAwait(false));
            var texts = result.Reports.ToDictionary(r => r.Id, r => r.Text, StringComparer.Ordinal);
            var rank = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var e in result.Timeline.Entries) rank.TryAdd(e.FactId, e.Order);

            // Each dated gold fact → the output fact covering most of its passages.
            var found = new List<(string Gold, DateOnly First, DateOnly Last, string Fact)>();
            int dated = 0;
            foreach (var g in gold.RootElement.GetProperty("facts").EnumerateArray())
            {
                if (!g.TryGetProperty("date", out var date) || date.ValueKind != JsonValueKind.String) continue;
                if (TimexValue.Parse(date.GetString()) is not { } period) continue;
                dated++;
                var passages = new List<(string Report, Span Span)>();
                foreach (var ev in g.GetProperty("evidence").EnumerateObject())
                {
                    if (!texts.TryGetValue(ev.Name, out var text)) continue;
                    foreach (var s in ev.Value.EnumerateArray())
                    {
                        int at = text.IndexOf(s.GetString()!, StringComparison.Ordinal);
                        if (at >= 0) passages.Add((ev.Name, new Span(at, at + s.GetString()!.Length)));
                    }
                }
                var best = result.Facts
                    .Select(f => (f.Id, Covered: passages.Count(p => f.ClaimIds.Select(result.Claim)
                        .Any(c => c.ReportId == p.Report && c.Span.OverlapLength(p.Span) * 2 >= p.Span.Length))))
                    .Where(x => x.Covered > 0).OrderByDescending(x => x.Covered).ThenBy(x => x.Id, StringComparer.Ordinal).FirstOrDefault();
                if (best.Id is not null && rank.ContainsKey(best.Id)) found.Add((g.GetProperty("id").GetString()!, period.First, period.Last, best.Id));
            }

            int pairs = 0, right = 0;
            for (int i = 0; i < found.Count; i++)
                for (int j = 0; j < found.Count; j++)
                {
                    if (found[i].Last >= found[j].First || found[i].Fact == found[j].Fact) continue;
                    pairs++;
                    if (rank[found[i].Fact] < rank[found[j].Fact]) right++;
                    else context.Output.WriteLine($"{name}: timeline puts {found[j].Gold} ({found[j].Fact}) before or with {found[i].Gold} ({found[i].Fact})");
                }
            scores.Add(new Score(name, "timeline pair order", pairs == 0 ? "n/a" : $"{(double)right / pairs:0.000}", "≥ 0.90"));
            scores.Add(new Score(name, "dated gold facts found", $"{found.Count}/{dated}"));
            scores.Add(new Score(name, "statement facts on the timeline", $"{result.Timeline.Entries.Select(e => e.FactId).Distinct().Count()}/{result.Facts.Count(f => f.Statement)}", "all (facts of further events only are left off by design)"));
        }
        return scores;
    }
}
