using System.Collections.Concurrent;
using System.Diagnostics;
using Summit.Claims;

namespace Summit.Evaluation;

/// <summary>
/// Claim quality (issue 17) over real news: every text of MEANTIME (all four corpora, each corpus of 30
/// Wikinews articles in one run; text as <see cref="SentenceEvaluation.Detokenize"/> joins it, with its
/// PTB quotes `` and '' printed as “ and ”, as a news page prints them) and of
/// the ECB+ train topics (each topic's documents in one run, read as <see cref="EcbPlusCorpus"/> reads
/// them). Counted (<see cref="ClaimQuality"/> defines each): claims without a finite verb, claims
/// without a subject, and fact summaries that start with a relative pronoun, a conjunction or an
/// attribution. Goals from the issue: at most 1 % of claims each, no such summary. MEANTIME and ECB+
/// are CC BY (see their SOURCE.txt).
/// </summary>
public sealed class ClaimQualityEvaluation : IEvaluation
{
    /// <inheritdoc />
    public string Name => "claims";

    /// <summary>One unit of work: a MEANTIME corpus or an ECB+ topic, as reports.</summary>
    private sealed record Unit(string Corpus, string Name, IReadOnlyList<EcbPlusCorpus.Document>? EcbDocs, IReadOnlyList<(string Id, string Text)> Texts);

    /// <summary>The counts of one run.</summary>
    internal sealed record Counts(int Claims, int NoFiniteVerb, int NoSubject, int Facts, int Relative, int Conjunction, int Attribution)
    {
        public static Counts operator +(Counts a, Counts b) =>
            new(a.Claims + b.Claims, a.NoFiniteVerb + b.NoFiniteVerb, a.NoSubject + b.NoSubject, a.Facts + b.Facts,
                a.Relative + b.Relative, a.Conjunction + b.Conjunction, a.Attribution + b.Attribution);

        public static readonly Counts Zero = new(0, 0, 0, 0, 0, 0, 0);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Score>> RunAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        int docsPerUnit = context.Smoke ? 3 : int.MaxValue;
        var units = new List<Unit>();
        var meantime = context.Raw("meantime", "intra_cross-doc_annotation");
        foreach (var dir in Directory.GetDirectories(meantime).Order(StringComparer.Ordinal).Take(context.Smoke ? 1 : int.MaxValue))
        {
            var texts = Directory.GetFiles(dir, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(docsPerUnit)
                .Select(f => (Id: Path.GetFileNameWithoutExtension(f), Text: SentenceEvaluation.Detokenize(f).Text.Replace("``", "“", StringComparison.Ordinal).Replace("''", "”", StringComparison.Ordinal)))
                .Where(t => t.Text.Length > 0).ToList();
            units.Add(new Unit("MEANTIME", Path.GetFileName(dir), null, texts));
        }
        var ecb = context.Raw("ecbplus");
        var selected = EcbPlusCorpus.LoadSelection(Path.Combine(ecb, "ECBplus_coreference_sentences.csv"));
        foreach (var dir in Directory.GetDirectories(Path.Combine(ecb, "train")).Where(d => Directory.EnumerateFiles(d, "*.xml").Any())
                     .Order(StringComparer.Ordinal).Take(context.Smoke ? 1 : int.MaxValue))
        {
            var docs = Directory.GetFiles(dir, "*.xml").Order(StringComparer.Ordinal).Take(docsPerUnit).Select(f => EcbPlusCorpus.Load(f, selected)).ToList();
            units.Add(new Unit("ECB+ train", Path.GetFileName(dir), docs, []));
        }

        var results = new ConcurrentDictionary<int, (Counts Counts, List<string> Examples, Dictionary<string, int> Reasons, int Left, List<(string Kind, string Line)> All)>();
        var engine = EvalSupport.SingleThreadEngine();
        Parallel.For(0, units.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var u = units[i];
            Reconciliation result;
            int left = 0;
            if (u.EcbDocs is { } docs)
            {
                var run = EcbPlusEvaluation.RunTopic(engine, u.Name, docs, cancellationToken);
                result = run.Result;
                left = run.Excluded.Count;
            }
            else result = engine.Reconcile(u.Texts.Select(t => EvalSupport.Report(t.Id, t.Text)), cancellationToken);
            var (counts, examples, reasons) = Count(result);
            results[i] = (counts, examples, reasons, left, context.Examples > 0 ? Listed(result) : []);
        });

