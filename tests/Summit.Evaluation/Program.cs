using System.Reflection;
using System.Text;
using Summit.Evaluation;

// usage: Summit.Evaluation [--eval DIR] [--only NAME[,NAME]] [--case DIR]... [--smoke] [--carb-out FILE] [--examples N]
// --examples N: the claim evaluation prints N examples of each counter (claims without a finite verb or a subject,
// summaries starting with a relative pronoun, a conjunction or an attribution), each with its claim's text.
//        Summit.Evaluation --fit-cohesion [CASES_DIR]   (fits SummitOptions.GroupCohesion on tests/cases)
//        Summit.Evaluation --fit-semantic [--eval DIR]   (fits Summit.Semantic's weights and bands on MSRP train)
// --semantic: the engines of the ECB+, case, CaRB and claim evaluations use Summit.Semantic's judge (MSRP shows both always).
// The data: --eval DIR, else $SUMMIT_EVAL, else ../shared/eval beside the repository.
//        Summit.Evaluation --sweep [--sweep-sample N] [--sweep-jobs N] [--only DATASET[,DATASET]] [--eval DIR]
// --sweep runs every public document of the eval folder through the sample console's flow (see Sweep.cs);
// --sweep-sample N takes N documents of each data set (the same ones on every run).
Console.OutputEncoding = new UTF8Encoding(false);
string? evalRoot = null;
var only = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
var cases = new List<string>();
bool smoke = false, sweep = false, fitSemantic = false, semantic = false;
int? sweepSample = null;
int sweepJobs = Environment.ProcessorCount;
string? carbOut = null;
int examples = 0;
if (args is ["--fit-cohesion", ..])
{
    var casesRoot = args.Length > 1 ? args[1] : Path.Combine(FindRepoRoot() ?? ".", "tests", "cases");
    var fitted = await CohesionFit.RunAsync(casesRoot, Console.Out, CancellationToken.None);
    var shipped = new Summit.SummitOptions().GroupCohesion;
    Console.WriteLine(fitted == shipped
        ? "fit-cohesion: the shipped default is this value."
        : $"fit-cohesion: the shipped default ({shipped.ToString(System.Globalization.CultureInfo.InvariantCulture)}) DIFFERS from this value.");
    return fitted == shipped ? 0 : 1;
}
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--eval": evalRoot = args[++i]; break;
        case "--only": foreach (var n in args[++i].Split(',')) only.Add(n.Trim()); break;
        case "--case": cases.Add(Path.GetFullPath(args[++i])); break;
        case "--smoke": smoke = true; break;
        case "--fit-semantic": fitSemantic = true; break;
        case "--semantic": semantic = true; break;
        case "--sweep": sweep = true; break;
        case "--sweep-sample" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n > 0: sweepSample = n; sweep = true; i++; break;
        case "--sweep-jobs" when i + 1 < args.Length && int.TryParse(args[i + 1], out var j) && j > 0: sweepJobs = j; i++; break;
        case "--carb-out": carbOut = args[++i]; break;
        case "--examples" when i + 1 < args.Length && int.TryParse(args[i + 1], out var x) && x >= 0: examples = x; i++; break;
        default:
            Console.Error.WriteLine($"evaluation: unknown argument '{args[i]}'. usage: [--eval DIR] [--only NAME[,NAME]] [--case DIR]... [--smoke] [--semantic] [--carb-out FILE] [--examples N] | --fit-semantic | --sweep [--sweep-sample N] [--sweep-jobs N] [--only DATASET[,DATASET]]");
            return 2;
    }
}
evalRoot ??= Environment.GetEnvironmentVariable("SUMMIT_EVAL") is { Length: > 0 } env ? env : FindEvalRoot();
if (evalRoot is null || !Directory.Exists(evalRoot))
{
    // A bare clone has no evaluation data: say so in one line, score nothing.
    Console.Error.WriteLine(evalRoot is null
        ? "evaluation: no evaluation data: ../shared/eval is not beside the repository; set SUMMIT_EVAL or pass --eval DIR."
        : $"evaluation: no evaluation data at {Path.GetFullPath(evalRoot)}; set SUMMIT_EVAL or pass --eval DIR.");
    return 2;
}
if (fitSemantic) return SemanticFit.Run(evalRoot, Console.Out, CancellationToken.None);
if (semantic) EvalSupport.Judge = new Summit.Semantic.SemanticJudge();
if (sweep)
{
    using var cancel = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
    return await Sweep.RunAsync(evalRoot, sweepSample, only, sweepJobs, Console.Out, cancel.Token);
}
if (cases.Count > 0 && only.Count == 0) only.Add("cases");

