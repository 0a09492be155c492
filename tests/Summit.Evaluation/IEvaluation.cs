namespace Summit.Evaluation;

/// <summary>One line of the evaluation table: a data set, a measure and its value.</summary>
/// <param name="Dataset">The data set ("tempeval3 platinum", "vladivostok-2019").</param>
/// <param name="Measure">The measure ("value F1").</param>
/// <param name="Value">The figure, formatted.</param>
/// <param name="Goal">The goal to compare with, if any ("≥ 0.80").</param>
public sealed record Score(string Dataset, string Measure, string Value, string? Goal = null);

/// <summary>What every evaluation gets: where the shared evaluation data is, and the options given.</summary>
/// <param name="EvalRoot">The ../shared/eval folder.</param>
/// <param name="Smoke">A quick run on a small part of each data set (CI).</param>
/// <param name="CaseDirs">Case folders named with --case (else every folder of cases/).</param>
/// <param name="Output">Where an evaluation may print detail lines.</param>
public sealed record EvaluationContext(string EvalRoot, bool Smoke, IReadOnlyList<string> CaseDirs, TextWriter Output)
{
    /// <summary>A path under ../shared/eval/raw.</summary>
    public string Raw(params string[] parts) => Path.Combine([EvalRoot, "raw", .. parts]);

    /// <summary>Where the CaRB evaluation keeps its test tuples (--carb-out), else null (a temporary file).</summary>
    public string? CarbOut { get; init; }

    /// <summary>How many examples an evaluation prints of each thing it counts (--examples N), else 0 (its default few).</summary>
    public int Examples { get; init; }
}

/// <summary>
/// One evaluation. Every non-abstract class that implements this is found and run by the console;
/// add a class, not a registration.
/// </summary>
public interface IEvaluation
{
    /// <summary>A short name for --only ("tempeval3", "msrp", "cases").</summary>
    string Name { get; }

    /// <summary>Runs the evaluation and returns its lines of the table; may print detail to <see cref="EvaluationContext.Output"/>.</summary>
    Task<IReadOnlyList<Score>> RunAsync(EvaluationContext context, CancellationToken cancellationToken);
}
