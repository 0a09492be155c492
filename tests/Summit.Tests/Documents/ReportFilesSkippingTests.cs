using System.Diagnostics;
using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;

namespace Summit.Tests.Documents;

/// <summary>A folder with one bad entry: every other report is read, the bad one is listed with its reason.</summary>
public class ReportFilesSkippingTests
{
    private const string Good = "Officials said the bridge opened on Monday.";
    private string _dir = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "summit-skip-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "b.txt"), Good);
        File.WriteAllText(Path.Combine(_dir, "d.txt"), "The mayor said the bridge cost 4 million dollars.");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    private string At(string name) => Path.Combine(_dir, name);

    public static IEnumerable<TestCaseData> BadEntries()
    {
        yield return new TestCaseData((Action<string>)(p => File.CreateSymbolicLink(p, Path.Combine(Path.GetDirectoryName(p)!, "gone.txt"))), ReportFileProblem.DanglingLink).SetName("LoadReadableAsync_DanglingSymlink_IsSkipped");
        yield return new TestCaseData((Action<string>)(p => File.CreateSymbolicLink(p, p)), ReportFileProblem.LinkLoop).SetName("LoadReadableAsync_SymlinkToItself_IsSkipped");
        yield return new TestCaseData((Action<string>)(p =>
        {
            var other = Path.Combine(Path.GetDirectoryName(p)!, "other.md");
            File.CreateSymbolicLink(other, p);
            File.CreateSymbolicLink(p, other);
        }), ReportFileProblem.LinkLoop).SetName("LoadReadableAsync_SymlinkLoopOfTwo_IsSkipped");
        yield return new TestCaseData((Action<string>)(p => Directory.CreateDirectory(p)), ReportFileProblem.NotAFile).SetName("LoadReadableAsync_FolderNamedLikeAReport_IsSkipped");
        yield return new TestCaseData((Action<string>)(p => File.WriteAllText(p, "")), ReportFileProblem.Empty).SetName("LoadReadableAsync_EmptyFile_IsSkipped");
        yield return new TestCaseData((Action<string>)(p => File.WriteAllText(p, " \n\t ")), ReportFileProblem.Empty).SetName("LoadReadableAsync_WhiteSpaceFile_IsSkipped");
        yield return new TestCaseData((Action<string>)(p => File.WriteAllBytes(p, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0xFF, 0xFE])), ReportFileProblem.NotText).SetName("LoadReadableAsync_BinaryFile_IsSkipped");
        yield return new TestCaseData((Action<string>)(p => File.WriteAllText(p, "ab\0\0\0cd\u0001\u0002")), ReportFileProblem.NotText).SetName("LoadReadableAsync_Utf8WithNuls_IsSkipped");
    }

    [TestCaseSource(nameof(BadEntries))]
    public async Task BadEntry(Action<string> make, ReportFileProblem problem)
    {
        make(At("c.txt"));
        var load = await ReportFiles.LoadReadableAsync([_dir]);
        load.Reports.Select(r => r.Id).Should().Equal("b", "d");
        load.IsComplete.Should().BeFalse();
        load.Skipped.Should().ContainSingle();
        load.Skipped[0].Path.Should().Be(At("c.txt"));
        load.Skipped[0].Problem.Should().Be(problem);
        load.Skipped[0].Message.Should().Contain("c").And.NotContain("\n");

        var strict = async () => await ReportFiles.LoadAsync([_dir]);
        (await strict.Should().ThrowAsync<SummitException>()).Which.ReportId.Should().Be("c");
    }

    [Test]
    public async Task LoadReadableAsync_Fifo_IsSkippedWithoutBlocking()
    {
        // Tests run as root, so a chmod 000 file is still readable; a named pipe is the file that
        // cannot be read (opening it would wait for a writer for ever).
        Assume.That(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS());
        using (var mkfifo = Process.Start("mkfifo", At("c.txt"))) mkfifo.WaitForExit();
        Assume.That(File.Exists(At("c.txt")), "mkfifo is available");
        var load = await ReportFiles.LoadReadableAsync([_dir]);
        load.Reports.Select(r => r.Id).Should().Equal("b", "d");
        load.Skipped.Should().ContainSingle().Which.Problem.Should().Be(ReportFileProblem.Empty);
    }

    [Test]
    public async Task LoadReadableAsync_UnreadableByPermission_IsSkipped()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Unix permissions");
            return;
        }
        File.WriteAllText(At("c.txt"), Good);
        File.SetUnixFileMode(At("c.txt"), UnixFileMode.None);
        bool readable;
        try { File.ReadAllBytes(At("c.txt")); readable = true; }
        catch (UnauthorizedAccessException) { readable = false; }
        Assume.That(readable, Is.False, "running as root, permissions do not stop reading");
        var load = await ReportFiles.LoadReadableAsync([_dir]);
        load.Skipped.Should().ContainSingle().Which.Problem.Should().Be(ReportFileProblem.Unreadable);
    }

    [Test]
    public async Task LoadReadableAsync_EveryEntryGood_IsCompleteInOrdinalOrder()
    {
        File.WriteAllText(At("a.txt"), Good);
        File.WriteAllText(At("C.txt"), Good);
        var load = await ReportFiles.LoadReadableAsync([_dir]);
        load.IsComplete.Should().BeTrue();
        load.Reports.Select(r => r.Id).Should().Equal("C", "a", "b", "d");
    }

    [Test]
    public async Task LoadReadableAsync_SymlinkToAGoodReport_IsRead()
    {
        var outside = Path.Combine(_dir, "store");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "x.txt"), Good);
        var folder = Path.Combine(_dir, "in");
        Directory.CreateDirectory(folder);
        File.CreateSymbolicLink(Path.Combine(folder, "linked.txt"), Path.Combine(outside, "x.txt"));
        var load = await ReportFiles.LoadReadableAsync([folder]);
        load.IsComplete.Should().BeTrue();
        load.Reports.Should().ContainSingle().Which.Text.Should().Be(Good);
    }

    [Test]
    public async Task LoadReadableAsync_FolderLinkingToItself_DoesNotRecurse()
    {
        Directory.CreateSymbolicLink(At("self.txt"), _dir);
        var load = await ReportFiles.LoadReadableAsync([_dir]);
        load.Reports.Select(r => r.Id).Should().Equal("b", "d");
        load.Skipped.Should().ContainSingle().Which.Problem.Should().Be(ReportFileProblem.NotAFile);
    }

    [Test]
    public async Task LoadReadableAsync_EveryEntryBad_ReturnsNoReportsAndEverySkip()
    {
        File.Delete(At("b.txt"));
        File.WriteAllText(At("d.txt"), "");
        File.CreateSymbolicLink(At("a.txt"), At("a.txt"));
        var load = await ReportFiles.LoadReadableAsync([_dir]);
        load.Reports.Should().BeEmpty();
        load.Skipped.Select(s => (Path.GetFileName(s.Path), s.Problem)).Should().Equal(("a.txt", ReportFileProblem.LinkLoop), ("d.txt", ReportFileProblem.Empty));
    }

    [Test]
    public async Task LoadReadableAsync_NamedDanglingLink_IsSkippedNotMissing()
    {
        File.CreateSymbolicLink(At("c.txt"), At("gone.txt"));
        var load = await ReportFiles.LoadReadableAsync([At("c.txt"), At("b.txt")]);
        load.Reports.Select(r => r.Id).Should().Equal("b");
        load.Skipped.Should().ContainSingle().Which.Problem.Should().Be(ReportFileProblem.DanglingLink);
    }

    [Test]
    public async Task LoadReadableAsync_MissingPathOrDuplicateId_StillThrows()
    {
        var missing = async () => await ReportFiles.LoadReadableAsync([At("nope")]);
        await missing.Should().ThrowAsync<SummitException>().WithMessage("No such file or folder*");
        File.WriteAllText(At("b.html"), "<p>" + Good + "</p>");
        var duplicate = async () => await ReportFiles.LoadReadableAsync([_dir]);
        await duplicate.Should().ThrowAsync<SummitException>().WithMessage("Two files give the report id 'b'*");
    }

    [Test]
    public void SkippedReportFile_UndefinedProblem_Throws()
    {
        var make = () => new SkippedReportFile("a.txt", (ReportFileProblem)99, "a.txt is odd");
        make.Should().Throw<ArgumentException>();
    }
}
