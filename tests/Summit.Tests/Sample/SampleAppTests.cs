using System.Text;
using FluentAssertions;
using NUnit.Framework;
using Summit.Sample;

namespace Summit.Tests.Sample;

public class SampleAppTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "summit-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = await SampleApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static void ShouldFailWithOneLine((int Code, string Out, string Err) r, int code, string containing)
    {
        r.Code.Should().Be(code, r.Err);
        r.Err.TrimEnd('\n').Should().NotContain("\n", "the error is one line").And.Contain(containing);
        r.Err.Should().NotContain("   at ", "no stack trace");
    }

    [Test]
    public async Task Run_SampleFolder_PrintsTheMergedTimeline()
    {
        var r = await Run(TestPaths.SampleReports);
        r.Code.Should().Be(0, r.Err);
        r.Out.Should().StartWith("Merged timeline of 2 reports: AFP (2019-04-24), Reuters (2019-04-25, inferred)");
        r.Out.Should().Contain("Only Reuters");
    }

    [Test]
    public async Task Run_ReconcileVerbAndJsonToFile_WritesTheContract()
    {
        var outFile = Path.Combine(_dir, "out.json");
        var r = await Run("reconcile", TestPaths.SampleReports, "--format", "json", "--out", outFile);
        r.Code.Should().Be(0, r.Err);
        File.ReadAllText(outFile).Should().StartWith("{").And.Contain("\"timeExpressions\"");
    }

    [Test]
    public async Task Run_MissingPath_FailsWithOneLine()
        => ShouldFailWithOneLine(await Run(Path.Combine(_dir, "nope")), SampleApp.BadInput, "No such file or folder");

    [Test]
    public async Task Run_EmptyFolder_FailsWithOneLine()
        => ShouldFailWithOneLine(await Run(_dir), SampleApp.BadInput, "holds no report files");

    [Test]
    public async Task Run_EmptyReport_FailsWithOneLine()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "");
        ShouldFailWithOneLine(await Run(_dir), SampleApp.BadInput, "is empty");
    }

    [Test]
    public async Task Run_WhitespaceOnlyReport_FailsWithOneLine()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), " \n\t\r\n  ");
        ShouldFailWithOneLine(await Run(_dir), SampleApp.BadInput, "is empty");
    }

    [Test]
    public async Task Run_BinaryFile_FailsWithOneLine()
    {
        File.WriteAllBytes(Path.Combine(_dir, "a.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0xFF, 0xFE]);
        ShouldFailWithOneLine(await Run(_dir), SampleApp.BadInput, "a.txt");
    }

    [Test]
    public async Task Run_BinaryButValidUtf8File_FailsWithOneLine()
    {
        File.WriteAllBytes(Path.Combine(_dir, "a.txt"), Encoding.UTF8.GetBytes("ab\0\0\0cd\u0001\u0002"));
        ShouldFailWithOneLine(await Run(_dir), SampleApp.BadInput, "binary");
    }

    [Test]
    public async Task Run_TwoReportsWithTheSameId_FailsWithOneLine()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "Officials said the bridge opened on Monday.");
        File.WriteAllText(Path.Combine(_dir, "a.html"), "<p>Officials said the bridge opened on Monday.</p>");
        ShouldFailWithOneLine(await Run(_dir), SampleApp.BadInput, "Two files give the report id 'a'");
    }

    [TestCase("afp=2019-02-30")]
    [TestCase("afp=24/04/2019")]
    [TestCase("2019-04-24")]
    [TestCase("nosuch=2019-04-24")]
    public async Task Run_InvalidPublished_FailsWithOneLine(string spec)
        => ShouldFailWithOneLine(await Run(TestPaths.SampleReports, "--published", spec), SampleApp.Usage, "--published");

    [Test]
    public async Task Run_UnknownFormat_FailsWithOneLine()
        => ShouldFailWithOneLine(await Run(TestPaths.SampleReports, "--format", "pdf"), SampleApp.Usage, "--format");

    [Test]
    public async Task Run_NoArguments_PrintsUsage()
        => ShouldFailWithOneLine(await Run(), SampleApp.Usage, "usage:");

    [Test]
    public async Task Run_Published_WinsOverTheInference()
    {
        var r = await Run(TestPaths.SampleReports, "--format", "json", "--published", "reuters=2019-04-26");
        r.Code.Should().Be(0, r.Err);
        r.Out.Should().Contain("\"published\": \"2019-04-26\",\n      \"publishedInferred\": false");
    }
}
