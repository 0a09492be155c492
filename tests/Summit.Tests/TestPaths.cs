namespace Summit.Tests;

/// <summary>Finds the repository's folders from the test's output folder.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string SampleReports => Path.Combine(RepoRoot, "samples", "data", "vladivostok");

    /// <summary>../shared/eval beside the repository (present in CI and on developer machines).</summary>
    public static string SharedEval => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "eval"));

    public static string VladivostokGold => Path.Combine(SharedEval, "cases", "vladivostok-2019", "gold.json");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Summit.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Summit.sln not found above " + AppContext.BaseDirectory);
    }
}
