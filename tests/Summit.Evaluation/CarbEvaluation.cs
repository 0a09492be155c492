using Summit.Claims;
using Summit.Lexical;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Summit.Evaluation;

/// <summary>
/// CaRB (Bhardwaj, Aggarwal &amp; Mausam 2019, MIT; ../shared/eval/raw/carb): Summit's claims as Open IE
/// tuples, scored by CaRB's official scorer (score.sh: carb.py, default matcher; AUC and the best F1
/// over confidence thresholds). Each input sentence (PTB tokens) is detokenised (its split hyphens joined again: "Gen-Probe"; dev F1 0.509 → 0.511) and given to the
/// engine as a report of its own, so that a claim's sentence is its report; its claims become tuples
/// in CaRB's tabbed format (<see cref="CarbFormat"/>, which documents the mapping). Development on
/// data/dev.txt (the only split looked at while writing the mapping); the reported figure is
/// data/test.txt. --carb-out FILE keeps the test file (and the dev file beside it, <see cref="DevOut"/>). The scorer needs python3 with scikit-learn,
/// nltk and docopt (apt-get install -y python3-sklearn python3-nltk python3-docopt; no NLTK data);
/// without them the command is printed instead. Baselines (CaRB paper, test F1): OpenIE-4 0.488,
/// OpenIE-5 0.467, ClausIE 0.450, ReVerb 0.368.
/// </summary>
public sealed partial class CarbEvaluation : IEvaluation
{
    /// <inheritdoc />
    public string Name => "carb";

    /// <summary>The dataset name of the test split's rows (the final line is printed from them).</summary>
    internal const string TestDataset = "carb test";

    /// <summary>Sentences of the dev split in a --smoke run.</summary>
    internal const int SmokeSentences = 6;

    /// <summary>The goal column of the F1 row: the baselines the issue names.</summary>
    private const string F1Baselines = "OpenIE-4 0.488, OpenIE-5 0.467, ClausIE 0.450, ReVerb 0.368";

    /// <inheritdoc />
    public Task<IReadOnlyList<Score>> RunAsync(EvaluationContext context, CancellationToken cancellationToken)
    {
        var root = context.Raw("carb");
        var scores = new List<Score>();
        var splits = context.Smoke
            ? new[] { ("dev", "carb dev (smoke)", (string?)null) }
            : new[] { ("dev", "carb dev", DevOut(context.CarbOut)), ("test", TestDataset, context.CarbOut) };
        foreach (var (split, dataset, keep) in splits)
        {
            var sentences = File.ReadLines(Path.Combine(root, "data", split + ".txt")).Where(l => l.Trim().Length > 0).ToList();
            if (context.Smoke) sentences = sentences.Take(SmokeSentences).ToList();
            var clock = Stopwatch.StartNew();
            var (lines, claims, failed) = Extract(sentences, cancellationToken);
            var seconds = clock.Elapsed.TotalSeconds;
            var file = keep is null ? Path.Combine(Path.GetTempPath(), $"summit-carb-{split}-{Environment.ProcessId}.tsv") : Path.GetFullPath(keep);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllLines(file, lines, new UTF8Encoding(false));
            context.Output.WriteLine($"{dataset}: {sentences.Count} sentences, {claims} claims, {lines.Count} tuples"
                                     + (failed > 0 ? $", {failed} sentences the engine failed on" : "")
                                     + $"; engine {seconds:0.0} s ({1000 * seconds / Math.Max(1, sentences.Count):0.0} ms a sentence)"
                                     + (keep is null ? "" : $"; tuples in {file}")
                                     + (context.Smoke ? $"; scored against the whole {split} gold, so recall is tiny" : ""));
            clock.Restart();
            var (ok, line) = RunScorer(root, file, split, context.Output);
            context.Output.WriteLine($"   scorer {clock.Elapsed.TotalSeconds:0.0} s");
            if (keep is null && ok) File.Delete(file);
            scores.Add(new Score(dataset, "tuples a sentence", (lines.Count / (double)Math.Max(1, sentences.Count)).ToString("0.00", CultureInfo.InvariantCulture)));
            if (line is not null && ParseScoreLine(line) is { } s)
            {
                scores.Add(new Score(dataset, "AUC", s.Auc.ToString("0.000", CultureInfo.InvariantCulture)));
                scores.Add(new Score(dataset, "F1", s.F1.ToString("0.000", CultureInfo.InvariantCulture), split == "test" && !context.Smoke ? F1Baselines : null));
                scores.Add(new Score(dataset, "P", s.P.ToString("0.000", CultureInfo.InvariantCulture)));
                scores.Add(new Score(dataset, "R", s.R.ToString("0.000", CultureInfo.InvariantCulture)));
            }
            else
            {
                scores.Add(new Score(dataset, "F1", "not scored", $"bash {Path.Combine(root, "score.sh")} {file} {split}"));
            }
        }
        return Task.FromResult<IReadOnlyList<Score>>(scores);
    }

