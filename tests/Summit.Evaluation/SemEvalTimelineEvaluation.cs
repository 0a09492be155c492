using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Summit.Claims;
using Summit.Reconciling;

namespace Summit.Evaluation;

/// <summary>
/// SemEval-2015 Task 4 (Minard et al. 2015, CC BY 3.0), track A: cross-document timelines of
/// target entities from raw text, on the test corpora 1–3. Each corpus's 30 documents are run as
/// one story (dated by their DCT). A target entity's system timeline is the engine's timeline
/// restricted to facts with a claim naming the entity; each claim's event is its predicate word
/// ("docid-sentence-word", as in the gold). Events are placed at their fact's date; an undated fact whose
/// claims are in the past or present tense at the day its earliest report told it (the timeline's
/// <c>ReportedOn</c>); other undated facts are unordered (order 0, as in the gold).
/// <para>
/// The measure is the task's: temporal awareness (UzZaman &amp; Allen 2011) of each timeline's graph,
/// micro-averaged over the timelines (see <see cref="TemporalAwareness"/> for the conversion and the
/// choices its description leaves open). The task's tool itself is not shipped with the data, so this is
/// a re-implementation from the published description.
/// </para>
/// </summary>
public sealed partial class SemEvalTimelineEvaluation : IEvaluation
{
    /// <inheritdoc />
    public string Name => "semeval2015";

    /// <summary>The dataset name of the test corpora's rows (the final line <c>semeval2015 track A</c> is printed from them).</summary>
    internal const string TestDataset = "semeval2015 t4 A corpus 1-3";

    /// <summary>An event of a timeline: its position (0 = unordered) and its date in the gold form ("2005-01-XX"), if any.</summary>
    internal readonly record struct Placed(int Order, string? Date);

    /// <inheritdoc />
    public Task<IReadOnlyList<Score>> RunAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var root = context.Raw("semeval2015-task4");
        var corpora = Directory.EnumerateDirectories(root, "corpus_*").Order(StringComparer.Ordinal).ToList();
        if (corpora.Count == 0) throw new InvalidDataException($"No corpus_N folders under {root}.");
        if (context.Smoke) corpora = corpora.Take(1).ToList();

        var engine = SummitEngine.CreateDefault();
        // two readings of Summit's answer: its timeline (the facts of statements a reader sees), and every event it
        // extracted — the timeline's facts, then the facts of further events only (off the timeline, each at the time
        // of its own event), a further event naming what its clause names (it shares the clause's participants)
        var events = new Tally();
        var statements = new Tally();
        foreach (var corpus in corpora)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var files = Directory.EnumerateFiles(Path.Combine(corpus, "corpus_trackA_TimeML"), "*.tml").Order(StringComparer.Ordinal).ToList();
            if (context.Smoke) files = files.Take(5).ToList();
            var docs = files.Select(LoadDoc).ToList();
            var result = engine.Reconcile(docs.Select(d => EvalSupport.Report(d.Id, d.Text, d.Published)), cancellationToken);
            var docById = docs.ToDictionary(d => d.Id, StringComparer.Ordinal);
            var claimById = result.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
            var factById = result.Facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
            var published = result.Reports.ToDictionary(r => r.Id, r => r.Published, StringComparer.Ordinal);
            var onTimeline = result.Timeline.Entries.Select(e => (Fact: factById[e.FactId], e.ReportedOn)).ToList();
            var further = result.Facts.Where(f => !f.Statement).Select(f => (Fact: f, ReportedOn: f.ClaimIds.Select(id => published[claimById[id].ReportId]).Min()));
            var clauses = result.Claims.Where(c => c.Kind == ClaimKind.Clause).ToLookup(c => (c.ReportId, c.Sentence));
            Claim Named(Claim c) => c.Kind == ClaimKind.Clause ? c
                : clauses[(c.ReportId, c.Sentence)].Where(x => x.Span.Contains(c.Span)).MinBy(x => x.Span.Length) ?? c;

