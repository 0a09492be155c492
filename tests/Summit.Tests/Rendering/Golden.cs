using System.Text;

namespace Summit.Tests.Rendering;

/// <summary>
/// Golden files under tests/Summit.Tests/Rendering/Golden (in the source tree, not the output folder).
/// <c>SUMMIT_UPDATE_GOLDEN=1 dotnet test --filter "FullyQualifiedName~Rendering"</c> rewrites them
/// (and docs/timeline.png) from the current output.
/// </summary>
internal static class Golden
{
    public const string UpdateVariable = "SUMMIT_UPDATE_GOLDEN";

    public const string UpdateCommand = "SUMMIT_UPDATE_GOLDEN=1 dotnet test tests/Summit.Tests --filter \"FullyQualifiedName~Rendering\"";

    public static bool Update => Environment.GetEnvironmentVariable(UpdateVariable) is "1" or "true";

    public static string Folder => Path.Combine(TestPaths.RepoRoot, "tests", "Summit.Tests", "Rendering", "Golden");

    public static string PathOf(string file) => Path.Combine(Folder, file);

    public static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    /// <summary>Null when equal; else the first differing line of each, for a readable failure.</summary>
    public static string? FirstDifference(string expected, string actual)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal)) return null;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (!string.Equals(el, al, StringComparison.Ordinal))
                return $"line {i + 1} differs:\n  golden: {el}\n  actual: {al}\n({e.Length} golden lines, {a.Length} actual lines)";
        }
        return "the files differ in line endings";
    }
}
