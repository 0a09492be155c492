using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Summit.Claims;
using Document = Summit.Evaluation.EcbPlusCorpus.Document;

namespace Summit.Evaluation;

/// <summary>
/// ECB+ (Cybulska &amp; Vossen 2014, CC BY 3.0): cross-document event coreference, measured the way
/// ../shared/eval/tools/ecbplus-conll.py measures it. Every document of a topic (whole, detokenised,
/// <see cref="EcbPlusCorpus"/>) goes to the engine as one report, all documents of the topic in one
/// run. Each gold event mention joins the fact of the shortest claim whose span holds its first token
/// (a claim in no fact is a cluster of its own; a mention no claim covers is a singleton), and the
/// clustering is scored against the gold chains with MUC, B³ and CEAF-e (<see cref="CorefMetrics"/>),
/// all topics of a split together, with and without singletons, beside two baselines on the same
/// mentions: every mention a singleton, and the same head lemma within a topic (the python's rule
/// lemmatiser, <see cref="EcbPlusCorpus.RuleLemma"/>). Test: topics 36–45; train: the development topics.
/// </summary>
public sealed class EcbPlusEvaluation : IEvaluation
{
    /// <inheritdoc />
    public string Name => "ecbplus";

    /// <summary>The dataset name of the test split's rows (the final line is printed from them).</summary>
    internal const string TestDataset = "ecb+ test 36-45";

    /// <summary>A mention: topic, document and markable id.</summary>
    internal readonly record struct MentionKey(string Topic, string Doc, string MId);

    /// <summary>One system's scores with and without singletons.</summary>
    internal sealed record Pair(CorefScores With, CorefScores Without);

