using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Summit.Documents;
using Summit.Text;
using Summit.Time;

namespace Summit.Evaluation;

/// <summary>
/// TempEval-3 time expressions (../shared/eval/raw/tempeval3): the tagger on each document's text,
/// anchored on its creation time, scored like the official scorer: strict extraction (same span),
/// relaxed extraction (any overlap), and value F1 (relaxed matches whose value is right, over the
/// system's and the gold's expressions). TimeBank and AQUAINT are the development data; the platinum
/// set is the test set, measured and never tuned on.
/// </summary>
public sealed partial class TempEval3Evaluation : IEvaluation
{
    /// <inheritdoc />
    public string Name => "tempeval3";

    /// <summary>One document: its text, creation date and gold expressions.</summary>
    internal sealed record Document(string Name, string Text, DateOnly? Created, IReadOnlyList<(int Start, int End, string Value)> Gold);

    /// <summary>The counts behind the figures.</summary>
    internal sealed record Counts(int System, int Gold, int Strict, int Relaxed, int Value)
    {
        public static Counts operator +(Counts a, Counts b) =>
            new(a.System + b.System, a.Gold + b.Gold, a.Strict + b.Strict, a.Relaxed + b.Relaxed, a.Value + b.Value);

        public double F1(int matched) => System + Gold == 0 ? 0 : 2.0 * matched / (System + Gold);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Score>> RunAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var scores = new List<Score>();
        var dev = Directory.GetFiles(context.Raw("tempeval3", "TBAQ-cleaned"), "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var test = Directory.GetFiles(context.Raw("tempeval3", "te3-platinum"), "*.tml").Order(StringComparer.Ordinal).ToArray();
        if (context.Smoke) { dev = dev.Take(10).ToArray(); test = test.Take(3).ToArray(); }
        bool details = Environment.GetEnvironmentVariable("SUMMIT_TEMPEVAL_DETAILS") is { Length: > 0 };
        foreach (var (set, files, show) in new[] { ("tempeval3 TimeBank+AQUAINT (dev)", dev, details), ("tempeval3 platinum", test, false) })
        {
            var name = context.Smoke ? set + " (smoke)" : set;
            var total = new Counts(0, 0, 0, 0, 0);
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                total += Score(Parse(file), show ? context.Output : null, cancellationToken);
            }
            scores.Add(new Score(name, "strict F1", F(total.F1(total.Strict))));
            scores.Add(new Score(name, "relaxed F1", F(total.F1(total.Relaxed))));
            scores.Add(new Score(name, "value F1", F(total.F1(total.Value)), name.EndsWith("platinum", StringComparison.Ordinal) ? "≥ 0.80" : null));
            context.Output.WriteLine($"{name}: strict F1 {F(total.F1(total.Strict))} relaxed F1 {F(total.F1(total.Relaxed))} value F1 {F(total.F1(total.Value))} ({files.Length} documents, {total.Gold} gold, {total.System} found)");
        }
        return Task.FromResult<IReadOnlyList<Score>>(scores);
    }

    private static string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);

    private static readonly ReportReader Reader = new(new Summit.Lexical.LexicalResources());
    private static readonly TextAnalyzer Analyzer = new(new Summit.Lexical.LexicalResources());
    private static readonly TemporalTagger Tagger = new(new Summit.Lexical.LexicalResources());

    /// <summary>Tags one document and counts its matches; prints misses to <paramref name="log"/> if given.</summary>
    internal static Counts Score(Document doc, TextWriter? log, CancellationToken cancellationToken)
    {
        var report = Reader.Read(new ReportInput("d", doc.Text) { Published = doc.Created }, cancellationToken);
        var found = Tagger.Tag(Analyzer.Analyze(report, cancellationToken), doc.Created, cancellationToken);
        int strict = 0, relaxed = 0, value = 0;
        var used = new bool[found.Count];
        foreach (var (start, end, goldValue) in doc.Gold)
        {
            int hit = -1;
            for (int k = 0; k < found.Count; k++)
                if (!used[k] && found[k].Span.Start < end && start < found[k].Span.End) { hit = k; break; }
            if (hit < 0) { log?.WriteLine($"  miss {doc.Name}: '{doc.Text[start..end]}' {goldValue}"); continue; }
            used[hit] = true;
            relaxed++;
            if (found[hit].Span.Start == start && found[hit].Span.End == end) strict++;
            else log?.WriteLine($"  span {doc.Name}: gold '{doc.Text[start..end]}' found '{found[hit].Text}'");
            if (found[hit].Value == goldValue) value++;
            else log?.WriteLine($"  value {doc.Name}: '{doc.Text[start..end]}' gold {goldValue} found {found[hit].Value} (dct {doc.Created:yyyy-MM-dd})");
        }
        if (log is not null)
            for (int k = 0; k < found.Count; k++)
                if (!used[k]) log.WriteLine($"  extra {doc.Name}: '{found[k].Text}' {found[k].Value}");
        return new Counts(found.Count, doc.Gold.Count, strict, relaxed, value);
    }

    [GeneratedRegex(@"<TEXT>(?<text>.*?)</TEXT>", RegexOptions.Singleline)]
    private static partial Regex TextElement();

    [GeneratedRegex(@"functionInDocument=""CREATION_TIME""[^>]*value=""(?<v>[^""]+)""|value=""(?<v>[^""]+)""[^>]*functionInDocument=""CREATION_TIME""")]
    private static partial Regex Creation();

    [GeneratedRegex(@"<(?<close>/)?(?<tag>[A-Za-z0-9]+)(?<attrs>[^>]*)>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"value=""(?<v>[^""]*)""")]
    private static partial Regex ValueAttribute();

    /// <summary>Reads a TimeML file: the text of its TEXT element with the tags taken out, and its TIMEX3 spans in that text.</summary>
    internal static Document Parse(string path)
    {
        var xml = File.ReadAllText(path);
        var body = TextElement().Match(xml).Groups["text"].Value;
        var created = Creation().Match(xml) is { Success: true } c && c.Groups["v"].Value.Length >= 10
                      && DateOnly.TryParseExact(c.Groups["v"].Value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : (DateOnly?)null;
        var text = new StringBuilder(body.Length);
        var gold = new List<(int, int, string)>();
        (int Start, string Value)? open = null;
        int at = 0;
        foreach (Match m in Tag().Matches(body))
        {
            text.Append(Unescape(body[at..m.Index]));
            at = m.Index + m.Length;
            if (m.Groups["tag"].Value != "TIMEX3") continue;
            if (m.Groups["close"].Success)
            {
                if (open is { } o) gold.Add((o.Start, text.Length, o.Value));
                open = null;
            }
            else open = (text.Length, ValueAttribute().Match(m.Groups["attrs"].Value).Groups["v"].Value);
        }
        text.Append(Unescape(body[at..]));
        return new Document(Path.GetFileNameWithoutExtension(path), text.ToString(), created, gold);
    }

    private static string Unescape(string s) =>
        s.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal)
         .Replace("&quot;", "\"", StringComparison.Ordinal).Replace("&apos;", "'", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
}
