using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Summit.Documents;
using Summit.Rendering;

namespace Summit.Sample;

/// <summary>
/// The sample console: <c>reconcile PATH... [--format text|markdown|json|html] [--out FILE]
/// [--published ID=YYYY-MM-DD] [--strict] [--quiet]</c>. Arguments are parsed with System.CommandLine;
/// every failure gives one line on stderr and one of the documented exit codes.
/// </summary>
public static class SampleApp
{
    /// <summary>Exit code for success: every report was read and the result written.</summary>
    public const int Ok = 0;
    /// <summary>Exit code for wrong arguments (an unknown option, a bad value, an unusable <c>--out</c>).</summary>
    public const int Usage = 2;
    /// <summary>Exit code for input that cannot be read (a missing path, no readable report, or with <c>--strict</c> any unreadable file).</summary>
    public const int BadInput = 3;
    /// <summary>Exit code when some files were skipped (each named on stderr) and the rest were reconciled and written.</summary>
    public const int SomeSkipped = 4;
    /// <summary>Exit code when the run was cancelled (Ctrl-C); nothing is written to <c>--out</c>.</summary>
    public const int Cancelled = 130;

    /// <summary>The formats <c>--format</c> takes (<c>md</c> is also accepted for markdown).</summary>
    public static IReadOnlyList<string> Formats { get; } = ["text", "markdown", "json", "html"];

    /// <summary>From this many reports on, a progress line is shown at once (on a terminal, without <c>--quiet</c>).</summary>
    public const int ProgressReportCount = 20;

    private const string UsageText = "usage: reconcile PATH... [--format text|markdown|json|html] [--out FILE] [--published ID=YYYY-MM-DD] [--strict] [--quiet]";

    /// <summary>Runs the console with <paramref name="args"/>, writing to the given writers; returns the exit code. No progress line is shown.</summary>
    /// <param name="args">The command line, without the program name; a leading <c>reconcile</c> is the verb.</param>
    /// <param name="stdout">Where the result goes when there is no <c>--out</c>, and <c>--help</c>.</param>
    /// <param name="stderr">Where errors, skipped files and progress go.</param>
    /// <param name="cancellationToken">Cancels the run (exit code <see cref="Cancelled"/>).</param>
    /// <returns>The exit code: <see cref="Ok"/>, <see cref="Usage"/>, <see cref="BadInput"/>, <see cref="SomeSkipped"/> or <see cref="Cancelled"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
        => RunAsync(args, stdout, stderr, stderrIsTerminal: false, cancellationToken);

