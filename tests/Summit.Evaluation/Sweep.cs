using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Summit.Documents;
using Summit.Rendering;

namespace Summit.Evaluation;

/// <summary>
/// The crash sweep (issue 18, item 7): every public document of ../shared/eval goes through the flow
/// of the sample console (the text written to a .txt file, read by <see cref="ReportFiles"/>, the
/// engine from <c>AddSummit()</c>, and all four renderers), one document per run. A
/// <see cref="SummitException"/> (input that is genuinely unusable) is counted as such; any other
/// exception is a failure, printed with the document's path. A known crash being fixed elsewhere is
/// counted apart (see <see cref="Known"/>) and does not fail the sweep.
/// <para>
/// The documents: TempEval-3 (TBAQ-cleaned TimeBank and AQUAINT, te3-platinum-input: the TEXT
/// element's text), MEANTIME and ECB+ train and test (tokens joined back into text, a line per
/// sentence), SemEval-2015 Task 4 track A (its sentences, detokenised), FNC-1 test bodies (one body
/// a report) and CaRB dev and test sentences (one sentence a report). With a sample size, each
/// data set gives that many documents, the first in the order of a hash of their paths, so the
/// sample is the same on every run and spread over the whole set.
/// </para>
/// </summary>
internal static class Sweep
{
    /// <summary>
    /// One run of the sweep: its data set, its path (a file, file#row, or a folder for a story) and how
    /// to get its reports (one for a document; several, read as one story, for the story runs).
    /// </summary>
    internal sealed record Document(string Dataset, string Path, Func<IReadOnlyList<(string Id, string Text)>> Reports)
    {
        public Document(string dataset, string path, string id, Func<string> text) : this(dataset, path, () => [(id, text())]) { }
    }

    /// <summary>The data sets of the sweep, in the order they are reported: documents one by one, then stories.</summary>
    internal static readonly string[] Datasets =
    [
        "tempeval3", "meantime", "ecbplus-train", "ecbplus-test", "semeval2015", "fnc1", "carb",
        // stories: the documents of one ECB+ topic, MEANTIME corpus or SemEval corpus, or 50 CaRB sentences, as one run
        "ecbplus-topics", "meantime-corpora", "semeval2015-corpora", "carb-batches",
    ];

    /// <summary>
    /// Harder variants, run only when named with --only: every TimeML, MEANTIME and ECB+ file fed as it
    /// is (its markup as text); MEANTIME and ECB+ as one running paragraph; all FNC-1 bodies, and all
    /// TempEval-3 documents, as one story each; every document with CRLF line ends; every document cut
    /// short at three places (a text may end anywhere); every document as an HTML page (a paragraph a
    /// &lt;p&gt;, the first line its title and &lt;h1&gt;); every document beside a copy of itself and its
    /// first half, as one story of wire copies.
    /// </summary>
    internal static readonly string[] ExtraDatasets = ["markup", "paragraphs", "fnc1-all", "tempeval3-all", "crlf", "cuts", "html", "copies"];

    /// <summary>
    /// Crashes known and being fixed by someone else: counted as "known: NAME" rather than failed,
    /// so the sweep still finds every other crash meanwhile.
    /// </summary>
    /// None now: the DateLines 'EDT' crash it once listed is fixed (DateLinesTests).
    internal static readonly (string Name, Func<Exception, bool> Matches)[] Known = [];

    private enum Outcome { Ok, Unusable, Known, Failed }

    private sealed record Result(Document Doc, Outcome Outcome, string? Detail, long Words, TimeSpan Elapsed);

