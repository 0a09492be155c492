using System.Text;
using FluentAssertions;
using NUnit.Framework;

namespace Summit.Tests;

/// <summary>
/// Reviewed expected-output files in the source tree (not the output folder): the renderers' goldens on a small
/// hand-built reconciliation (Rendering/Golden), the per-stage case files (Stages/*.case) and the bundled
/// sample's facts (Sample/vladivostok.facts.txt). Tests that compare against one carry the category
/// <see cref="Category"/>; <see cref="UpdateCommand"/> rewrites them all (and docs/timeline*.png) from the
/// current output, and the diff is then reviewed line by line before it is committed.
/// </summary>
internal static class Golden
{
    public const string UpdateVariable = "SUMMIT_UPDATE_GOLDEN";

    /// <summary>The NUnit category of every test that compares against a reviewed file.</summary>
    public const string Category = "Golden";

    public const string UpdateCommand = "SUMMIT_UPDATE_GOLDEN=1 dotnet test tests/Summit.Tests --filter TestCategory=Golden";

    public static bool Update => Environment.GetEnvironmentVariable(UpdateVariable) is "1" or "true";

    /// <summary>A path under tests/Summit.Tests in the source tree.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([TestPaths.RepoRoot, "tests", "Summit.Tests", .. parts]);

    /// <summary>The path as git names it, from the repository's root.</summary>
    public static string Relative(string path) => Path.GetRelativePath(TestPaths.RepoRoot, path).Replace('\\', '/');

    public static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    /// <summary>
    /// Compares <paramref name="actual"/> with <paramref name="expected"/>, the reviewed content of <paramref name="path"/>;
    /// in update mode first rewrites the file with <paramref name="rewrite"/> (the whole file, of which the expected
    /// output may be a part).
    /// </summary>
    /// <param name="part">Where in the file <paramref name="expected"/> starts, for the failure's line number (empty: the whole file).</param>
    public static void Match(string path, string expected, string actual, Func<string> rewrite, string part = "")
    {
        var rel = Relative(path);
        if (Update)
        {
            Write(path, rewrite());
            expected = actual;
            TestContext.Out.WriteLine($"rewrote {rel}: review the diff (git diff -- {rel}) before committing it");
        }
        FirstDifference(expected, actual).Should().BeNull(
            $"the output must match the reviewed file {rel}. If the change is intended, rewrite it with {UpdateCommand}, "
            + $"then review the diff (git diff -- {rel}) line by line and commit it only if every change is right{part}");
    }

    /// <summary>Compares <paramref name="actual"/> with the whole of the file at <paramref name="path"/> (see <see cref="Match(string, string, string, Func{string}, string)"/>).</summary>
    public static void MatchFile(string path, string actual)
    {
        if (!Update) File.Exists(path).Should().BeTrue($"the reviewed file {Relative(path)} exists (make it with: {UpdateCommand}, then review it)");
        Match(path, Update ? actual : File.ReadAllText(path), actual, () => actual);
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
                return $"line {i + 1} differs:\n  expected: {el}\n  actual:   {al}\n({e.Length} expected lines, {a.Length} actual lines)";
        }
        return "the files differ in line endings";
    }
}