    /// <summary>Runs the console with <paramref name="args"/>, writing to the given writers; returns the exit code.</summary>
    /// <param name="args">The command line, without the program name; a leading <c>reconcile</c> is the verb.</param>
    /// <param name="stdout">Where the result goes when there is no <c>--out</c>, and <c>--help</c>.</param>
    /// <param name="stderr">Where errors, skipped files and progress go.</param>
    /// <param name="stderrIsTerminal">Whether <paramref name="stderr"/> is a terminal: only then is a progress line shown (and not with <c>--quiet</c>).</param>
    /// <param name="cancellationToken">Cancels the run (exit code <see cref="Cancelled"/>).</param>
    /// <returns>The exit code: <see cref="Ok"/>, <see cref="Usage"/>, <see cref="BadInput"/>, <see cref="SomeSkipped"/> or <see cref="Cancelled"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        var cli = new Cli();
        // System.CommandLine takes a first word equal to the command's name as the verb; keep a
        // folder or file that happens to be called 'reconcile' a path, as it always was.
        if (args.Length > 0 && args[0] == cli.Command.Name && Path.Exists(args[0]))
            args = [cli.Command.Name, .. args];
        // Paths are taken literally: no @response files.
        var parsed = cli.Command.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Action is HelpAction help)
        {
            help.Invoke(parsed.WithOutput(stdout, stderr));
            Cli.WriteMoreHelp(stdout);
            return Ok;
        }
        if (parsed.Errors.Count > 0)
            return Fail(stderr, Usage, parsed.Errors[0].Message + " (see --help)");
        if (UnknownOption(parsed, cli.Paths) is { } unknown)
            return Fail(stderr, Usage, $"unknown option '{unknown}' (a path that starts with - goes after --; see --help).");

        var paths = parsed.GetValue(cli.Paths) ?? [];
        if (paths.Length == 0) return Fail(stderr, Usage, UsageText);
        string format = NormalizeFormat(parsed.GetValue(cli.Format))!;
        var published = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var spec in parsed.GetValue(cli.Published) ?? [])
        {
            var (id, date) = ParsePublished(spec)!.Value; // checked by the option's validator
            if (published.TryGetValue(id, out var earlier))
                return Fail(stderr, Usage, $"--published gives report '{id}' twice ({earlier:yyyy-MM-dd} and {date:yyyy-MM-dd}); give it once.");
            published[id] = date;
        }
        bool strict = parsed.GetValue(cli.Strict);
        using var progress = new ProgressLine(stderr, enabled: stderrIsTerminal && !parsed.GetValue(cli.Quiet), TimeProvider.System);

        OutputFile? output = null;
        int Failed(int code, string message)
        {
            progress.Clear();
            return Fail(stderr, code, message);
        }
        try
        {
            var outArg = parsed.GetValue(cli.Out);
            if (outArg is not null)
            {
                var problem = OutputFile.Check(outArg, paths);
                if (problem is not null) return Failed(Usage, problem);
                output = OutputFile.Open(outArg, out problem);
                if (output is null) return Failed(Usage, problem!);
            }

            progress.Show("reading reports…");
            ReportFileLoad load;
            if (strict) load = new ReportFileLoad(await ReportFiles.LoadAsync(paths, cancellationToken), []);
            else load = await ReportFiles.LoadReadableAsync(paths, cancellationToken);
            if (load.Reports.Count == 0)
            {
                return Failed(BadInput, load.Skipped.Count == 1
                    ? load.Skipped[0].Message
                    : $"no report could be read: {string.Join("; ", load.Skipped.Select(s => s.Message))}");
            }
            var inputs = load.Reports;
            foreach (var id in published.Keys)
                if (!inputs.Any(x => x.Id == id))
                    return Failed(Usage, load.Skipped.FirstOrDefault(s => Path.GetFileNameWithoutExtension(s.Path) == id) is { } skipped
                        ? $"--published names report '{id}', which was skipped: {skipped.Message}"
                        : $"--published names report '{id}', which is not among the reports read.");
            inputs = inputs.Select(x => published.TryGetValue(x.Id, out var d) ? x with { Published = d } : x).ToArray();

            progress.Show($"reconciling {inputs.Count} reports…", soon: inputs.Count >= ProgressReportCount);
            using var services = new ServiceCollection().AddSummit().BuildServiceProvider();
            var summit = services.GetRequiredService<ISummit>();
            var result = summit.Reconcile(inputs, cancellationToken);
            var renderer = services.GetServices<IReconciliationRenderer>().Single(r => r.Format == format);
            progress.Show($"writing {format}…");
            if (output is null)
            {
                progress.Clear();
                renderer.Render(result, stdout);
                await stdout.FlushAsync(cancellationToken);
            }
            else
            {
                renderer.Render(result, output.Writer);
                cancellationToken.ThrowIfCancellationRequested();
                output.Commit();
            }
            progress.Clear();
            foreach (var skip in load.Skipped)
                await stderr.WriteLineAsync("reconcile: skipped: " + skip.Message);
            return load.IsComplete ? Ok : SomeSkipped;
        }
        catch (SummitException e)
        {
            return Failed(BadInput, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(BadInput, e.Message);
        }
        catch (OperationCanceledException)
        {
            return Failed(Cancelled, "cancelled.");
        }
        finally
        {
            output?.Dispose();
        }
    }

    /// <summary>
    /// A word before <c>--</c> that starts with <c>-</c> and was taken as a path: an option this
    /// command does not know. After <c>--</c> every word is a path (and all of them are PATHs).
    /// </summary>
    private static string? UnknownOption(ParseResult parsed, Argument<string[]> paths)
    {
        var mine = parsed.GetResult(paths)?.Tokens ?? [];
        int afterDoubleDash = 0;
        bool seen = false;
        foreach (var token in parsed.Tokens)
        {
            if (!seen && token.Type == TokenType.DoubleDash) seen = true;
            else if (seen) afterDoubleDash++;
        }
        return mine.Take(mine.Count - afterDoubleDash).Select(t => t.Value).FirstOrDefault(v => v.Length > 1 && v[0] == '-');
    }

    private static string? NormalizeFormat(string? format)
    {
        var f = format?.ToLowerInvariant();
        if (f == "md") f = "markdown";
        return f is not null && Formats.Contains(f) ? f : null;
    }

    private static (string Id, DateOnly Date)? ParsePublished(string spec)
    {
        int eq = spec.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || !DateOnly.TryParseExact(spec[(eq + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return null;
        return (spec[..eq], date);
    }

    private static ParseResult WithOutput(this ParseResult parsed, TextWriter stdout, TextWriter stderr)
    {
        parsed.InvocationConfiguration.Output = stdout;
        parsed.InvocationConfiguration.Error = stderr;
        return parsed;
    }

    private static int Fail(TextWriter stderr, int code, string message)
    {
        stderr.WriteLine("reconcile: " + message.ReplaceLineEndings(" "));
        return code;
    }

    /// <summary>The command, its options and its help.</summary>
    private sealed class Cli
    {
        public readonly Argument<string[]> Paths = new("PATH")
        {
            Description = "A report file (.txt, .text, .html, .htm) or a folder of them (not recursive). After --, every word is a path.",
            Arity = ArgumentArity.ZeroOrMore,
        };

        public readonly Option<string> Format = new("--format", "-f")
        {
            Description = "The output: text, markdown (md), json (the output contract) or html.",
            HelpName = "text|markdown|json|html",
            DefaultValueFactory = _ => "text",
        };

        public readonly Option<string> Out = new("--out", "-o")
        {
            Description = "Write to FILE instead of stdout (its folder must exist; it may not be one of the reports). Written whole at the end, or not at all.",
            HelpName = "FILE",
        };

        public readonly Option<string[]> Published = new("--published")
        {
            Description = "A report's publication date, which wins over what its text says; once per report, repeat for others.",
            HelpName = "ID=YYYY-MM-DD",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };

        public readonly Option<bool> Strict = new("--strict")
        {
            Description = "Stop with exit code 3 at the first file that cannot be read, instead of skipping it.",
        };

        public readonly Option<bool> Quiet = new("--quiet", "-q")
        {
            Description = "No progress line (it is shown only on a terminal, for many reports or a long run).",
        };

        public readonly Command Command;

        public Cli()
        {
            // Validators read the tokens, not the values: a value cannot be asked for while its option has errors.
            Format.Validators.Add(r =>
            {
                foreach (var token in r.Tokens)
                    if (NormalizeFormat(token.Value) is null) r.AddError($"--format takes text, markdown, json or html, not '{token.Value}'.");
            });
            Out.Validators.Add(r =>
            {
                foreach (var token in r.Tokens)
                    if (string.IsNullOrWhiteSpace(token.Value)) r.AddError("--out takes a file name.");
            });
            Published.Validators.Add(r =>
            {
                var bad = r.Tokens.FirstOrDefault(t => ParsePublished(t.Value) is null);
                if (bad is not null) r.AddError($"--published takes ID=YYYY-MM-DD with a real date, not '{bad.Value}'.");
            });
            var helpOption = new HelpOption();
            Command = new Command("reconcile", "Reconciles the facts of several news reports of one story into one timeline: what each report says, what they agree on, where they conflict.")
            {
                Paths, Format, Out, Published, Strict, Quiet, helpOption,
            };
            ((HelpAction)helpOption.Action!).MaxWidth = MaxWidth;
        }

        private const int MaxWidth = 100;

        /// <summary>The sections System.CommandLine's help does not have, written after it.</summary>
        public static void WriteMoreHelp(TextWriter output)
        {
            WriteFormats(output);
            output.WriteLine();
            WriteExitCodes(output);
            output.WriteLine();
            WriteExamples(output);
        }

        private static void WriteFormats(TextWriter output)
        {
            output.WriteLine("Formats:");
            output.WriteLine("  text      a plain-text digest and timeline (the default)");
            output.WriteLine("  markdown  the same as Markdown (also: md)");
            output.WriteLine("  json      everything: reports, claims, facts, timeline, time expressions, entities");
            output.WriteLine("  html      one self-contained page");
        }

        private static void WriteExitCodes(TextWriter output)
        {
            output.WriteLine("Exit codes:");
            output.WriteLine($"  {Ok}    every report was read; the result is written");
            output.WriteLine($"  {Usage}    bad arguments (unknown option, bad value, --published twice for one id, unusable --out)");
            output.WriteLine($"  {BadInput}    bad input: a missing path, a folder without reports, two files with one id,");
            output.WriteLine("       no readable report, or with --strict any file that cannot be read");
            output.WriteLine($"  {SomeSkipped}    some files could not be read and were skipped (each named on stderr);");
            output.WriteLine("       the other reports were reconciled and the result is written");
            output.WriteLine($"  {Cancelled}  cancelled (Ctrl-C); --out is left as it was");
        }

        private static void WriteExamples(TextWriter output)
        {
            output.WriteLine("Examples:");
            output.WriteLine("  reconcile samples/data/vladivostok");
            output.WriteLine("  reconcile reports/ --format json --out story.json");
            output.WriteLine("  reconcile afp.txt reuters.html --published reuters=2019-04-25 --format markdown");
            output.WriteLine("  reconcile --strict --quiet -- -odd-name.txt");
        }
    }
}
