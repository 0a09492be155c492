using System.Text;
using NUnit.Framework;
using PublicApiGenerator;

namespace Summit.Tests;

/// <summary>
/// The package's public API against the approved baseline, Summit.PublicApi.approved.txt beside this file: an
/// API change is a reviewed diff of that file, never an accident. On a mismatch the current API is written to
/// Summit.PublicApi.received.txt (git-ignored) and the test fails with the command that approves it.
/// </summary>
public class PublicApiTests
{
    private static string Approved => Path.Combine(TestPaths.RepoRoot, "tests", "Summit.Tests", "Summit.PublicApi.approved.txt");

    private static string Received => Path.Combine(TestPaths.RepoRoot, "tests", "Summit.Tests", "Summit.PublicApi.received.txt");

    private const string ApproveCommand = "SUMMIT_UPDATE_PUBLIC_API=1 dotnet test tests/Summit.Tests --filter FullyQualifiedName~PublicApiTests";

    [Test]
    public void PublicApi_IsTheApprovedOne()
    {
        var api = Normalize(typeof(ISummit).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }));

        if (Environment.GetEnvironmentVariable("SUMMIT_UPDATE_PUBLIC_API") is "1" or "true")
        {
            File.WriteAllText(Approved, api, new UTF8Encoding(false));
            if (File.Exists(Received)) File.Delete(Received);
            Assert.Pass("approved the current public API: review and commit " + Path.GetFileName(Approved));
        }

        var approved = File.Exists(Approved) ? Normalize(File.ReadAllText(Approved)) : "";
        if (string.Equals(approved, api, StringComparison.Ordinal))
        {
            if (File.Exists(Received)) File.Delete(Received);
            return;
        }

        File.WriteAllText(Received, api, new UTF8Encoding(false));
        Assert.Fail(
            $"The public API of Summit differs from the approved baseline{(approved.Length == 0 ? " (none yet)" : "")}.\n" +
            $"{FirstDifference(approved, api)}\n" +
            $"The current API is in {Received}; compare: diff -u {Approved} {Received}\n" +
            $"If the change is intended (mind semantic versioning), approve it: mv {Received} {Approved}\n" +
            $"(or run: {ApproveCommand}) and commit the approved file with the change.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";

    private static string FirstDifference(string approved, string current)
    {
        var a = approved.Split('\n');
        var c = current.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, c.Length); i++)
        {
            var al = i < a.Length ? a[i] : "<end of file>";
            var cl = i < c.Length ? c[i] : "<end of file>";
            if (!string.Equals(al, cl, StringComparison.Ordinal)) return $"First difference, line {i + 1}:\n  approved: {al}\n  current:  {cl}";
        }
        return "";
    }
}
