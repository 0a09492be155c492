using System.Globalization;
using System.Text.RegularExpressions;
using Summit.Documents;
using Summit.Quantities;

namespace Summit.Evaluation;

/// <summary>
/// Quantity recognition: exact-span precision and recall on the hand-annotated sentences of
/// tests/Summit.Tests/Quantities/quantities.tsv, per split (dev: tuned on; heldout and test: never tuned on).
/// TimeBank/AQUAINT sentences are read from ../shared/eval/raw by offset.
/// </summary>
public sealed partial class QuantityEvaluation : IEvaluation
{
    /// <inheritdoc />
    public string Name => "quantities";

    /// <inheritdoc />
    public Task<IReadOnlyList<Score>> RunAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        string? tsv = FindTable();
        if (tsv is null) throw new IOException("quantities.tsv not found above " + AppContext.BaseDirectory);
        var rows = File.ReadLines(tsv).Where(l => l.Length > 0 && l[0] != '#' && !l.StartsWith("split\t", StringComparison.Ordinal)).Select(l => l.Split('\t')).ToList();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var scores = new List<Score>();
        foreach (var split in new[] { "dev", "heldout", "test" })
        {
            int gold = 0, found = 0, exact = 0;
            foreach (var sentence in rows.Where(r => r[0] == split).GroupBy(r => r[1] + "\t" + r[2], StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var first = sentence.First();
                string text;
                Span range;
                if (first[2].StartsWith('@'))
                {
                    if (!texts.TryGetValue(first[1], out text!)) texts[first[1]] = text = TimeMlText(context.Raw(first[1].Split('/')));
                    var parts = first[2][1..].Split('+');
                    int start = int.Parse(parts[0], CultureInfo.InvariantCulture);
                    range = new Span(start, start + int.Parse(parts[1], CultureInfo.InvariantCulture));
                }
                else
                {
                    text = first[3];
                    range = new Span(0, text.Length);
                }
                var predicted = QuantityRecognizer.Default.Recognize(text, range, cancellationToken).Select(q => q.Span).ToList();
                var goldSpans = new List<Span>();
                int from = range.Start;
                foreach (var expected in sentence.Select(r => r[4]).Where(t => t.Length > 0))
                {
                    // the k-th gold of one text is its k-th occurrence
                    int k = goldSpans.Count(g => g.Of(text) == expected);
                    int at = range.Start - 1;
                    for (int n = 0; n <= k; n++) at = text.IndexOf(expected, at + 1, range.End - at - 1, StringComparison.Ordinal);
                    if (at < 0) throw new InvalidDataException($"quantities.tsv: '{expected}' not in {first[1]} {first[2]}");
                    goldSpans.Add(new Span(at, at + expected.Length));
                }
                gold += goldSpans.Count;
                found += predicted.Count;
                exact += goldSpans.Count(g => predicted.Contains(g));
            }
            double p = found == 0 ? 0 : (double)exact / found, r = gold == 0 ? 0 : (double)exact / gold;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            string name = $"quantities {split} ({gold} expressions)";
            scores.Add(new Score(name, "precision (exact span)", p.ToString("0.000", CultureInfo.InvariantCulture)));
            scores.Add(new Score(name, "recall (exact span)", r.ToString("0.000", CultureInfo.InvariantCulture)));
            scores.Add(new Score(name, "F1", f.ToString("0.000", CultureInfo.InvariantCulture), split == "dev" ? null : "≥ 0.90"));
        }
        return Task.FromResult<IReadOnlyList<Score>>(scores);
    }

    private static string? FindTable()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Summit.Tests", "Quantities", "quantities.tsv");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The TEXT element of a TimeML file with its tags removed and line ends normalised to '\n' (as the table's offsets expect).</summary>
    private static string TimeMlText(string path)
    {
        var raw = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return TagPattern().Replace(TextPattern().Match(raw).Groups[1].Value, "");
    }

    [GeneratedRegex("<TEXT>(.*?)</TEXT>", RegexOptions.Singleline)]
    private static partial Regex TextPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
