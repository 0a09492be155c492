using System.Collections.Concurrent;
using System.Globalization;
using System.Xml.Linq;

namespace Summit.Evaluation;

/// <summary>
/// ECB+ (Cybulska &amp; Vossen 2014, CC BY 3.0): cross-document event links at the sentence level on
/// the test topics 36–45. Each topic's documents are fed as reports, each made of its validated
/// sentences (ECBplus_coreference_sentences.csv) as paragraphs. Gold: pairs of sentences in different
/// documents holding mentions (ACTION_*/NEG_*) of one cross-document event chain. System: pairs of
/// sentences in different documents whose claims share a fact. Precision, recall and F1 of the pairs.
/// </summary>
public sealed class EcbPlusEvaluation : IEvaluation
{
    /// <inheritdoc />
    public string Name => "ecbplus";

    /// <summary>A document as fed: its id, text, and each validated sentence's number and character range.</summary>
    internal sealed record Doc(string Id, string Text, IReadOnlyList<(int Sentence, int Start, int End)> Sentences,
        IReadOnlyDictionary<int, HashSet<string>> ChainsBySentence);

    /// <inheritdoc />
    public Task<IReadOnlyList<Score>> RunAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var root = context.Raw("ecbplus");
        var selected = LoadSelection(Path.Combine(root, "ECBplus_coreference_sentences.csv"));
        var topics = Directory.EnumerateDirectories(Path.Combine(root, "test")).Order(StringComparer.Ordinal).ToList();
        if (topics.Count == 0) throw new InvalidDataException($"No ECB+ topics under {root}/test.");
        if (context.Smoke) topics = topics.Take(1).ToList();

        var results = new ConcurrentDictionary<string, (HashSet<string> Gold, HashSet<string> System, int AllPairs)>();
        var engine = EvalSupport.SingleThreadEngine();
        Parallel.ForEach(topics, new ParallelOptions { CancellationToken = cancellationToken }, topicDir =>
        {
            var files = Directory.EnumerateFiles(topicDir, "*.xml").Order(StringComparer.Ordinal).ToList();
            if (context.Smoke) files = files.Take(6).ToList();
            var docs = files.Select(f => LoadDoc(f, selected)).Where(d => d.Sentences.Count > 0).ToList();
            results[Path.GetFileName(topicDir)] = Score(engine, docs, cancellationToken);
        });

