using System.Globalization;
using System.Text.RegularExpressions;
using Summit.Documents;
using Summit.Quantities;

namespace Summit.Tests.Quantities;

/// <summary>One hand-annotated quantity of quantities.tsv.</summary>
public sealed record GoldQuantity(string Text, string Kind, decimal Value, decimal? Upper, string Unit, string Qualifier, string? Counted)
{
    public override string ToString() => Text;
}

/// <summary>A sentence of quantities.tsv with all its annotated quantities.</summary>
public sealed record CorpusSentence(string Split, string File, string Locator, string Text, Span Range, IReadOnlyList<GoldQuantity> Gold)
{
    public string Sentence => Range.Of(Text);

    /// <summary>The gold spans, the k-th gold of one text at its k-th occurrence in the sentence.</summary>
    public IReadOnlyList<Span> GoldSpans()
    {
        var spans = new List<Span>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var g in Gold)
        {
            int from = Range.Start;
            seen.TryGetValue(g.Text, out int k);
            int at = -1;
            for (int n = 0; n <= k; n++)
            {
                at = Text.IndexOf(g.Text, from, Range.End - from, StringComparison.Ordinal);
                if (at < 0) throw new InvalidDataException($"{File} {Locator}: '{g.Text}' not in the sentence");
                from = at + g.Text.Length;
            }
            seen[g.Text] = k + 1;
            spans.Add(new Span(at, at + g.Text.Length));
        }
        return spans;
    }

    public override string ToString() => $"{File} {Locator}";
}

/// <summary>
/// Reads tests/Summit.Tests/Quantities/quantities.tsv and the sentences it points to in ../shared/eval/raw
/// (TimeBank and AQUAINT text is read from there at test time, never copied into the repository).
/// </summary>
internal static class QuantityCorpus
{
    public static string TablePath => Path.Combine(TestPaths.RepoRoot, "tests", "Summit.Tests", "Quantities", "quantities.tsv");

    private static readonly Lazy<IReadOnlyList<CorpusSentence>> s_all = new(Load);
    private static readonly Dictionary<string, string> s_tml = new(StringComparer.Ordinal);

    public static IReadOnlyList<CorpusSentence> All => s_all.Value;

