using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Summit.Documents;
using Summit.Rendering;

namespace Summit.Sample;

/// <summary>
/// The sample console: <c>reconcile PATH... [--format text|markdown|json|html] [--out FILE] [--published ID=YYYY-MM-DD]</c>.
/// Bad input gives one line on stderr and a non-zero exit code.
/// </summary>
public static class SampleApp
{
    /// <summary>Exit code for success.</summary>
    public const int Ok = 0;
    /// <summary>Exit code for wrong arguments.</summary>
    public const int Usage = 2;
    /// <summary>Exit code for input that cannot be read.</summary>
    public const int BadInput = 3;

    private const string UsageText = "usage: reconcile PATH... [--format text|markdown|json|html] [--out FILE] [--published ID=YYYY-MM-DD]";

    /// <summary>Runs the console with <paramref name="args"/>, writing to the given writers; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var paths = new List<string>();
        string format = "text";
        string? outFile = null;
        var published = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            string? Value() => i + 1 < args.Length ? args[++i] : null;
            switch (a)
            {
                case "-h" or "--help":
                    await stdout.WriteLineAsync(UsageText);
                    return Ok;
                case "--format" or "-f":
                    format = Value()?.ToLowerInvariant() ?? "";
                    if (format == "md") format = "markdown";
                    if (format is not ("text" or "markdown" or "json" or "html")) return Fail(stderr, Usage, $"--format takes text, markdown, json or html, not '{format}'.");
                    break;
                case "--out" or "-o":
                    outFile = Value();
                    if (string.IsNullOrWhiteSpace(outFile)) return Fail(stderr, Usage, "--out takes a file name.");
                    break;
                case "--published":
                    var spec = Value() ?? "";
                    int eq = spec.IndexOf('=', StringComparison.Ordinal);
                    if (eq <= 0 || !DateOnly.TryParseExact(spec[(eq + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                        return Fail(stderr, Usage, $"--published takes ID=YYYY-MM-DD with a real date, not '{spec}'.");
                    published[spec[..eq]] = date;
                    break;
                default:
                    if (a.StartsWith('-')) return Fail(stderr, Usage, $"unknown option '{a}'. {UsageText}");
                    if (paths.Count == 0 && a == "reconcile" && !Path.Exists(a)) break; // the verb, as in the usage line
                    paths.Add(a);
                    break;
            }
        }
        if (paths.Count == 0) return Fail(stderr, Usage, UsageText);

        try
        {
            var inputs = await ReportFiles.LoadAsync(paths, cancellationToken);
            foreach (var id in published.Keys)
                if (!inputs.Any(x => x.Id == id)) return Fail(stderr, Usage, $"--published names report '{id}', which is not among the reports read.");
            inputs = inputs.Select(x => published.TryGetValue(x.Id, out var d) ? x with { Published = d } : x).ToArray();

            using var services = new ServiceCollection().AddSummit().BuildServiceProvider();
            var summit = services.GetRequiredService<ISummit>();
            var result = summit.Reconcile(inputs, cancellationToken);
            var renderer = services.GetServices<IReconciliationRenderer>().Single(r => r.Format == format);
            if (outFile is null)
            {
                renderer.Render(result, stdout);
                await stdout.FlushAsync(cancellationToken);
            }
            else
            {
                await using var file = new StreamWriter(outFile, false, new UTF8Encoding(false));
                renderer.Render(result, file);
            }
            return Ok;
        }
        catch (SummitException e)
        {
            return Fail(stderr, BadInput, e.Message);
        }
        catch (IOException e)
        {
            return Fail(stderr, BadInput, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return Fail(stderr, BadInput, e.Message);
        }
        catch (OperationCanceledException)
        {
            return Fail(stderr, 130, "cancelled.");
        }
    }

    private static int Fail(TextWriter stderr, int code, string message)
    {
        stderr.WriteLine("reconcile: " + message);
        return code;
    }
}
