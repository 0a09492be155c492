using System.Globalization;
using System.Xml.Linq;
using Summit.Documents;

namespace Summit.Benchmarks;

/// <summary>
/// Real text for the benchmarks, read at run time from ../shared/eval/raw (never copied into the
/// repository): the 256 TimeBank + AQUAINT texts (TempEval-3 TBAQ-cleaned) and one story's worth of
/// Wikinews sentences (MEANTIME corpus_apple, CC BY 4.0, FBK / VU Amsterdam / EHU).
/// </summary>
internal static class BenchData
{
    /// <summary>The ../shared/eval folder: $SUMMIT_EVAL, else found above the running assembly next to Summit.sln.</summary>
    public static string EvalRoot()
    {
        var env = Environment.GetEnvironmentVariable("SUMMIT_EVAL");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "eval"));
                if (File.Exists(Path.Combine(dir.FullName, "Summit.sln")) && Directory.Exists(candidate)) return candidate;
            }
        }
        throw new DirectoryNotFoundException("../shared/eval not found; set SUMMIT_EVAL.");
    }

    /// <summary>The TimeBank + AQUAINT texts as reports: the TEXT element's plain text, dated by the DCT.</summary>
    public static IReadOnlyList<ReportInput> TimeBankAquaint()
    {
        var root = Path.Combine(EvalRoot(), "raw", "tempeval3", "TBAQ-cleaned");
        var list = new List<ReportInput>();
        foreach (var file in Directory.EnumerateFiles(root, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var (text, date) = TimeMl(file);
            list.Add(new ReportInput(Path.GetFileNameWithoutExtension(file), text) { Published = date });
        }
        return list;
    }

    /// <summary>The plain text of a TimeML file's TEXT element and its creation date.</summary>
    public static (string Text, DateOnly? Date) TimeMl(string file)
    {
        var xml = XDocument.Load(file, LoadOptions.PreserveWhitespace);
        var text = xml.Root!.Element("TEXT")?.Value.Trim() ?? "";
        var dct = xml.Descendants("TIMEX3").FirstOrDefault(t => (string?)t.Attribute("functionInDocument") == "CREATION_TIME")?.Attribute("value")?.Value;
        DateOnly? date = dct is { Length: >= 10 } && DateOnly.TryParseExact(dct[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        return (text, date);
    }

    /// <summary>
    /// <paramref name="count"/> reports of one story: each is 12 sentences drawn (seeded, so the same
    /// every run) from the 30 MEANTIME corpus_apple articles and kept in their original order, dated
    /// by the article of its first sentence. Reports overlap as wire copies of one story do.
    /// </summary>
    public static IReadOnlyList<ReportInput> Story(int count)
    {
        var pool = new List<(string Sentence, DateOnly? Date)>();
        var root = Path.Combine(EvalRoot(), "raw", "meantime", "intra_cross-doc_annotation", "corpus_apple");
        foreach (var file in Directory.EnumerateFiles(root, "*.xml").Order(StringComparer.Ordinal))
        {
            var xml = XDocument.Load(file);
            var dct = xml.Descendants("TIMEX3").FirstOrDefault(t => (string?)t.Attribute("functionInDocument") == "CREATION_TIME")?.Attribute("value")?.Value;
            DateOnly? date = dct is { Length: >= 10 } && DateOnly.TryParseExact(dct[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            foreach (var g in xml.Root!.Elements("token").GroupBy(t => (int)t.Attribute("sentence")!).OrderBy(g => g.Key))
                pool.Add((Detokenize(g.Select(t => t.Value)), date));
        }
        var reports = new List<ReportInput>(count);
        for (int i = 0; i < count; i++)
        {
            var random = new Random(i + 1);
            var picks = Enumerable.Range(0, 12).Select(_ => random.Next(pool.Count)).Distinct().Order().ToList();
            var text = string.Join("\n\n", picks.Select(p => pool[p].Sentence));
            reports.Add(new ReportInput($"r{i:D4}", text) { Published = pool[picks[0]].Date });
        }
        return reports;
    }

    /// <summary>White-space separated words of the reports.</summary>
    public static long Words(IEnumerable<ReportInput> reports)
    {
        long n = 0;
        foreach (var r in reports)
        {
            bool inWord = false;
            foreach (var ch in r.Text)
            {
                bool space = char.IsWhiteSpace(ch);
                if (!space && !inWord) n++;
                inWord = !space;
            }
        }
        return n;
    }

    private static string Detokenize(IEnumerable<string> tokens)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var t in tokens)
        {
            bool attach = t is "," or "." or ";" or ":" or "!" or "?" or ")" or "%" or "'s" or "n't";
            if (sb.Length > 0 && !attach && sb[^1] != '(' && sb[^1] != '$') sb.Append(' ');
            sb.Append(t);
        }
        return sb.ToString();
    }
}