var evaluations = typeof(Program).Assembly.GetTypes()
    .Where(t => typeof(IEvaluation).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IEvaluation)Activator.CreateInstance(t)!)
    .Where(e => only.Count == 0 || only.Contains(e.Name))
    .OrderBy(e => e.Name, StringComparer.Ordinal)
    .ToList();
var context = new EvaluationContext(evalRoot, smoke, cases, Console.Out) { CarbOut = carbOut, Examples = examples };
var scores = new List<Score>();
int failures = 0;
foreach (var evaluation in evaluations)
{
    try
    {
        scores.AddRange(await evaluation.RunAsync(context, CancellationToken.None));
    }
    catch (Exception e) when (e is IOException or InvalidDataException or Summit.SummitException or FormatException)
    {
        Console.Error.WriteLine($"evaluation {evaluation.Name}: {e.Message}");
        failures++;
    }
}

int w1 = Math.Max(7, scores.Select(s => s.Dataset.Length).DefaultIfEmpty(0).Max());
int w2 = Math.Max(7, scores.Select(s => s.Measure.Length).DefaultIfEmpty(0).Max());
Console.WriteLine();
Console.WriteLine($"{"dataset".PadRight(w1)}  {"measure".PadRight(w2)}  value             goal");
Console.WriteLine(new string('-', w1 + w2 + 20));
foreach (var s in scores)
    Console.WriteLine($"{s.Dataset.PadRight(w1)}  {s.Measure.PadRight(w2)}  {s.Value,-16}  {s.Goal}");
// The headline figures close the output, one line each: TempEval-3 platinum (issue 4's contract),
// MSRP test judged by the engine's facts, CaRB test (score.sh's line), ECB+ test CoNLL F1 with singletons (the last line).
foreach (var line in FinalLines(scores)) Console.WriteLine(line);
return failures == 0 ? 0 : 1;

static IEnumerable<string> FinalLines(IReadOnlyList<Score> scores)
{
    Dictionary<string, string> Of(string dataset) =>
        scores.Where(s => s.Dataset == dataset).ToDictionary(s => s.Measure, s => s.Value, StringComparer.Ordinal);
    var platinum = Of("tempeval3 platinum");
    if (platinum.Count == 3)
        yield return $"tempeval3 platinum: strict F1 {platinum["strict F1"]} relaxed F1 {platinum["relaxed F1"]} value F1 {platinum["value F1"]}";
    // the shipped configuration: with Summit.Semantic when its model is there; the core alone on its own line
    var msrpCore = Of(MsrpEvaluation.TestCoreDataset);
    var msrp = Of(MsrpEvaluation.TestSemanticDataset) is { Count: > 0 } withSemantic ? withSemantic : msrpCore;
    if (msrp.TryGetValue("accuracy", out var accuracy) && msrp.TryGetValue("F1 same", out var f1))
        yield return $"msrp test: accuracy {accuracy} F1 {f1}";
    if (msrpCore.TryGetValue("accuracy", out var coreAccuracy) && msrpCore.TryGetValue("F1 same", out var coreF1))
        yield return $"msrp core test: accuracy {coreAccuracy} F1 {coreF1}";
    var carb = Of(CarbEvaluation.TestDataset);
    if (carb.TryGetValue("AUC", out var auc) && carb.TryGetValue("F1", out var cf1) && carb.TryGetValue("P", out var cp) && carb.TryGetValue("R", out var cr))
        yield return $"carb test: AUC {auc} F1 {cf1} P {cp} R {cr}";
    if (Of(EcbPlusEvaluation.TestDataset).TryGetValue("CoNLL F1", out var conll))
        yield return $"ecbplus test: conll F1 {conll}";
    if (Of(SemEvalTimelineEvaluation.TestDataset).TryGetValue("temporal awareness F1", out var semeval))
        yield return $"semeval2015 track A: F1 {semeval}";
}

static string? FindRepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Summit.sln"))) return dir.FullName;
    return null;
}

static string? FindEvalRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null)
    {
        var candidate = Path.Combine(dir.FullName, "..", "shared", "eval");
        if (File.Exists(Path.Combine(dir.FullName, "Summit.sln")) && Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        dir = dir.Parent;
    }
    return null;
}

/// <summary>The console's entry point type, named for reflection.</summary>
internal partial class Program;