        var gold = new HashSet<string>(StringComparer.Ordinal);
        var system = new HashSet<string>(StringComparer.Ordinal);
        long all = 0;
        foreach (var (topic, r) in results.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var (tp, tr, tf) = EvalSupport.Prf(r.System, r.Gold);
            context.Output.WriteLine($"ecb+ topic {topic}: gold {r.Gold.Count} pairs, system {r.System.Count}, P {EvalSupport.Pct(tp)} R {EvalSupport.Pct(tr)} F1 {EvalSupport.Pct(tf)}");
            gold.UnionWith(r.Gold.Select(p => topic + "/" + p));
            system.UnionWith(r.System.Select(p => topic + "/" + p));
            all += r.AllPairs;
        }
        var (p, rr, f) = EvalSupport.Prf(system, gold);
        context.Output.WriteLine($"ecb+ test: gold {gold.Count} sentence pairs, system {system.Count}; baseline 'every cross-document pair of a topic' has P {EvalSupport.Pct(gold.Count / (double)Math.Max(1, all))}");
        var ds = "ecb+ test 36-45 (sentence pairs)" + (context.Smoke ? " (smoke)" : "");
        return Task.FromResult<IReadOnlyList<Score>>(
        [
            new Score(ds, "precision", EvalSupport.Pct(p)),
            new Score(ds, "recall", EvalSupport.Pct(rr)),
            new Score(ds, "F1", EvalSupport.Pct(f), $"all-pairs P {EvalSupport.Pct(gold.Count / (double)Math.Max(1, all))}"),
        ]);
    }

    internal static (HashSet<string> Gold, HashSet<string> System, int AllPairs) Score(SummitEngine engine, IReadOnlyList<Doc> docs, CancellationToken cancellationToken)
    {
        // Gold: sentences of different documents sharing a cross-document event chain.
        var gold = new HashSet<string>(StringComparer.Ordinal);
        var byChain = new Dictionary<string, List<(string Doc, int Sentence)>>(StringComparer.Ordinal);
        foreach (var d in docs)
            foreach (var (s, chains) in d.ChainsBySentence)
                foreach (var c in chains)
                    (byChain.TryGetValue(c, out var l) ? l : byChain[c] = []).Add((d.Id, s));
        foreach (var members in byChain.Values)
            AddPairs(gold, members);

        int all = 0;
        for (int i = 0; i < docs.Count; i++)
            for (int j = i + 1; j < docs.Count; j++)
                all += docs[i].Sentences.Count * docs[j].Sentences.Count;

        var system = new HashSet<string>(StringComparer.Ordinal);
        if (docs.Count < 2) return (gold, system, all);
        var result = engine.Reconcile(docs.Select(d => EvalSupport.Report(d.Id, d.Text)), cancellationToken);
        var docsById = docs.ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var claims in EvalSupport.FactClaims(result))
        {
            var members = new List<(string Doc, int Sentence)>();
            foreach (var c in claims)
            {
                var d = docsById[c.ReportId];
                foreach (var (s, start, end) in d.Sentences)
                    if (c.Span.Start >= start && c.Span.Start < end) { members.Add((d.Id, s)); break; }
            }
            AddPairs(system, members);
        }
        return (gold, system, all);
    }

    private static void AddPairs(HashSet<string> into, List<(string Doc, int Sentence)> members)
    {
        var distinct = members.Distinct().ToList();
        for (int i = 0; i < distinct.Count; i++)
            for (int j = i + 1; j < distinct.Count; j++)
            {
                var (a, b) = (distinct[i], distinct[j]);
                if (a.Doc == b.Doc) continue;
                var (x, y) = string.CompareOrdinal($"{a.Doc}:{a.Sentence}", $"{b.Doc}:{b.Sentence}") < 0 ? (a, b) : (b, a);
                into.Add($"{x.Doc}:{x.Sentence}|{y.Doc}:{y.Sentence}");
            }
    }

    /// <summary>The validated sentences: "36_1ecb" → sentence numbers.</summary>
    internal static Dictionary<string, HashSet<int>> LoadSelection(string csv)
    {
        var map = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(csv).Skip(1))
        {
            var f = line.Split(',');
            if (f.Length < 3) continue;
            var key = f[0].Trim() + "_" + f[1].Trim();
            (map.TryGetValue(key, out var s) ? s : map[key] = []).Add(int.Parse(f[2].Trim(), CultureInfo.InvariantCulture));
        }
        return map;
    }

    /// <summary>Reads one ECB+ XML document: its validated sentences as text and the event chains in each.</summary>
    internal static Doc LoadDoc(string path, IReadOnlyDictionary<string, HashSet<int>> selected)
    {
        var xml = XDocument.Load(path);
        var id = Path.GetFileNameWithoutExtension(path);
        var keep = selected.TryGetValue(id, out var s) ? s : [];
        var tokens = xml.Root!.Elements("token")
            .Select(t => (Id: (string)t.Attribute("t_id")!, Sentence: (int)t.Attribute("sentence")!, Text: t.Value))
            .ToList();
        var sentenceOfToken = tokens.ToDictionary(t => t.Id, t => t.Sentence, StringComparer.Ordinal);

        var text = new System.Text.StringBuilder();
        var ranges = new List<(int, int, int)>();
        foreach (var g in tokens.Where(t => keep.Contains(t.Sentence)).GroupBy(t => t.Sentence).OrderBy(g => g.Key))
        {
            if (text.Length > 0) text.Append("\n\n");
            int start = text.Length;
            text.Append(EvalSupport.Detokenize(g.Select(t => t.Text)));
            ranges.Add((g.Key, start, text.Length));
        }

        // Event mentions and the sentence each sits in.
        var mentionSentence = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in xml.Root.Element("Markables")?.Elements() ?? [])
        {
            var name = m.Name.LocalName;
            if (!name.StartsWith("ACTION", StringComparison.Ordinal) && !name.StartsWith("NEG", StringComparison.Ordinal)) continue;
            var anchor = m.Elements("token_anchor").Select(a => (string)a.Attribute("t_id")!).FirstOrDefault();
            if (anchor is not null && sentenceOfToken.TryGetValue(anchor, out var sn)) mentionSentence[(string)m.Attribute("m_id")!] = sn;
        }
        var chains = new Dictionary<int, HashSet<string>>();
        foreach (var r in xml.Root.Element("Relations")?.Elements("CROSS_DOC_COREF") ?? [])
        {
            var note = (string?)r.Attribute("note");
            if (string.IsNullOrEmpty(note)) continue;
            foreach (var src in r.Elements("source"))
                if (mentionSentence.TryGetValue((string)src.Attribute("m_id")!, out var sn) && keep.Contains(sn))
                    (chains.TryGetValue(sn, out var set) ? set : chains[sn] = new HashSet<string>(StringComparer.Ordinal)).Add(note);
        }
        return new Doc(id, text.ToString(), ranges, chains);
    }
}
