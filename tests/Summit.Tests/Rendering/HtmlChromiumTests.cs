using AngleSharp.Html.Parser;
using FluentAssertions;
using NUnit.Framework;
using Summit.Rendering;

namespace Summit.Tests.Rendering;

/// <summary>
/// The HTML page as a browser shows it: headless Chromium loads it from a file (no network), and the
/// DOM it dumps must hold every timeline entry with its badges and conflict markers, the page's
/// script must have run, and the console must stay silent (no script error, no blocked resource).
/// CI installs Chromium (.ci/run); where it is missing these tests are ignored, not passed.
/// </summary>
[NonParallelizable]
public class HtmlChromiumTests
{
    private string _folder = "";

    [OneTimeSetUp]
    public void RequireChromium()
    {
        if (Chromium.Binary is null) Assert.Ignore("Chromium is not installed (apt-get install -y chromium; .ci/run does it).");
        _folder = Directory.CreateTempSubdirectory("summit-html-").FullName;
    }

    [OneTimeTearDown]
    public void Clean()
    {
        if (_folder.Length > 0 && Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData("sample").SetArgDisplayNames("sample");
        yield return new TestCaseData("fixture").SetArgDisplayNames("fixture");
    }

    private static Reconciliation Of(string name) => name == "sample" ? SampleCase.Result : RenderingFixtures.Create();

    private string Page(Reconciliation r, string name)
    {
        var path = Path.Combine(_folder, name + ".html");
        using (var w = new StreamWriter(path)) new HtmlRenderer().Render(r, w);
        return path;
    }

    [TestCaseSource(nameof(Cases))]
    public void Render_InChromium_DomHoldsEveryEntryWithBadgesAndNoConsoleMessage(string name)
    {
        var r = Of(name);
        var (dom, console, exit) = Chromium.Run(Page(r, name), "--dump-dom");

        exit.Should().Be(0);
        console.Should().BeEmpty("the page logs nothing: no script error, no resource blocked");
        var document = new HtmlParser().ParseDocument(dom);
        document.DocumentElement.HasAttribute("data-error").Should().BeFalse(document.DocumentElement.GetAttribute("data-error"));
        document.Body!.GetAttribute("data-ready").Should().Be("true", "the page's script ran to its end");

        var entries = document.QuerySelectorAll("li.entry");
        entries.Select(e => e.GetAttribute("data-fact")).Should().BeEquivalentTo(r.Timeline.Entries.Select(e => e.FactId), "every entry once");
        // numbered 1, 2, 3 … down the page, one number per entry
        entries.Select(e => e.QuerySelector(".rank")!.TextContent).Should().Equal(Enumerable.Range(1, entries.Length).Select(n => $"{n}."));
        // the page opens with the digest, whose every item links to an entry; the story comes before the background
        var sections = document.QuerySelectorAll("main > section").Select(x => x.GetAttribute("data-section")).ToList();
        sections[0].Should().Be("digest");
        if (sections.Contains("background")) sections.IndexOf("story").Should().BeLessThan(sections.IndexOf("background"));
        document.QuerySelectorAll("section.digest li a").Select(a => a.GetAttribute("href")![6..])
            .Should().OnlyContain(id => entries.Any(e => e.GetAttribute("data-fact") == id)).And.NotBeEmpty();
        entries.Should().OnlyContain(e => !e.HasAttribute("hidden"), "every entry shows until a reader filters");
        foreach (var li in entries)
        {
            var fact = r.Fact(li.GetAttribute("data-fact")!);
            li.QuerySelectorAll(".meta .badge").Select(b => b.GetAttribute("data-source")).Should().Equal(fact.Sources.Distinct());
            li.QuerySelectorAll("blockquote.quote").Length.Should().Be(fact.ClaimIds.Count);
            li.QuerySelectorAll("blockquote.quote mark").Should().HaveCount(fact.ClaimIds.Count);
            li.QuerySelectorAll(".conflict").Length.Should().Be(fact.Conflicts.Count);
            li.ClassList.Contains("has-conflict").Should().Be(fact.Conflicts.Count > 0);
        }
        document.QuerySelectorAll("button.filter").Select(b => b.GetAttribute("data-source"))
            .Should().Equal(r.Reports.Select(x => x.Source ?? x.Id).Distinct());
    }

    [Test]
    public void Render_FixtureInChromium_ConflictSidesStandSideBySide()
    {
        var r = RenderingFixtures.Create();
        var (dom, _, _) = Chromium.Run(Page(r, "conflict"), "--dump-dom");
        var document = new HtmlParser().ParseDocument(dom);
        var sides = document.QuerySelectorAll("li[data-fact=f2] .conflict .side");
        sides.Select(s => s.QuerySelector("strong")!.TextContent).Should().Equal("five", "seven");
        sides.Select(s => s.QuerySelector(".badge")!.GetAttribute("data-source")).Should().Equal("Alpha", "Beta");
        // the digest first, the story before the background it recalls
        document.QuerySelectorAll("section").Select(s => s.GetAttribute("data-section")).Should().Equal("digest", "story", "undated", "background");
    }

    [TestCase("#conflicts", new[] { "f2" })]
    [TestCase("#hide=Alpha", new[] { "f2", "f1", "f5", "f6" })]
    [TestCase("#hide=Alpha,Beta", new string[0])]
    [TestCase("#nothing", new[] { "f2", "f1", "f5", "f6", "f3", "f4" })]
    public void Render_FixtureWithFragment_ShowsOnlyTheChosenEntries(string fragment, string[] visible)
    {
        var (dom, console, _) = Chromium.RunAt(Page(RenderingFixtures.Create(), "filter"), fragment, "--dump-dom");
        console.Should().BeEmpty();
        var document = new HtmlParser().ParseDocument(dom);
        document.QuerySelectorAll("li.entry").Where(li => !li.HasAttribute("hidden")).Select(li => li.GetAttribute("data-fact"))
            .Should().Equal(visible);
    }

    [TestCase("sample", "timeline.png")]
    [TestCase("fixture", "timeline-conflicts.png")]
    [Category(Golden.Category)]
    public void Screenshot_Page_IsAPng(string name, string docsFile)
    {
        var png = Path.Combine(_folder, docsFile);
        var (_, console, exit) = Chromium.Run(Page(Of(name), "shot-" + name), $"--screenshot={png}", "--window-size=1100,1400", "--hide-scrollbars");

        exit.Should().Be(0);
        console.Should().BeEmpty();
        var bytes = File.ReadAllBytes(png);
        bytes.Length.Should().BeGreaterThan(20_000, "a page of entries is not blank");
        bytes.Take(8).Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        if (Golden.Update)
        {
            var docs = Path.Combine(TestPaths.RepoRoot, "docs", docsFile);
            Directory.CreateDirectory(Path.GetDirectoryName(docs)!);
            File.Copy(png, docs, overwrite: true);
            TestContext.Out.WriteLine($"rewrote {docs}");
        }
    }
}