    /// <summary>Runs the sweep; returns the exit code (1 when any document failed).</summary>
    public static async Task<int> RunAsync(string evalRoot, int? sample, ISet<string> only, int jobs, TextWriter output, CancellationToken cancellationToken)
    {
        var raw = Path.Combine(evalRoot, "raw");
        var unknown = only.Where(o => !Datasets.Contains(o, StringComparer.OrdinalIgnoreCase) && !ExtraDatasets.Contains(o, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            await Console.Error.WriteLineAsync($"sweep: unknown data set(s) {string.Join(", ", unknown)}; the sweep's are {string.Join(", ", Datasets.Concat(ExtraDatasets))}.");
            return 2;
        }
        var docs = new List<Document>();
        foreach (var set in Datasets.Concat(ExtraDatasets))
        {
            if (only.Count > 0 ? !only.Contains(set) : ExtraDatasets.Contains(set)) continue;
            var chosen = Select(raw, set, sample);
            if (chosen.Count == 0) throw new InvalidDataException($"sweep: no documents for {set} under {raw}.");
            docs.AddRange(chosen);
        }

        output.WriteLine($"sweep: {docs.Count} documents{(sample is { } k ? $" (sample: {k} per data set)" : "")}, {jobs} at a time");
        using var services = new ServiceCollection().AddSummit().BuildServiceProvider();
        var summit = services.GetRequiredService<ISummit>();
        var renderers = services.GetServices<IReconciliationRenderer>().ToArray();
        if (renderers.Length != 4) throw new InvalidOperationException($"sweep: expected four renderers, found {renderers.Length}.");

        var temp = Directory.CreateTempSubdirectory("summit-sweep-");
        var results = new Result[docs.Count];
        var running = new ConcurrentDictionary<int, Stopwatch>();
        var clock = Stopwatch.StartNew();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        using var watchdog = new Timer(_ =>
        {
            foreach (var (i, sw) in running)
                if (sw.Elapsed > TimeSpan.FromSeconds(60))
                    output.WriteLine($"sweep: still running after {sw.Elapsed.TotalSeconds:0} s: {docs[i].Path}");
        }, null, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));
        try
        {
            await Parallel.ForAsync(0, docs.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellationToken }, async (i, ct) =>
            {
                var sw = Stopwatch.StartNew();
                running[i] = sw;
                try { results[i] = await RunOneAsync(docs[i], i, temp.FullName, summit, renderers, ct); }
                finally { running.TryRemove(i, out _); }
                results[i] = results[i] with { Elapsed = sw.Elapsed };
            });
        }
        finally
        {
            try { temp.Delete(recursive: true); } catch (IOException) { }
        }
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        foreach (var r in results.Where(r => r.Outcome != Outcome.Ok))
        {
            var tag = r.Outcome switch { Outcome.Unusable => "unusable (SummitException)", Outcome.Known => "known", _ => "FAILED" };
            output.WriteLine($"sweep {tag}: {r.Doc.Path}");
            output.WriteLine("  " + r.Detail!.ReplaceLineEndings("\n  "));
        }
        output.WriteLine("sweep: slowest documents: " + string.Join(", ", results.OrderByDescending(r => r.Elapsed).Take(5)
            .Select(r => $"{r.Doc.Path} {r.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s")));
        foreach (var g in results.GroupBy(r => r.Doc.Dataset))
        {
            var known = g.Where(r => r.Outcome == Outcome.Known).GroupBy(r => r.Detail!.Split(':')[0]).Select(k => $", known {k.Key}: {k.Count()}");
            output.WriteLine($"sweep {g.Key}: {g.Count()} documents, {g.Count(r => r.Outcome == Outcome.Failed)} failed, {g.Count(r => r.Outcome == Outcome.Unusable)} unusable{string.Concat(known)}, {g.Sum(r => r.Words)} words");
        }
        long words = results.Sum(r => r.Words);
        double seconds = clock.Elapsed.TotalSeconds;
        // Words per CPU second too: the wall-clock figure depends on what else the machine is running.
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sweep: {results.Length} documents in {seconds:0.0} s, {cpu.TotalSeconds:0.0} s of CPU ({words} words: {words / Math.Max(seconds, 1e-3):0} words/s over {jobs} worker(s), {words / Math.Max(cpu.TotalSeconds, 1e-3):0} words per CPU second)"));
        int failed = results.Count(r => r.Outcome == Outcome.Failed);
        int knownCount = results.Count(r => r.Outcome == Outcome.Known);
        output.WriteLine($"sweep: {results.Length} documents, {failed} failed{(knownCount > 0 ? $", {knownCount} known" : "")}");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>
    /// A data set's documents, or a sample of <paramref name="sample"/> of them: the first in the order of
    /// a hash of their paths (the same on every run and machine, spread over the set), in path order.
    /// </summary>
    internal static IReadOnlyList<Document> Select(string raw, string dataset, int? sample)
    {
        var all = Enumerate(raw, dataset).ToList();
        return sample is { } n
            ? all.OrderBy(d => Hash(d.Path)).ThenBy(d => d.Path, StringComparer.Ordinal).Take(n).OrderBy(d => d.Path, StringComparer.Ordinal).ToList()
            : all;
    }