    /// <inheritdoc />
    public Task<IReadOnlyList<Score>> RunAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var root = context.Raw("ecbplus");
        var selected = EcbPlusCorpus.LoadSelection(Path.Combine(root, "ECBplus_coreference_sentences.csv"));
        var scores = new List<Score>();
        var splits = context.Smoke
            ? new[] { ("test", TestDataset + " (smoke)") }
            : new[] { ("test", TestDataset), ("train", "ecb+ train (dev)") };
        foreach (var (folder, dataset) in splits)
            scores.AddRange(RunSplit(context, Path.Combine(root, folder), selected, dataset, cancellationToken));
        return Task.FromResult<IReadOnlyList<Score>>(scores);
    }

    private static List<Score> RunSplit(EvaluationContext context, string dir, IReadOnlyDictionary<string, HashSet<int>> selected,
        string dataset, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var topics = Directory.EnumerateDirectories(dir)
            .Where(d => Directory.EnumerateFiles(d, "*.xml").Any())
            .OrderBy(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)
            .ThenBy(d => Path.GetFileName(d), StringComparer.Ordinal)
            .ToList();
        if (topics.Count == 0) throw new InvalidDataException($"No ECB+ topics under {dir}.");
        if (context.Smoke) topics = topics.Take(1).ToList();

        var runs = new ConcurrentDictionary<string, TopicRun>(StringComparer.Ordinal);
        var engine = EvalSupport.SingleThreadEngine();
        Parallel.ForEach(topics, new ParallelOptions { CancellationToken = cancellationToken }, topicDir =>
        {
            var files = Directory.EnumerateFiles(topicDir, "*.xml").Order(StringComparer.Ordinal).ToList();
            if (context.Smoke) files = files.Take(6).ToList();
            var docs = files.Select(f => EcbPlusCorpus.Load(f, selected)).ToList();
            var topic = Path.GetFileName(topicDir);
            runs[topic] = RunTopic(engine, topic, docs, cancellationToken);
        });
        var ordered = topics.Select(t => runs[Path.GetFileName(t)]).ToList();

        var gold = new Dictionary<MentionKey, string>();
        var summit = new Dictionary<MentionKey, string>();
        var lemma = new Dictionary<MentionKey, string>();
        var lemmaOracle = new Dictionary<MentionKey, string>();
        var perTopic = new List<string>();
        int covered = 0, claims = 0, facts = 0;
        foreach (var run in ordered)
        {
            var g = GoldLabels(run.Topic, run.Docs);
            var s = SystemLabels(run.Topic, run.Docs, run.Result, out int topicCovered);
            foreach (var (k, v) in g) gold[k] = v;
            foreach (var (k, v) in s) summit[k] = v;
            foreach (var (k, v) in LemmaLabels(run.Topic, run.Docs, bySubtopic: false)) lemma[k] = v;
            foreach (var (k, v) in LemmaLabels(run.Topic, run.Docs, bySubtopic: true)) lemmaOracle[k] = v;
            covered += topicCovered;
            claims += run.Result.Claims.Count;
            facts += run.Result.Facts.Count;
            var t = ScoreBoth(CorefMetrics.Group(g), CorefMetrics.Group(s));
            perTopic.Add($"     {run.Topic,3}: {Pct(t.With.Conll)} / {Pct(t.Without.Conll)}   mentions {g.Count,4} covered {topicCovered,4}  docs {run.Docs.Count,3}  claims {run.Result.Claims.Count,5} facts {run.Result.Facts.Count,5}  {run.Seconds:0} s");
        }

        var key = CorefMetrics.Group(gold);
        var systems = new (string Name, Pair Scores)[]
        {
            ("summit", ScoreBoth(key, CorefMetrics.Group(summit))),
            ("singletons", ScoreBoth(key, CorefMetrics.Group(gold.Keys.Select(m => KeyValuePair.Create(m, m))))),
            ("lemma_topic", ScoreBoth(key, CorefMetrics.Group(lemma))),
            ("lemma_subtopic_oracle", ScoreBoth(key, CorefMetrics.Group(lemmaOracle))),
        };

        var o = context.Output;
        int docs = ordered.Sum(r => r.Docs.Count);
        o.WriteLine($"== {dataset}: topics {string.Join(' ', ordered.Select(r => r.Topic))}; documents {docs} ({ordered.Sum(r => r.Docs.Count(d => d.Validated))} with validated sentences); "
                    + $"gold event mentions {gold.Count}, clusters {key.Count} ({key.Count(c => c.Count == 1)} singletons, {key.Count(c => c.Select(m => m.Doc).Distinct().Count() > 1)} spanning >1 document)");
        o.WriteLine($"   Summit: {claims} claims, {facts} facts; mentions covered by a claim {covered}/{gold.Count} ({100.0 * covered / Math.Max(1, gold.Count):0.0}%); {clock.Elapsed.TotalSeconds:0} s");
        foreach (var run in ordered)
            foreach (var (doc, error) in run.Excluded)
                o.WriteLine($"   !! the engine FAILED on topic {run.Topic} because of document {doc} ({error}); that document was left out of the topic's input and its gold mentions count as uncovered singletons");
        foreach (var (name, pair) in systems)
            foreach (var (view, s) in new[] { ("with", pair.With), ("without", pair.Without) })
                o.WriteLine($"   {name,-22} {view,-7} singletons: MUC P {Pct(s.Muc.Precision)} R {Pct(s.Muc.Recall)} F {Pct(s.Muc.F1)}  "
                            + $"B3 P {Pct(s.B3.Precision)} R {Pct(s.B3.Recall)} F {Pct(s.B3.F1)}  CEAFE P {Pct(s.CeafE.Precision)} R {Pct(s.CeafE.Recall)} F {Pct(s.CeafE.F1)}  CoNLL {Pct(s.Conll)}");
        o.WriteLine("   per topic (Summit CoNLL with / without singletons):");
        foreach (var line in perTopic) o.WriteLine(line);

        var excluded = ordered.Sum(r => r.Excluded.Count);
        if (excluded > 0)
            Console.Error.WriteLine($"ecbplus: {excluded} document(s) of {dataset} made the engine fail and were left out (their mentions count as uncovered singletons); see above.");

        string P(double x) => EvalSupport.Pct(x);
        var (summitPair, single, lem, oracle) = (systems[0].Scores, systems[1].Scores, systems[2].Scores, systems[3].Scores);
        return
        [
            new Score(dataset, "CoNLL F1", P(summitPair.With.Conll),
                $"all-singletons {P(single.With.Conll)}, head lemma {P(lem.With.Conll)} (sub-topic oracle {P(oracle.With.Conll)})"),
            new Score(dataset, "CoNLL F1 without singletons", P(summitPair.Without.Conll),
                $"all-singletons {P(single.Without.Conll)}, head lemma {P(lem.Without.Conll)} (sub-topic oracle {P(oracle.Without.Conll)})"),
            new Score(dataset, "event mentions in no claim", $"{P(1 - covered / (double)Math.Max(1, gold.Count))} % ({gold.Count - covered}/{gold.Count})",
                dataset.StartsWith(TestDataset, StringComparison.Ordinal) ? "≤ 5 %" : null),
            new Score(dataset, "MUC · B3 · CEAF-e F1", $"{P(summitPair.With.Muc.F1)} · {P(summitPair.With.B3.F1)} · {P(summitPair.With.CeafE.F1)}",
                excluded > 0 ? $"{excluded} document(s) left out: the engine failed on them" : null),
        ];
    }

    private static string Pct(double x) => (100 * x).ToString("0.0", CultureInfo.InvariantCulture).PadLeft(5);

    private static Pair ScoreBoth(IReadOnlyList<IReadOnlySet<MentionKey>> key, IReadOnlyList<IReadOnlySet<MentionKey>> response) =>
        new(CorefMetrics.Score(key, response), CorefMetrics.Score(CorefMetrics.DropSingletons(key), CorefMetrics.DropSingletons(response)));

    /// <summary>One topic as run: its documents, the engine's result, the documents left out because the engine failed on them.</summary>
    internal sealed record TopicRun(string Topic, IReadOnlyList<Document> Docs, Reconciliation Result,
        IReadOnlyList<(string Doc, string Error)> Excluded, double Seconds);

    /// <summary>
    /// Runs the engine on all documents of a topic together. If it fails, the documents on which it
    /// fails alone are left out and the rest is run again (as the python does with the console).
    /// </summary>
    internal static TopicRun RunTopic(SummitEngine engine, string topic, IReadOnlyList<Document> docs, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // The order of the console's folder reading: file names in ordinal order.
        var inputs = docs.OrderBy(d => d.Id + ".txt", StringComparer.Ordinal).Select(d => EvalSupport.Report(d.Id, d.Text)).ToList();
        Exception first;
        try
        {
            return new TopicRun(topic, docs, engine.Reconcile(inputs, cancellationToken), [], clock.Elapsed.TotalSeconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            first = e;
        }
        var excluded = new List<(string Doc, string Error)>();
        foreach (var input in inputs)
        {
            try
            {
                engine.Reconcile([input], cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                excluded.Add((input.Id, $"{e.GetType().Name}: {e.Message.Split('\n')[0]}"));
            }
        }
        if (excluded.Count == 0)
            throw new InvalidDataException($"ECB+ topic {topic}: the engine failed ({first.GetType().Name}: {first.Message}) but on no document alone.", first);
        var left = excluded.Select(e => e.Doc).ToHashSet(StringComparer.Ordinal);
        var result = engine.Reconcile(inputs.Where(i => !left.Contains(i.Id)), cancellationToken);
        return new TopicRun(topic, docs, result, excluded, clock.Elapsed.TotalSeconds);
    }

    private const char Sep = '\u001f';

    /// <summary>Gold: a mention's chain within its topic, else a singleton.</summary>
    internal static Dictionary<MentionKey, string> GoldLabels(string topic, IReadOnlyList<Document> docs)
    {
        var labels = new Dictionary<MentionKey, string>();
        foreach (var d in docs)
            foreach (var m in d.Mentions)
            {
                var k = new MentionKey(topic, d.Id, m.MId);
                labels[k] = m.Chain is null ? Single(k) : $"chain{Sep}{topic}{Sep}{m.Chain}";
            }
        return labels;
    }

    private static string Single(MentionKey k) => $"single{Sep}{k.Topic}{Sep}{k.Doc}{Sep}{k.MId}";

    /// <summary>
    /// Summit's clustering of the gold mentions: a mention joins the fact of the shortest claim (then
    /// the earliest) whose span holds its first token; a claim in no fact is a cluster of its own; a
    /// mention no claim covers is a singleton.
    /// </summary>
    internal static Dictionary<MentionKey, string> SystemLabels(string topic, IReadOnlyList<Document> docs, Reconciliation result, out int covered)
    {
        var factOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in result.Facts)
            foreach (var id in f.ClaimIds) factOf.TryAdd(id, f.Id);
        var claimsByDoc = result.Claims.GroupBy(c => c.ReportId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var labels = new Dictionary<MentionKey, string>();
        covered = 0;
        foreach (var d in docs)
        {
            var claims = claimsByDoc.GetValueOrDefault(d.Id) ?? [];
            foreach (var m in d.Mentions)
            {
                var k = new MentionKey(topic, d.Id, m.MId);
                var (s, e) = d.Spans[m.Tokens[0]];
                Claim? best = null;
                foreach (var c in claims)
                    if (c.Span.Start <= s && e <= c.Span.End
                        && (best is null || (c.Span.End - c.Span.Start, c.Span.Start).CompareTo((best.Span.End - best.Span.Start, best.Span.Start)) < 0))
                        best = c;
                if (best is null)
                {
                    labels[k] = Single(k);
                    continue;
                }
                covered++;
                labels[k] = factOf.TryGetValue(best.Id, out var fid) ? $"fact{Sep}{topic}{Sep}{fid}" : $"claim{Sep}{topic}{Sep}{best.Id}";
            }
        }
        return labels;
    }

    /// <summary>The head-lemma baseline: one cluster per head lemma within a topic (or within a sub-topic: an oracle on document clustering).</summary>
    internal static Dictionary<MentionKey, string> LemmaLabels(string topic, IReadOnlyList<Document> docs, bool bySubtopic)
    {
        var labels = new Dictionary<MentionKey, string>();
        foreach (var d in docs)
        {
            var sub = bySubtopic ? (d.Id.EndsWith("ecbplus", StringComparison.Ordinal) ? "ecbplus" : "ecb") : "";
            foreach (var m in d.Mentions)
                labels[new MentionKey(topic, d.Id, m.MId)] = $"lemma{Sep}{topic}{Sep}{sub}{Sep}{EcbPlusCorpus.RuleLemma(EcbPlusCorpus.HeadWord(m.Words))}";
        }
        return labels;
    }
}
