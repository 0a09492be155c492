using System.Diagnostics;

namespace Summit.Tests.Rendering;

/// <summary>
/// Runs headless Chromium (Debian's <c>chromium</c>; SUMMIT_CHROMIUM names another binary) on a local
/// file with networking, sync and updates off and a throw-away profile.
/// </summary>
internal static class Chromium
{
    public static string? Binary { get; } = Find();

    private static string? Find()
    {
        var given = Environment.GetEnvironmentVariable("SUMMIT_CHROMIUM");
        if (!string.IsNullOrEmpty(given)) return File.Exists(given) ? given : null;
        return new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);
    }

    /// <summary>Runs Chromium on <paramref name="file"/> with <paramref name="extra"/> arguments; returns stdout, and stderr's console lines.</summary>
    public static (string Stdout, IReadOnlyList<string> Console, int ExitCode) Run(string file, params string[] extra) => RunAt(file, "", extra);

    /// <summary>As <see cref="Run(string, string[])"/>, with a URL fragment (<c>#conflicts</c>).</summary>
    public static (string Stdout, IReadOnlyList<string> Console, int ExitCode) RunAt(string file, string fragment, params string[] extra)
    {
        if (Binary is null) throw new InvalidOperationException("Chromium is not installed.");
        var profile = Directory.CreateTempSubdirectory("summit-chromium-");
        try
        {
            var info = new ProcessStartInfo(Binary)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--disable-extensions", "--enable-logging=stderr", "--v=0",
                         $"--user-data-dir={profile.FullName}",
                     })
                info.ArgumentList.Add(a);
            foreach (var a in extra) info.ArgumentList.Add(a);
            info.ArgumentList.Add(new Uri(Path.GetFullPath(file)).AbsoluteUri + fragment);
            using var p = Process.Start(info)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not finish within 60 s.");
            }
            p.WaitForExit();
            var console = stderr.Result.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)).ToArray();
            return (stdout.Result, console, p.ExitCode);
        }
        finally
        {
            try { profile.Delete(recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