    private static async Task<Result> RunOneAsync(Document doc, int index, string temp, ISummit summit, IReconciliationRenderer[] renderers, CancellationToken cancellationToken)
    {
        long words = 0;
        string? file = null;
        try
        {
            var reports = doc.Reports();
            // The sample console reads files (a file, or a folder for a story): the report id is the
            // file name, the text read back as UTF-8.
            var dir = Path.Combine(temp, index.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(dir);
            foreach (var (id, text) in reports)
            {
                words += Words(text);
                file = Path.Combine(dir, id + ".txt");
                await File.WriteAllTextAsync(file, text, new UTF8Encoding(false), cancellationToken);
            }
            var inputs = await ReportFiles.LoadAsync([reports.Count == 1 ? file! : dir], cancellationToken);
            var result = summit.Reconcile(inputs, cancellationToken);
            // the engine keeps a story whose claims one report's text broke (SUM006): still a defect to fix
            if (result.Diagnostics.FirstOrDefault(d => d.Code == "SUM006") is { } defect)
                return new Result(doc, Outcome.Failed, defect.Message, words, default);
            foreach (var renderer in renderers)
            {
                using var writer = new StringWriter(CultureInfo.InvariantCulture);
                renderer.Render(result, writer);
                var rendered = writer.ToString();
                if (rendered.Length == 0) throw new InvalidDataException($"the {renderer.Format} renderer wrote nothing.");
                if (renderer.Format == "json") JsonDocument.Parse(rendered).Dispose();
            }
            return new Result(doc, Outcome.Ok, null, words, default);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (SummitException e)
        {
            return new Result(doc, Outcome.Unusable, e.Message, words, default);
        }
        catch (Exception e)
        {
            foreach (var (name, matches) in Known)
                if (matches(e)) return new Result(doc, Outcome.Known, $"{name}: {e.GetType().Name}: {e.Message}", words, default);
            return new Result(doc, Outcome.Failed, e.ToString(), words, default);
        }
        finally
        {
            try { Directory.Delete(Path.Combine(temp, index.ToString(CultureInfo.InvariantCulture)), recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>The documents of one data set under <paramref name="raw"/>, in ordinal order of path.</summary>
    internal static IEnumerable<Document> Enumerate(string raw, string dataset)
    {
        string Rel(string path) => Path.GetRelativePath(raw, path).Replace('\\', '/');
        IEnumerable<string> Files(string dir, string pattern) =>
            Directory.Exists(dir) ? Directory.EnumerateFiles(dir, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [];
        switch (dataset)
        {
            case "tempeval3":
                foreach (var f in Files(Path.Combine(raw, "tempeval3", "TBAQ-cleaned"), "*.tml").Concat(Files(Path.Combine(raw, "tempeval3", "te3-platinum-input"), "*.TE3input")))
                    yield return new Document(dataset, Rel(f), FileId(f), () => TimeMlText(f));
                break;
            case "meantime":
                foreach (var f in Files(Path.Combine(raw, "meantime", "intra_cross-doc_annotation"), "*.xml"))
                    yield return new Document(dataset, Rel(f), FileId(f), () => TokenText(f));
                break;
            case "ecbplus-train" or "ecbplus-test":
                foreach (var f in Files(Path.Combine(raw, "ecbplus", dataset[8..]), "*.xml"))
                    yield return new Document(dataset, Rel(f), FileId(f), () => TokenText(f));
                break;
            case "semeval2015":
                var semeval = Path.Combine(raw, "semeval2015-task4");
                foreach (var corpus in Directory.Exists(semeval) ? Directory.EnumerateDirectories(semeval, "corpus_*").Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
                    foreach (var f in Files(Path.Combine(corpus, "corpus_trackA_TimeML"), "*.tml"))
                        yield return new Document(dataset, Rel(f), FileId(f), () => SemEvalTimelineEvaluation.LoadDoc(f).Text);
                break;
            case "fnc1":
                var bodies = Path.Combine(raw, "fnc1", "competition_test_bodies.csv");
                if (!File.Exists(bodies)) break;
                foreach (var row in Csv(File.ReadAllText(bodies, Encoding.UTF8)).Skip(1))
                {
                    if (row.Count < 2) continue;
                    var body = row[1];
                    yield return new Document(dataset, $"{Rel(bodies)}#body={row[0]}", "body-" + row[0], () => body);
                }
                break;
            case "carb":
                foreach (var split in new[] { "dev", "test" })
                {
                    var f = Path.Combine(raw, "carb", "data", split + ".txt");
                    if (!File.Exists(f)) continue;
                    int n = 0;
                    foreach (var line in File.ReadLines(f))
                    {
                        n++;
                        if (line.Trim().Length == 0) continue;
                        var sentence = EvalSupport.Detokenize(line);
                        yield return new Document(dataset, $"{Rel(f)}#line={n}", $"{split}-{n}", () => sentence);
                    }
                }
                break;
            case "ecbplus-topics":
                foreach (var g in Enumerate(raw, "ecbplus-train").Concat(Enumerate(raw, "ecbplus-test")).GroupBy(d => d.Path[..d.Path.LastIndexOf('/')]))
                    yield return Story(dataset, g.Key, g.ToList());
                break;
            case "meantime-corpora":
                foreach (var g in Enumerate(raw, "meantime").GroupBy(d => d.Path[..d.Path.LastIndexOf('/')]))
                    yield return Story(dataset, g.Key, g.ToList());
                break;
            case "semeval2015-corpora":
                foreach (var g in Enumerate(raw, "semeval2015").GroupBy(d => d.Path[..d.Path.LastIndexOf('/')]))
                    yield return Story(dataset, g.Key, g.ToList());
                break;
            case "carb-batches":
                foreach (var split in Enumerate(raw, "carb").GroupBy(d => d.Path[..d.Path.IndexOf('#', StringComparison.Ordinal)]))
                    foreach (var list in split.Chunk(50))
                        yield return Story(dataset, $"{list[0].Path}..{list[^1].Path[(list[^1].Path.IndexOf('#', StringComparison.Ordinal) + 1)..]}", list);
                break;
            case "markup":
                foreach (var d in Enumerate(raw, "tempeval3").Concat(Enumerate(raw, "meantime")).Concat(Enumerate(raw, "ecbplus-train"))
                             .Concat(Enumerate(raw, "ecbplus-test")).Concat(Enumerate(raw, "semeval2015")))
                {
                    var f = Path.Combine(raw, d.Path);
                    yield return new Document(dataset, d.Path, FileId(f), () => File.ReadAllText(f));
                }
                break;
            case "paragraphs":
                foreach (var d in Enumerate(raw, "meantime").Concat(Enumerate(raw, "ecbplus-train")).Concat(Enumerate(raw, "ecbplus-test")))
                {
                    var f = Path.Combine(raw, d.Path);
                    yield return new Document(dataset, d.Path, FileId(f), () => SentenceEvaluation.Detokenize(f).Text);
                }
                break;
            case "crlf":
                foreach (var d in Datasets.Take(7).SelectMany(set => Enumerate(raw, set)))
                    yield return new Document(dataset, d.Path, () => d.Reports().Select(r => (r.Id, r.Text.ReplaceLineEndings("\r\n"))).ToList());
                break;
            case "cuts":
                foreach (var d in Datasets.Take(7).SelectMany(set => Enumerate(raw, set)))
                    for (int k = 1; k <= 3; k++)
                    {
                        int cut = k;
                        yield return new Document(dataset, $"{d.Path} (cut {cut})", () => d.Reports().Select(r =>
                        {
                            // a place in each quarter of the text, from a hash of the path (the same on every run)
                            int at = r.Text.Length * cut / 4 + (int)(Hash(d.Path + cut) % (ulong)Math.Max(1, r.Text.Length / 4));
                            return (r.Id, r.Text[..Math.Clamp(at, 1, r.Text.Length)]);
                        }).ToList());
                    }
                break;
            case "html":
                foreach (var d in Datasets.Take(7).SelectMany(set => Enumerate(raw, set)))
                    yield return new Document(dataset, d.Path, () => d.Reports().Select(r => (r.Id, Html(r.Text))).ToList());
                break;
            case "copies":
                foreach (var d in Datasets.Take(7).SelectMany(set => Enumerate(raw, set)))
                    yield return new Document(dataset, d.Path + " (3 copies)", () => d.Reports().SelectMany(r => new[]
                    {
                        (r.Id, r.Text), (r.Id + "-copy", r.Text), (r.Id + "-half", r.Text[..Math.Max(1, r.Text.Length / 2)]),
                    }).ToList());
                break;
            case "fnc1-all":
                yield return Story(dataset, "fnc1/competition_test_bodies.csv", Enumerate(raw, "fnc1").ToList());
                break;
            case "tempeval3-all":
                yield return Story(dataset, "tempeval3", Enumerate(raw, "tempeval3").ToList());
                break;
            default:
                throw new ArgumentException($"unknown sweep data set '{dataset}'.", nameof(dataset));
        }
    }

    /// <summary>A text as a simple HTML page: its first line the title and heading, its other lines paragraphs.</summary>
    private static string Html(string text)
    {
        var lines = text.Split('\n').Select(l => System.Net.WebUtility.HtmlEncode(l.Trim())).Where(l => l.Length > 0).ToList();
        var sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>");
        sb.Append(lines.FirstOrDefault()).Append("</title></head>\n<body><article><h1>").Append(lines.FirstOrDefault()).Append("</h1>\n");
        foreach (var l in lines.Skip(1)) sb.Append("<p>").Append(l).Append("</p>\n");
        return sb.Append("</article></body></html>\n").ToString();
    }

    /// <summary>Several documents read together as one story, the way the console reads a folder.</summary>
    private static Document Story(string dataset, string path, IReadOnlyList<Document> docs) =>
        new(dataset, path + " (" + docs.Count.ToString(CultureInfo.InvariantCulture) + " reports)", () => docs.SelectMany(d => d.Reports()).ToList());

    private static string FileId(string path)
    {
        // "AP_20130322.tml.TE3input" → "AP_20130322"; ids become file names, so keep them plain
        var name = Path.GetFileNameWithoutExtension(path);
        if (name.EndsWith(".tml", StringComparison.Ordinal)) name = name[..^4];
        return new string(name.Select(c => char.IsLetterOrDigit(c) || c is '_' or '-' ? c : '_').ToArray());
    }

    /// <summary>
    /// The text content of a TimeML file, its tags taken out and its line breaks kept: the document id,
    /// creation time and title lines (where there are) before the TEXT element's text, as a report
    /// saved from a wire feed would begin.
    /// </summary>
    internal static string TimeMlText(string path)
    {
        var xml = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        return (xml.Root?.Value ?? "").Trim();
    }

    /// <summary>A MEANTIME or ECB+ token file as text: each sentence's tokens detokenised, a line per sentence.</summary>
    internal static string TokenText(string path)
    {
        var xml = XDocument.Load(path);
        return string.Join("\n", xml.Root!.Elements("token")
            .GroupBy(t => (string?)t.Attribute("sentence") ?? "")
            .Select(g => EvalSupport.Detokenize(g.Select(t => t.Value))));
    }

    /// <summary>The rows of an RFC 4180 CSV text (quoted fields may hold commas, quotes doubled and line breaks).</summary>
    internal static IEnumerable<List<string>> Csv(string text)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                row.Add(field.ToString()); field.Clear();
                yield return row;
                row = [];
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); yield return row; }
    }

    /// <summary>FNV-1a of the path's UTF-8 bytes: the same on every machine and run (string.GetHashCode is not).</summary>
    private static ulong Hash(string path)
    {
        ulong h = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(path)) h = (h ^ b) * 1099511628211UL;
        return h;
    }

    private static long Words(string text)
    {
        long n = 0;
        bool inWord = false;
        foreach (var ch in text)
        {
            bool space = char.IsWhiteSpace(ch);
            if (!space && !inWord) n++;
            inWord = !space;
        }
        return n;
    }
}