        var o = context.Output;
        var scores = new List<Score>();
        var total = Counts.Zero;
        foreach (var corpus in units.Select(u => u.Corpus).Distinct())
        {
            var idx = Enumerable.Range(0, units.Count).Where(i => units[i].Corpus == corpus).ToList();
            var c = idx.Aggregate(Counts.Zero, (acc, i) => acc + results[i].Counts);
            total += c;
            int docs = idx.Sum(i => units[i].EcbDocs?.Count ?? units[i].Texts.Count);
            int left = idx.Sum(i => results[i].Left);
            o.WriteLine($"claims, {corpus}{(context.Smoke ? " (smoke)" : "")}: {idx.Count} runs, {docs} documents{(left > 0 ? $" ({left} left out: the engine failed on them)" : "")}; {Describe(c)}");
            var why = idx.SelectMany(i => results[i].Reasons).GroupBy(r => r.Key).Select(g => $"{g.Key} {g.Sum(r => r.Value)}").ToList();
            if (why.Count > 0) o.WriteLine($"   claims without a finite verb: {string.Join(", ", why)}");
            foreach (var e in idx.SelectMany(i => results[i].Examples).Take(6)) o.WriteLine("   e.g. " + e);
        }
        o.WriteLine($"claims, all: {Describe(total)}; {clock.Elapsed.TotalSeconds:0} s");
        if (context.Examples > 0)
            // --examples N: N of each counter, spread over the runs (the first of each run, then the second …)
            foreach (var kind in new[] { NoFiniteVerbKind, NoSubjectKind, nameof(SummaryStart.RelativePronoun), nameof(SummaryStart.Conjunction), nameof(SummaryStart.Attribution) })
            {
                var lists = Enumerable.Range(0, units.Count).Select(i => results[i].All.Where(e => e.Kind == kind).Select(e => $"[{units[i].Name}] {e.Line}").ToList()).ToList();
                var spread = Enumerable.Range(0, lists.Count == 0 ? 0 : lists.Max(l => l.Count)).SelectMany(k => lists.Where(l => k < l.Count).Select(l => l[k]));
                o.WriteLine($"examples: {kind}");
                foreach (var line in spread.Take(context.Examples)) o.WriteLine("   " + line);
            }
        var dataset = context.Smoke ? "claims MEANTIME+ECB+ train (smoke)" : "claims MEANTIME+ECB+ train";
        scores.Add(new Score(dataset, "clause claims without a finite verb", Share(total.NoFiniteVerb, total.Claims), "≤ 1 %"));
        scores.Add(new Score(dataset, "clause claims without a subject", Share(total.NoSubject, total.Claims), "≤ 1 %"));
        scores.Add(new Score(dataset, "summaries: relative pronoun first", Share(total.Relative, total.Facts, count: true), "0"));
        scores.Add(new Score(dataset, "summaries: conjunction first", Share(total.Conjunction, total.Facts, count: true), "0"));
        scores.Add(new Score(dataset, "summaries: attribution first", Share(total.Attribution, total.Facts, count: true), "0"));
        return Task.FromResult<IReadOnlyList<Score>>(scores);
    }

