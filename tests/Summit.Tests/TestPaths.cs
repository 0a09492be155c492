using NUnit.Framework;

namespace Summit.Tests;

/// <summary>Finds the repository's folders from the test's output folder.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string SampleReports => Path.Combine(RepoRoot, "samples", "data", "vladivostok");

    /// <summary>The evaluation data: $SUMMIT_EVAL, else ../shared/eval beside the repository (present in CI and on developer machines).</summary>
    public static string SharedEval { get; } = Environment.GetEnvironmentVariable("SUMMIT_EVAL") is { Length: > 0 } env
        ? Path.GetFullPath(env)
        : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "eval"));

    public static string VladivostokGold => Path.Combine(SharedEval, "cases", "vladivostok-2019", "gold.json");

    /// <summary>Whether the evaluation data is there (a bare clone has none).</summary>
    public static bool HasSharedEval => Directory.Exists(SharedEval);

    /// <summary>Why a test that reads the evaluation data is ignored without it (one reason, for every such test).</summary>
    public static string NoSharedEvalReason =>
        $"needs the evaluation data, not found at {SharedEval} (set SUMMIT_EVAL to its folder, or put it at ../shared/eval beside the repository)";

    /// <summary>Ignores the calling test (or fixture, from a OneTimeSetUp) when the evaluation data is missing.</summary>
    public static void RequireSharedEval()
    {
        if (!HasSharedEval) Assert.Ignore(NoSharedEvalReason);
    }

    /// <summary>
    /// For a TestCaseSource that reads the evaluation data: without the data, one ignored placeholder case that
    /// says why (so the cases show up as ignored instead of vanishing or failing at discovery).
    /// </summary>
    public static TestCaseData NoSharedEvalCase(params object?[] arguments) =>
        new TestCaseData(arguments).SetArgDisplayNames("evaluation data missing").Ignore(NoSharedEvalReason);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Summit.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Summit.sln not found above " + AppContext.BaseDirectory);
    }
}