    /// <summary>With --carb-out FILE the dev tuples are kept too, beside it: FILE's name with ".dev" before its extension.</summary>
    internal static string? DevOut(string? carbOut) =>
        carbOut is null ? null : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(carbOut))!, Path.GetFileNameWithoutExtension(carbOut) + ".dev" + Path.GetExtension(carbOut));

    /// <summary>
    /// Every sentence through the engine (one report each, in parallel on one-core engines) and its
    /// claims as tabbed lines, in input order. A sentence the engine fails on gives no tuple.
    /// </summary>
    internal static (List<string> Lines, int Claims, int Failed) Extract(IReadOnlyList<string> sentences, CancellationToken cancellationToken)
    {
        var perSentence = new List<string>[sentences.Count];
        var claimCounts = new int[sentences.Count];
        var failed = new ConcurrentBag<int>();
        var engine = EvalSupport.SingleThreadEngine();
        Parallel.For(0, sentences.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var tokens = sentences[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var text = EvalSupport.Detokenize(tokens, out var spans, joinHyphens: true);
            var lines = new List<string>();
            try
            {
                var result = engine.Reconcile([EvalSupport.Report("s", text)], cancellationToken);
                // relations: clauses and the further verbs inside them; a noun of an event ("the earthquake") is none
                var relations = result.Claims.Where(c => c.Kind != ClaimKind.Nominal).ToList();
                claimCounts[i] = relations.Count;
                foreach (var claim in relations)
                {
                    var tuple = CarbFormat.FromClaim(claim, text, tokens, spans);
                    // a verb of saying: what it says is the clause around it ("Mr. Wathen says | the firm will …")
                    if (claim.Kind == ClaimKind.Predicate && SpeechVerbs.Lemmas.Contains(claim.Predicate)
                        && relations.Where(c => c.Kind == ClaimKind.Clause && c.Span.Contains(claim.Span)).MinBy(c => c.Span.Length) is { } said)
                        tuple = CarbFormat.WithWhatIsSaid(tuple, claim, said, tokens, spans);
                    if (!CarbFormat.Scorable(tuple)) continue;
                    var line = CarbFormat.Line(sentences[i], tuple);
                    if (!lines.Contains(line, StringComparer.Ordinal)) lines.Add(line);
                }
            }
            catch (SummitException)
            {
                failed.Add(i);
            }
            perSentence[i] = lines;
        });
        return (perSentence.SelectMany(l => l).ToList(), claimCounts.Sum(), failed.Count);
    }

    /// <summary>
    /// Runs <c>bash score.sh FILE SPLIT</c>; returns whether it ran and its last line ("carb test: AUC …").
    /// Without the python modules (exit code 3) it prints the command to run instead.
    /// </summary>
    private static (bool Ran, string? Line) RunScorer(string root, string file, string split, TextWriter output)
    {
        var script = Path.Combine(root, "score.sh");
        var command = $"bash {script} {file} {split}";
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(file);
        start.ArgumentList.Add(split);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("no process");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            output.WriteLine($"   carb: could not run bash ({e.Message}); score with: {command}");
            return (false, null);
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var err = stderr.GetAwaiter().GetResult();
            if (process.ExitCode == 3)
            {
                output.WriteLine($"   carb: the scorer's python modules are missing (apt-get install -y python3-sklearn python3-nltk python3-docopt); score with: {command}");
                return (false, null);
            }
            foreach (var l in err.Split('\n', StringSplitOptions.RemoveEmptyEntries)) output.WriteLine("   " + l);
            if (process.ExitCode != 0)
            {
                output.WriteLine($"   carb: score.sh failed (exit code {process.ExitCode}); command: {command}");
                return (false, null);
            }
            var last = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            if (last is not null) output.WriteLine("   " + last);
            return (true, last);
        }
    }

    /// <summary>The figures of score.sh's last line, "carb test: AUC X F1 Y P Z R W".</summary>
    internal static (double Auc, double F1, double P, double R)? ParseScoreLine(string line)
    {
        var m = ScoreLine().Match(line);
        if (!m.Success) return null;
        double D(int g) => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
        return (D(1), D(2), D(3), D(4));
    }

    [GeneratedRegex(@"^carb \w+: AUC ([-\d.]+) F1 ([-\d.]+) P ([-\d.]+) R ([-\d.]+)\s*$")]
    private static partial Regex ScoreLine();
}