    /// <summary>The counts of one run, and a few summaries that start the wrong way.</summary>
    internal static (Counts Counts, List<string> Examples, Dictionary<string, int> NoVerbReasons) Count(Reconciliation result)
    {
        int noVerb = 0, noSubject = 0, rel = 0, conj = 0, attr = 0;
        var reasons = new Dictionary<string, int>(StringComparer.Ordinal);
        // clauses only: a further event inside one ("the earthquake", "taking three hostages") has no finite verb by design
        var clauses = result.Claims.Where(c => c.Kind == ClaimKind.Clause).ToList();
        foreach (var c in clauses)
        {
            if (ClaimQuality.WhyNoFiniteVerb(c) is { } why)
            {
                noVerb++;
                reasons[why] = reasons.GetValueOrDefault(why) + 1;
            }
            if (!ClaimQuality.HasSubject(c)) noSubject++;
        }
        var examples = new List<string>();
        var statements = result.Facts.Where(f => f.Statement).ToList();
        foreach (var f in statements)
        {
            var start = ClaimQuality.StartOf(f.Summary);
            switch (start)
            {
                case SummaryStart.RelativePronoun: rel++; break;
                case SummaryStart.Conjunction: conj++; break;
                case SummaryStart.Attribution: attr++; break;
                default: continue;
            }
            if (examples.Count < 2) examples.Add($"{start}: “{(f.Summary.Length > 90 ? f.Summary[..90] + "…" : f.Summary)}”");
        }
        return (new Counts(clauses.Count, noVerb, noSubject, statements.Count, rel, conj, attr), examples, reasons);
    }

    private const string NoFiniteVerbKind = "NoFiniteVerb";
    private const string NoSubjectKind = "NoSubject";

    /// <summary>
    /// Every claim and summary of a run that a counter counts, tagged with the counter: a claim as its text, subject
    /// and predicate, with its sentence; a summary with its lead claim (the fact's claim that <see cref="Summit.Reconciling.Reconciler"/>
    /// summarizes to it, else its first).
    /// </summary>
    internal static List<(string Kind, string Line)> Listed(Reconciliation result)
    {
        var list = new List<(string Kind, string Line)>();
        var analyses = result.Analyses.ToDictionary(a => a.Report.Id, StringComparer.Ordinal);
        string Of(Claim c) => $"“{c.Text}” (subject “{c.Subject}”, predicate {c.Predicate}{(c.Attribution is null ? "" : $", attribution “{c.Attribution}”")}{(c.Modality == Modality.Asserted ? "" : $", {c.Modality}")})"
            + (analyses.TryGetValue(c.ReportId, out var a) && c.Sentence >= 0 && c.Sentence < a.Sentences.Count ? $" in «{a.Sentences[c.Sentence].Span.Of(a.Report.Text)}»" : "");
        foreach (var c in result.Claims.Where(c => c.Kind == ClaimKind.Clause))
        {
            if (ClaimQuality.WhyNoFiniteVerb(c) is { } why) list.Add((NoFiniteVerbKind, $"{why}: {Of(c)}"));
            if (!ClaimQuality.HasSubject(c)) list.Add((NoSubjectKind, Of(c)));
        }
        var byId = result.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var f in result.Facts.Where(f => f.Statement)) // as counted: a fact of further events only has no summary on show
        {
            var start = ClaimQuality.StartOf(f.Summary);
            if (start == SummaryStart.Fine) continue;
            var members = f.ClaimIds.Select(id => byId[id]).ToList();
            var lead = members.FirstOrDefault(c => Summit.Reconciling.Reconciler.Summarize(c) == f.Summary) ?? members[0];
            list.Add((start.ToString(), $"“{f.Summary}” ← {Of(lead)}"));
        }
        return list;
    }

    private static string Describe(Counts c) =>
        $"{c.Claims} claims: no finite verb {Share(c.NoFiniteVerb, c.Claims)}, no subject {Share(c.NoSubject, c.Claims)}; "
        + $"{c.Facts} facts: summaries starting with a relative pronoun {Share(c.Relative, c.Facts, true)}, a conjunction {Share(c.Conjunction, c.Facts, true)}, an attribution {Share(c.Attribution, c.Facts, true)}";

    private static string Share(int n, int of, bool count = false) =>
        count ? $"{n} ({EvalSupport.Pct(n / (double)Math.Max(1, of))} %)" : $"{EvalSupport.Pct(n / (double)Math.Max(1, of))} % ({n}/{of})";
}
