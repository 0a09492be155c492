using FluentAssertions;
using NUnit.Framework;
using Summit.Rendering;

namespace Summit.Tests.Rendering;

/// <summary>
/// Each renderer's output on the sample case against its golden file. When the stages before the
/// renderers change on purpose, regenerate with <see cref="Golden.UpdateCommand"/> and review the diff.
/// </summary>
public class GoldenFileTests
{
    private static IEnumerable<TestCaseData> Renderers()
    {
        yield return new TestCaseData(new JsonRenderer(), "vladivostok.json").SetArgDisplayNames("json");
        yield return new TestCaseData(new TextRenderer(), "vladivostok.txt").SetArgDisplayNames("text");
        yield return new TestCaseData(new MarkdownRenderer(), "vladivostok.md").SetArgDisplayNames("markdown");
        yield return new TestCaseData(new HtmlRenderer(), "vladivostok.html").SetArgDisplayNames("html");
    }

    [TestCaseSource(nameof(Renderers))]
    public void Render_Sample_MatchesGoldenFile(IReconciliationRenderer renderer, string file)
    {
        using var writer = new StringWriter();
        renderer.Render(SampleCase.Result, writer);
        var actual = writer.ToString();
        var path = Golden.PathOf(file);
        if (Golden.Update)
        {
            Golden.Write(path, actual);
            TestContext.Out.WriteLine($"rewrote {path}");
        }
        File.Exists(path).Should().BeTrue($"the golden file {path} exists (make it with: {Golden.UpdateCommand})");
        var difference = Golden.FirstDifference(File.ReadAllText(path), actual);
        difference.Should().BeNull($"{renderer.Format} output must match {file}; if the change is intended, regenerate with: {Golden.UpdateCommand}");
    }

    [TestCaseSource(nameof(Renderers))]
    public void Render_SampleTwice_IsIdentical(IReconciliationRenderer renderer, string file)
    {
        _ = file;
        using var first = new StringWriter();
        using var second = new StringWriter();
        renderer.Render(SampleCase.Result, first);
        renderer.Render(SampleCase.Result, second);
        second.ToString().Should().Be(first.ToString());
    }
}
