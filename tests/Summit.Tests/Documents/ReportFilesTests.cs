using System.Text.Json;
using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;
using Summit.Sample;

namespace Summit.Tests.Documents;

public class ReportFilesTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "summit-html-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        var fixtures = Path.Combine(TestPaths.RepoRoot, "tests", "Summit.Tests", "Documents", "Fixtures");
        File.Copy(Path.Combine(fixtures, "jsonld-article.html"), Path.Combine(_dir, "dock.html"));
        File.Copy(Path.Combine(fixtures, "og-only.html"), Path.Combine(_dir, "flood.htm"));
        File.Copy(Path.Combine(fixtures, "web-copy.txt"), Path.Combine(_dir, "ferry.txt"));
        File.WriteAllText(Path.Combine(_dir, "notes.md"), "# not a report");
        File.WriteAllText(Path.Combine(_dir, "saved.txt"), "  <!DOCTYPE html><html><body><p>The museum reopened on Sunday after a year of repairs.</p></body></html>");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    [Test]
    public async Task LoadAsync_Utf16AndUtf32WithBomAndAWindows1252Page_ReadsEachAsText()
    {
        var dir = Path.Combine(_dir, "encodings");
        Directory.CreateDirectory(dir);
        const string text = "The café reopened on Sunday — after a year of repairs.";
        File.WriteAllText(Path.Combine(dir, "le.txt"), text, new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: true));
        File.WriteAllText(Path.Combine(dir, "be.txt"), text, new System.Text.UnicodeEncoding(bigEndian: true, byteOrderMark: true));
        File.WriteAllText(Path.Combine(dir, "u32.txt"), text, new System.Text.UTF32Encoding(bigEndian: false, byteOrderMark: true));
        var page = "<html><head><meta charset=\"windows-1252\"></head><body><p>" + text + "</p></body></html>";
        File.WriteAllBytes(Path.Combine(dir, "page.html"), System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(page));

        var inputs = await ReportFiles.LoadAsync([dir]);

        inputs.Where(i => i.MediaType == "text/plain").Select(i => i.Text).Should().Equal(text, text, text);
        inputs.Single(i => i.Id == "page").Text.Should().Contain("café").And.Contain("—");
    }

    [Test]
    public async Task LoadAsync_FolderMixingTextAndHtml_ReadsEachWithItsMediaType()
    {
        var inputs = await ReportFiles.LoadAsync([_dir]);
        inputs.Select(i => (i.Id, i.MediaType)).Should().Equal(("dock", "text/html"), ("ferry", "text/plain"), ("flood", "text/html"), ("saved", "text/html"));
    }

    [Test]
    public async Task SampleApp_FolderMixingTextAndHtml_WritesExtractedTextAndOffsetsIntoIt()
    {
        var outFile = Path.Combine(_dir, "out.json");
        var stderr = new StringWriter();
        int code = await SampleApp.RunAsync([_dir, "--format", "json", "--out", outFile], new StringWriter(), stderr);
        code.Should().Be(SampleApp.Ok, stderr.ToString());

        using var json = JsonDocument.Parse(File.ReadAllText(outFile));
        var reports = json.RootElement.GetProperty("reports").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        reports["ferry"].TryGetProperty("text", out _).Should().BeFalse("a plain-text report's offsets refer to its file");
        reports["dock"].GetProperty("source").GetString().Should().Be("The Guardian");
        reports["flood"].GetProperty("source").GetString().Should().Be("Reuters");
        var texts = new Dictionary<string, string>
        {
            ["dock"] = reports["dock"].GetProperty("text").GetString()!,
            ["flood"] = reports["flood"].GetProperty("text").GetString()!,
        };
        texts["dock"].Should().NotContain("<").And.NotContain("Share on");

        var claims = json.RootElement.GetProperty("claims").EnumerateArray().ToList();
        claims.Should().Contain(c => c.GetProperty("report").GetString() == "dock");
        foreach (var c in claims)
        {
            var id = c.GetProperty("report").GetString()!;
            if (!texts.TryGetValue(id, out var text)) continue;
            int start = c.GetProperty("start").GetInt32(), end = c.GetProperty("end").GetInt32();
            text[start..end].Should().Be(c.GetProperty("text").GetString());
        }
    }
}

public class HtmlStartTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("summit-start-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    private const string Page = "<html><head><meta charset=\"windows-1252\"></head><body><p>The caf\u00E9 reopened on Sunday.</p></body></html>";

    // a page saved as .txt: what comes before its <html> or <!DOCTYPE html>
    [TestCase("")]
    [TestCase("  \n<!DOCTYPE html>")]
    [TestCase("<!doctype\n  HTML>")]
    [TestCase("<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<!DOCTYPE html>")]
    [TestCase("<!-- saved from url=(0026)https://example.com/news -->\n")]
    [TestCase("<?xml version=\"1.0\"?><!-- one --> <!-- two -->\n<!DOCTYPE html>")]
    public async Task LoadAsync_PageSavedAsText_IsReadAsAPageInItsCharset(string before)
    {
        File.WriteAllBytes(Path.Combine(_dir, "saved.txt"), System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(before + Page));

        var input = (await ReportFiles.LoadAsync([_dir])).Single();

        input.MediaType.Should().Be("text/html", "the file starts as a page");
        input.Text.Should().Contain("café", "the page's declared charset is honoured");
    }

    [TestCase("<!-- a note --> The museum reopened on Sunday.")]
    [TestCase("<!-- a comment never closed <html>")]
    [TestCase("<!doctypehtml>")]
    [TestCase("The page began with <html> in the text.")]
    [TestCase("<?xml version=\"1.0\"?><report>The museum reopened.</report>")]
    public void IsPage_TextThatDoesNotStartAsAPage_IsNot(string text) => HtmlStart.IsPage(text).Should().BeFalse();

    [Test]
    public void IsPage_ManyCommentsBeforeThePage_IsAPage()
    {
        var comments = string.Concat(Enumerable.Repeat("<!-- x --><!-- -->", 5_000));
        HtmlStart.IsPage(comments + "<html>").Should().BeTrue();
        HtmlStart.IsPage(comments + "text").Should().BeFalse();
    }
}