            var targets = File.ReadAllLines(Directory.EnumerateFiles(corpus, "list_target_entities_*.txt").Single())
                .Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
            var goldDir = Path.Combine(corpus, "TimeLines_Gold_Standard");
            var counts = default(TemporalAwareness.Counts);
            foreach (var target in targets)
            {
                var goldFile = Path.Combine(goldDir, FileName(target) + ".txt");
                if (!File.Exists(goldFile)) { context.Output.WriteLine($"semeval: no gold timeline {goldFile}"); continue; }
                var gold = LoadGold(goldFile);
                var system = Timeline(onTimeline.Concat(further), target, claimById, docById, Named);
                counts += events.Add(system, gold);
                statements.Add(Timeline(onTimeline, target, claimById, docById, Named), gold);
            }
            var (p, r, f) = counts.Score();
            context.Output.WriteLine($"semeval {Path.GetFileName(corpus)}: {docs.Count} docs, {targets.Count} timelines; reduced relations system {counts.System} gold {counts.Gold}; TA P {EvalSupport.Pct(p)} R {EvalSupport.Pct(r)} F1 {EvalSupport.Pct(f)}");
        }
        var (tp, tr, tf) = events.Counts.Score();
        var ds = TestDataset + (context.Smoke ? " (smoke)" : "");
        return Task.FromResult<IReadOnlyList<Score>>(
        [
            new Score(ds, "temporal awareness P", EvalSupport.Pct(tp)),
            new Score(ds, "temporal awareness R", EvalSupport.Pct(tr)),
            new Score(ds, "temporal awareness F1", EvalSupport.Pct(tf), "best 2015 track A system 7.85"),
            new Score(ds, "timeline event F1", EvalSupport.Pct(events.EventF1)),
            new Score(ds, "statements only: TA F1", EvalSupport.Pct(statements.Counts.Score().F1), "the timeline a reader sees"),
            new Score(ds, "statements only: event F1", EvalSupport.Pct(statements.EventF1)),
        ]);
    }

    /// <summary>Temporal-awareness counts and event matches summed over timelines.</summary>
    private sealed class Tally
    {
        public TemporalAwareness.Counts Counts;
        private long _system, _gold, _matched;

        public TemporalAwareness.Counts Add(Dictionary<string, Placed> system, Dictionary<string, Placed> gold)
        {
            var counts = TemporalAwareness.Compare(system, gold);
            Counts += counts;
            _system += system.Count; _gold += gold.Count; _matched += system.Keys.Count(gold.ContainsKey);
            return counts;
        }

        public double EventF1 => Prf(_matched, _system, _matched, _gold).F1;
    }

    /// <summary>
    /// A target entity's system timeline from facts in Summit's order: each event of a claim naming the target at its fact's
    /// date; an undated fact stated in the past or present tense at the day its earliest report told it (the fallback the
    /// timeline says as such), as the task's annotators anchor such events to the document's creation time. Positions
    /// follow the dates; the first placing of an event stands.
    /// </summary>
    private static Dictionary<string, Placed> Timeline(IEnumerable<(Fact Fact, DateOnly? ReportedOn)> facts, string target,
        Dictionary<string, Claim> claimById, Dictionary<string, Doc> docById, Func<Claim, Claim> named)
    {
        var placed = new List<(string Event, string? Date, DateOnly Start, DateOnly Last)>();
        foreach (var (fact, told) in facts)
        {
            var events = new List<string>();
            bool pastOrPresent = false;
            foreach (var cid in fact.ClaimIds)
            {
                var claim = claimById[cid];
                if (!Names(named(claim), target)) continue;
                if (EventId(claim, docById[claim.ReportId]) is { } ev) events.Add(ev);
                pastOrPresent |= claim.Tense is Tense.Past or Tense.Present;
            }
            if (events.Count == 0) continue;
            string? date = GoldDate(fact.Time);
            DateOnly start = default, last = default;
            if (date is not null && Summit.Time.TimexValue.Parse(fact.Time) is { } period) (start, last) = (period.First, period.Last);
            else if (date is null && pastOrPresent && told is { } day)
                (date, start, last) = (day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day, day);
            else date = null;
            foreach (var ev in events) placed.Add((ev, date, start, last));
        }
        var position = placed.Where(p => p.Date is not null).Select(p => (p.Date!, p.Start, p.Last)).Distinct()
            .OrderBy(p => p.Start).ThenByDescending(p => p.Last).ThenBy(p => p.Item1, StringComparer.Ordinal)
            .Select((p, i) => (p.Item1, i + 1)).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        var system = new Dictionary<string, Placed>(StringComparer.Ordinal);
        foreach (var (ev, date, _, _) in placed)
            system.TryAdd(ev, new Placed(date is null ? 0 : position[date], date));
        return system;
    }

    private static (double P, double R, double F1) Prf(long sysOk, long sys, long goldOk, long gold)
    {
        double p = sys == 0 ? 0 : sysOk / (double)sys, r = gold == 0 ? 0 : goldOk / (double)gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /// <summary>The gold file name of a target entity ("Boeing 787 Dreamliner" → "boeing_787_dreamliner").</summary>
    internal static string FileName(string target) => Regex.Replace(target.ToLowerInvariant(), @"\s+", "_");

    /// <summary>Reads a gold timeline: order, date, and coreferent events on one line.</summary>
    internal static Dictionary<string, Placed> LoadGold(string path)
    {
        var map = new Dictionary<string, Placed>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 3 || !int.TryParse(f[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var order)) continue;
            string? date = f[1].StartsWith("XXXX", StringComparison.Ordinal) ? null : f[1];
            foreach (var ev in f.Skip(2)) map.TryAdd(ev.Trim(), new Placed(order, date));
        }
        return map;
    }

    /// <summary>A TIMEX date value in the gold's form: "2005" → "2005-XX-XX", "2005-01" → "2005-01-XX"; null for others.</summary>
    internal static string? GoldDate(string? timex)
    {
        if (timex is null) return null;
        var m = DateValue().Match(timex);
        if (!m.Success) return null;
        return $"{m.Groups[1].Value}-{(m.Groups[2].Success ? m.Groups[2].Value : "XX")}-{(m.Groups[3].Success ? m.Groups[3].Value : "XX")}";
    }

    [GeneratedRegex(@"\A(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?\z")]
    private static partial Regex DateValue();

    /// <summary>Whether a claim names the target entity: its full name, or a multi-word name's last word (4+ letters).</summary>
    internal static bool Names(Claim claim, string target)
    {
        if (claim.Text.Contains(target, StringComparison.OrdinalIgnoreCase)) return true;
        var words = target.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words[^1].Length >= 4 && char.IsUpper(words[^1][0])
            && Regex.IsMatch(claim.Text, @"\b" + Regex.Escape(words[^1]) + @"\b");
    }

    /// <summary>The claim's event as the gold names it, "docid-sentence-word": the word of its predicate.</summary>
    internal static string? EventId(Claim claim, Doc doc)
    {
        int sentence = -1;
        foreach (var (s, start, end) in doc.Sentences)
            if (claim.Span.Start >= start && claim.Span.Start < end) { sentence = s; break; }
        if (sentence < 0) return null;
        var lemma = claim.Predicate.ToLowerInvariant();
        var stem = lemma.Length > 4 && lemma.EndsWith('e') ? lemma[..^1] : lemma;
        foreach (Match w in Word().Matches(claim.Text))
        {
            var lower = w.Value.ToLowerInvariant();
            if (lower == lemma || (stem.Length >= 3 && lower.StartsWith(stem, StringComparison.Ordinal) && lower.Length <= stem.Length + 3))
                return $"{doc.Id}-{sentence}-{w.Value}";
        }
        return null;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*")]
    private static partial Regex Word();

    /// <summary>A track A document: id, DCT, text (sentences as paragraphs) and each sentence's id and range.</summary>
    internal sealed record Doc(string Id, DateOnly? Published, string Text, IReadOnlyList<(int Sentence, int Start, int End)> Sentences);

    internal static Doc LoadDoc(string path)
    {
        var xml = XDocument.Load(path);
        var id = xml.Root!.Element("DOCID")!.Value.Trim();
        var dct = xml.Root.Element("DCT")?.Element("TIMEX3")?.Attribute("value")?.Value;
        DateOnly? published = DateOnly.TryParseExact(dct, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        var text = new StringBuilder();
        var ranges = new List<(int, int, int)>();
        foreach (var s in xml.Root.Element("TEXT")!.Elements("s"))
        {
            if (text.Length > 0) text.Append("\n\n");
            int start = text.Length;
            text.Append(EvalSupport.Detokenize(s.Value));
            ranges.Add(((int)s.Attribute("id")!, start, text.Length));
        }
        return new Doc(id, published, text.ToString(), ranges);
    }
}
