using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Summit.Documents;
using Summit.Text;

namespace Summit.Evaluation;

/// <summary>
/// The sentence splitter on the gold sentence boundaries of ECB+ (test topics 36–45) and MEANTIME
/// (all four corpora): each document's tokens are joined back into running text (one paragraph, a
/// space between tokens except before closing punctuation), so a headline without a full stop runs
/// into the next sentence as it would in text copied without line breaks. A boundary is the offset
/// where a sentence starts; precision and recall over boundaries after each document's first.
/// ECB+ and MEANTIME are CC BY (see their SOURCE.txt).
/// </summary>
public sealed class SentenceEvaluation : IEvaluation
{
    /// <inheritdoc />
    public string Name => "sentences";

    private static readonly ReportReader Reader = new(new Summit.Lexical.LexicalResources());
    private static readonly TextAnalyzer Analyzer = new(new Summit.Lexical.LexicalResources());

    /// <inheritdoc />
    public Task<IReadOnlyList<Score>> RunAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var sets = new[]
        {
            ("ECB+ test (sentence boundaries)", Directory.GetFiles(context.Raw("ecbplus", "test"), "*.xml", SearchOption.AllDirectories)),
            ("MEANTIME (sentence boundaries)", Directory.GetFiles(context.Raw("meantime", "intra_cross-doc_annotation"), "*.xml", SearchOption.AllDirectories)),
        };
        var scores = new List<Score>();
        foreach (var (name, all) in sets)
        {
            var files = all.Order(StringComparer.Ordinal).Take(context.Smoke ? 5 : int.MaxValue).ToArray();
            int gold = 0, found = 0, right = 0;
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (text, starts) = Detokenize(file);
                if (text.Length == 0) continue;
                var analysis = Analyzer.Analyze(Reader.Read(new ReportInput("d", text), cancellationToken), cancellationToken);
                var system = analysis.Sentences.Skip(1).Select(s => s.Span.Start).ToHashSet();
                var expected = starts.Skip(1).ToHashSet();
                gold += expected.Count;
                found += system.Count;
                right += system.Count(expected.Contains);
            }
            double p = found == 0 ? 0 : right / (double)found, r = gold == 0 ? 0 : right / (double)gold;
            string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
            scores.Add(new Score(name, "precision", F(p)));
            scores.Add(new Score(name, "recall", F(r)));
            scores.Add(new Score(name, "F1", F(p + r == 0 ? 0 : 2 * p * r / (p + r))));
            context.Output.WriteLine($"{name}: {files.Length} documents, {gold} gold boundaries, {found} found, {right} right");
        }
        return Task.FromResult<IReadOnlyList<Score>>(scores);
    }

    /// <summary>The document's running text and the offsets where its gold sentences start.</summary>
    internal static (string Text, List<int> Starts) Detokenize(string path)
    {
        var doc = XDocument.Load(path);
        var text = new StringBuilder();
        var starts = new List<int>();
        string? sentence = null;
        string previous = "";
        foreach (var token in doc.Descendants("token"))
        {
            var word = token.Value;
            var s = (string?)token.Attribute("sentence");
            bool newSentence = s != sentence;
            bool glue = text.Length > 0 && !newSentence && (word is "," or "." or ";" or ":" or "!" or "?" or "%" or ")" or "'s" or "n't" or "’s" or "''"
                                                             || previous is "(" or "$" or "``" or "“");
            if (text.Length > 0 && !glue) text.Append(' ');
            if (newSentence) { starts.Add(text.Length); sentence = s; }
            text.Append(word);
            previous = word;
        }
        return (text.ToString(), starts);
    }
}
