using FluentAssertions;
using NUnit.Framework;
using Summit.Sample;

namespace Summit.Tests.Sample;

/// <summary>The console's command line: help, exit codes, --out checks, skipped input, progress, cancellation.</summary>
public class SampleAppCliTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "summit-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    private string At(string name) => Path.Combine(_dir, name);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args) => await RunOn(false, CancellationToken.None, args);

    private static async Task<(int Code, string Out, string Err)> RunOn(bool terminal, CancellationToken cancellationToken, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = await SampleApp.RunAsync(args, stdout, stderr, terminal, cancellationToken);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static void ShouldFail((int Code, string Out, string Err) r, int code, string containing)
    {
        r.Code.Should().Be(code, r.Err);
        r.Out.Should().BeEmpty("nothing is written when the run fails");
        r.Err.TrimEnd('\n').Should().NotContain("\n", "the error is one line").And.Contain(containing);
    }

    /// <summary>A copy of the bundled sample reports, to add bad entries to.</summary>
    private string SampleCopy()
    {
        var folder = At("reports");
        Directory.CreateDirectory(folder);
        foreach (var f in Directory.EnumerateFiles(TestPaths.SampleReports)) File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
        return folder;
    }

    [TestCase("--help")]
    [TestCase("-h")]
    [TestCase("reconcile", "--help")]
    public async Task Run_Help_ShowsOptionsFormatsExitCodesAndExamples(params string[] args)
    {
        var r = await Run(args);
        r.Code.Should().Be(SampleApp.Ok);
        r.Err.Should().BeEmpty();
        r.Out.Should().Contain("--format").And.Contain("--out").And.Contain("--published").And.Contain("--strict").And.Contain("--quiet")
            .And.Contain("Formats:").And.Contain("markdown").And.Contain("html")
            .And.Contain("Exit codes:").And.Contain("  4 ").And.Contain("  3 ").And.Contain("  2 ")
            .And.Contain("Examples:").And.Contain("reconcile samples/data/vladivostok");
    }

    [Test]
    public async Task Run_UnknownOption_ExitsWithTwo()
        => ShouldFail(await Run(TestPaths.SampleReports, "--bogus"), SampleApp.Usage, "unknown option '--bogus'");

    [Test]
    public async Task Run_OptionWithoutItsValue_ExitsWithTwo()
        => ShouldFail(await Run(TestPaths.SampleReports, "--format"), SampleApp.Usage, "--format");

    [Test]
    public async Task Run_MissingPath_ExitsWithThree()
        => ShouldFail(await Run(At("nope")), SampleApp.BadInput, "No such file or folder");

    [Test]
    public async Task Run_PublishedTwiceForOneId_ExitsWithTwo()
        => ShouldFail(await Run(TestPaths.SampleReports, "--published", "afp=2019-04-24", "--published", "afp=2019-04-25"), SampleApp.Usage, "twice");

    [Test]
    public async Task Run_PublishedForTwoIds_TakesBoth()
    {
        var r = await Run(TestPaths.SampleReports, "--format", "json", "--published", "afp=2019-04-23", "--published", "reuters=2019-04-26");
        r.Code.Should().Be(SampleApp.Ok, r.Err);
        r.Out.Should().Contain("\"published\": \"2019-04-23\"").And.Contain("\"published\": \"2019-04-26\"");
    }

    [Test]
    public async Task Run_DoubleDash_TakesEveryFollowingWordAsAPath()
    {
        File.Copy(Path.Combine(TestPaths.SampleReports, "afp.txt"), At("-afp.txt"));
        var before = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = _dir;
            ShouldFail(await Run("-afp.txt"), SampleApp.Usage, "unknown option '-afp.txt'");
            var r = await Run("--quiet", "--", "-afp.txt");
            r.Code.Should().Be(SampleApp.Ok, r.Err);
            r.Out.Should().StartWith("Merged timeline of 1 report");
            ShouldFail(await Run("--", "-afp.txt", "--strict"), SampleApp.BadInput, "No such file or folder: '--strict'");
        }
        finally
        {
            Environment.CurrentDirectory = before;
        }
    }

    [Test]
    public async Task Run_OutIsAFolder_ExitsWithTwoBeforeReading()
        => ShouldFail(await Run(At("nope"), "--out", _dir), SampleApp.Usage, "is a folder");

    [Test]
    public async Task Run_OutInAMissingFolder_ExitsWithTwoBeforeReading()
        => ShouldFail(await Run(At("nope"), "--out", At("no/such/out.json")), SampleApp.Usage, "does not exist");

    [Test]
    public async Task Run_OutIsANamedInputFile_ExitsWithTwoAndLeavesItAlone()
    {
        var afp = Path.Combine(SampleCopy(), "afp.txt");
        var text = File.ReadAllText(afp);
        ShouldFail(await Run(afp, "--out", afp), SampleApp.Usage, "is the input report");
        File.ReadAllText(afp).Should().Be(text);
    }

    [Test]
    public async Task Run_OutIsAFileOfAnInputFolder_ExitsWithTwo()
    {
        var folder = SampleCopy();
        ShouldFail(await Run(folder, "--out", Path.Combine(folder, "..", "reports", "afp.txt")), SampleApp.Usage, "is the input report");
    }

    [Test]
    public async Task Run_OutIsASymlinkToAnInputFile_ExitsWithTwo()
    {
        var folder = SampleCopy();
        File.CreateSymbolicLink(At("out.txt"), Path.Combine(folder, "reuters.txt"));
        ShouldFail(await Run(folder, "--out", At("out.txt")), SampleApp.Usage, "is the input report");
    }

    [Test]
    public async Task Run_InputIsASymlinkToTheOutFile_ExitsWithTwo()
    {
        var folder = SampleCopy();
        File.Move(Path.Combine(folder, "reuters.txt"), At("story.txt"));
        File.CreateSymbolicLink(Path.Combine(folder, "reuters.txt"), At("story.txt"));
        ShouldFail(await Run(folder, "--out", At("story.txt")), SampleApp.Usage, "is the input report");
    }

    [Test]
    public async Task Run_OutThroughASymlinkedFolderToAnInput_ExitsWithTwo()
    {
        var folder = SampleCopy();
        Directory.CreateSymbolicLink(At("alias"), folder);
        ShouldFail(await Run(Path.Combine(folder, "afp.txt"), "--out", Path.Combine(At("alias"), "afp.txt")), SampleApp.Usage, "is the input report");
    }

    [Test]
    public async Task Run_NewReportFileInTheInputFolder_ExitsWithTwo()
    {
        var folder = SampleCopy();
        ShouldFail(await Run(folder, "--out", Path.Combine(folder, "summary.txt")), SampleApp.Usage, "next run");
        File.Exists(Path.Combine(folder, "summary.txt")).Should().BeFalse();
    }

    [Test]
    public async Task Run_OutBesideTheInputs_IsWrittenAndNothingElseLeftBehind()
    {
        var folder = SampleCopy();
        var r = await Run(folder, "--format", "markdown", "--out", Path.Combine(folder, "story.md"));
        r.Code.Should().Be(SampleApp.Ok, r.Err);
        r.Out.Should().BeEmpty();
        Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal("afp.txt", "reuters.txt", "story.md");
    }

    [Test]
    public async Task Run_BadInputWithAnExistingOut_LeavesTheOutAsItWas()
    {
        File.WriteAllText(At("out.json"), "old");
        ShouldFail(await Run(At("nope"), "--out", At("out.json")), SampleApp.BadInput, "No such file or folder");
        File.ReadAllText(At("out.json")).Should().Be("old");
        Directory.EnumerateFileSystemEntries(_dir).Should().ContainSingle("no temporary file is left behind");
    }

    [Test]
    public async Task Run_FolderWithADanglingSymlink_ReconcilesTheRestAndExitsWithFour()
    {
        var folder = SampleCopy();
        File.CreateSymbolicLink(Path.Combine(folder, "bbc.txt"), Path.Combine(folder, "gone.txt"));
        var r = await Run(folder, "--out", At("out.json"), "--format", "json");
        r.Code.Should().Be(SampleApp.SomeSkipped, r.Err);
        r.Err.TrimEnd('\n').Should().NotContain("\n").And.Contain("skipped").And.Contain("bbc.txt").And.Contain("does not exist");
        File.ReadAllText(At("out.json")).Should().Contain("\"id\": \"afp\"").And.Contain("\"id\": \"reuters\"").And.NotContain("\"id\": \"bbc\"");
    }

    [Test]
    public async Task Run_FolderWithALoopAndABinaryFile_NamesBothInOrderAndExitsWithFour()
    {
        var folder = SampleCopy();
        File.CreateSymbolicLink(Path.Combine(folder, "loop.txt"), Path.Combine(folder, "loop.txt"));
        File.WriteAllBytes(Path.Combine(folder, "image.txt"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0xFF, 0xFE]);
        var r = await Run(folder);
        r.Code.Should().Be(SampleApp.SomeSkipped, r.Err);
        r.Out.Should().StartWith("Merged timeline of 2 reports");
        var lines = r.Err.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(2);
        lines[0].Should().Contain("image.txt").And.Contain("is not valid UTF-8");
        lines[1].Should().Contain("loop.txt").And.Contain("loops");
    }

    [Test]
    public async Task Run_PublishedForASkippedReport_ExitsWithTwoAndSaysWhy()
    {
        var folder = SampleCopy();
        File.WriteAllText(Path.Combine(folder, "bbc.txt"), "");
        ShouldFail(await Run(folder, "--published", "bbc=2019-04-24"), SampleApp.Usage, "which was skipped");
    }

    [Test]
    public async Task Run_FolderWithABadEntryStrict_ExitsWithThree()
    {
        var folder = SampleCopy();
        Directory.CreateDirectory(Path.Combine(folder, "more.txt"));
        ShouldFail(await Run(folder, "--strict"), SampleApp.BadInput, "is a folder");
    }

    [Test]
    public async Task Run_NoReadableReport_ExitsWithThree()
    {
        File.CreateSymbolicLink(At("a.txt"), At("gone.txt"));
        File.WriteAllText(At("b.txt"), "");
        ShouldFail(await Run(_dir), SampleApp.BadInput, "no report could be read");
    }

    private string ManyReports()
    {
        var folder = At("many");
        Directory.CreateDirectory(folder);
        for (int i = 0; i < SampleApp.ProgressReportCount; i++)
            File.WriteAllText(Path.Combine(folder, $"r{i:00}.txt"), $"Officials said bridge {i} opened on Monday.");
        return folder;
    }

    [Test]
    public async Task Run_ManyReportsOnATerminal_ShowsAProgressLineOnStderrAndClearsIt()
    {
        var r = await RunOn(true, CancellationToken.None, ManyReports());
        r.Code.Should().Be(SampleApp.Ok, r.Err);
        r.Err.Should().Contain($"reconciling {SampleApp.ProgressReportCount} reports").And.StartWith("\r").And.EndWith("\r");
        r.Out.Should().NotContain("reconciling");
    }

    [TestCase(false, new string[0])]
    [TestCase(true, new[] { "--quiet" })]
    [TestCase(true, new[] { "-q" })]
    public async Task Run_ManyReportsRedirectedOrQuiet_ShowsNoProgress(bool terminal, string[] options)
    {
        var r = await RunOn(terminal, CancellationToken.None, [ManyReports(), .. options]);
        r.Code.Should().Be(SampleApp.Ok, r.Err);
        r.Err.Should().BeEmpty();
    }

    [Test]
    public async Task Run_Cancelled_ExitsWith130AndWritesNoOut()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        var r = await RunOn(false, cancel.Token, TestPaths.SampleReports, "--out", At("out.json"));
        r.Code.Should().Be(SampleApp.Cancelled);
        r.Err.Should().Contain("cancelled");
        Directory.EnumerateFileSystemEntries(_dir).Should().BeEmpty();
    }
}