    private static IReadOnlyList<CorpusSentence> Load()
    {
        var sentences = new List<CorpusSentence>();
        var byKey = new Dictionary<string, (string Split, string File, string Locator, string Sentence, List<GoldQuantity> Gold)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var line in File.ReadLines(TablePath))
        {
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("split\t", StringComparison.Ordinal)) continue;
            var c = line.Split('\t');
            if (c.Length != 11) throw new InvalidDataException($"quantities.tsv: 11 columns expected: {line}");
            string key = c[1] + "\t" + c[2];
            if (!byKey.TryGetValue(key, out var entry))
            {
                entry = (c[0], c[1], c[2], c[3], new List<GoldQuantity>());
                byKey[key] = entry;
                order.Add(key);
            }
            if (c[4].Length > 0)
                entry.Gold.Add(new GoldQuantity(c[4], c[5], decimal.Parse(c[6], CultureInfo.InvariantCulture),
                    c[7].Length == 0 ? null : decimal.Parse(c[7], CultureInfo.InvariantCulture), c[8], c[9], c[10].Length == 0 ? null : c[10]));
        }
        foreach (var key in order)
        {
            var (split, file, locator, sentence, gold) = byKey[key];
            if (locator.StartsWith('@'))
            {
                var text = TimeMlText(Path.Combine(TestPaths.SharedEval, "raw", file));
                var parts = locator[1..].Split('+');
                int start = int.Parse(parts[0], CultureInfo.InvariantCulture), length = int.Parse(parts[1], CultureInfo.InvariantCulture);
                sentences.Add(new CorpusSentence(split, file, locator, text, new Span(start, start + length), gold));
            }
            else sentences.Add(new CorpusSentence(split, file, locator, sentence, new Span(0, sentence.Length), gold));
        }
        return sentences;
    }

    /// <summary>The TEXT element of a TimeML file with its tags removed and line ends normalised to '\n'.</summary>
    private static string TimeMlText(string path)
    {
        lock (s_tml)
        {
            if (s_tml.TryGetValue(path, out var cached)) return cached;
            var raw = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
            var body = Regex.Match(raw, "<TEXT>(.*?)</TEXT>", RegexOptions.Singleline).Groups[1].Value;
            var text = Regex.Replace(body, "<[^>]+>", "");
            s_tml[path] = text;
            return text;
        }
    }

    /// <summary>Exact-span precision and recall of the recogniser on the sentences of one split, with the misses and false alarms.</summary>
    public static Score Measure(IQuantityRecognizer recognizer, string split)
    {
        int gold = 0, found = 0, matched = 0, overlapping = 0, valueRight = 0, countedGold = 0, countedRight = 0;
        var misses = new List<string>();
        var falseAlarms = new List<string>();
        var wrongValues = new List<string>();
        foreach (var s in All.Where(s => s.Split == split))
        {
            var spans = s.GoldSpans();
            var predicted = recognizer.Recognize(s.Text, s.Range);
            gold += spans.Count;
            found += predicted.Count;
            var used = new bool[predicted.Count];
            for (int g = 0; g < spans.Count; g++)
            {
                int exact = -1;
                for (int p = 0; p < predicted.Count; p++) if (!used[p] && predicted[p].Span == spans[g]) { exact = p; break; }
                if (exact >= 0)
                {
                    used[exact] = true;
                    matched++;
                    overlapping++;
                    if (s.Gold[g].Counted is { } counted) { countedGold++; if (predicted[exact].Counted == counted) countedRight++; }
                    if (ValueMatches(s.Gold[g], predicted[exact])) valueRight++;
                    else wrongValues.Add($"{s}: '{s.Gold[g].Text}' gold {s.Gold[g].Value}/{s.Gold[g].Upper}/{s.Gold[g].Unit}/{s.Gold[g].Qualifier} got {predicted[exact].Value}/{predicted[exact].UpperValue}/{predicted[exact].Unit}/{predicted[exact].Qualifier}");
                    continue;
                }
                if (predicted.Any(p => p.Span.Overlaps(spans[g]))) overlapping++;
                misses.Add($"{s}: '{s.Gold[g].Text}' in \"{s.Sentence}\" got [{string.Join("; ", predicted.Select(p => p.Text))}]");
            }
            for (int p = 0; p < predicted.Count; p++)
                if (!used[p] && !spans.Any(g => g == predicted[p].Span)) falseAlarms.Add($"{s}: '{predicted[p].Text}' in \"{s.Sentence}\"");
        }
        return new Score(gold, found, matched, overlapping, valueRight, misses, falseAlarms, wrongValues) { CountedGold = countedGold, CountedRight = countedRight };
    }

    public static bool ValueMatches(GoldQuantity g, Quantity q) =>
        q.Kind.ToString() == g.Kind && q.Value == g.Value && q.UpperValue == g.Upper && q.Unit.Symbol == g.Unit && q.Qualifier.ToString() == g.Qualifier;

    internal sealed record Score(int Gold, int Found, int Matched, int Overlapping, int ValueRight,
        IReadOnlyList<string> Misses, IReadOnlyList<string> FalseAlarms, IReadOnlyList<string> WrongValues)
    {
        public double Precision => Found == 0 ? 0 : (double)Matched / Found;
        public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
        public double OverlapRecall => Gold == 0 ? 0 : (double)Overlapping / Gold;
        public double ValueAccuracy => Matched == 0 ? 0 : (double)ValueRight / Matched;
        public int CountedGold { get; init; }
        public int CountedRight { get; init; }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"gold {Gold}, found {Found}, exact {Matched}: precision {Precision:0.000}, recall {Recall:0.000}, F1 {F1:0.000}; overlap recall {OverlapRecall:0.000}; value/unit/qualifier right on {ValueRight}/{Matched} ({ValueAccuracy:0.000}); counted noun right on {CountedRight}/{CountedGold}");
    }
}
