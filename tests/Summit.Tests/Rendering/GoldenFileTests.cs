using NUnit.Framework;
using FluentAssertions;
using Summit.Rendering;

namespace Summit.Tests.Rendering;

/// <summary>
/// Each renderer's output on the small hand-built reconciliation of <see cref="RenderingFixtures"/> (two reports,
/// six facts: corroborated, single, a conflict, a refinement, background and undated) against its golden file in
/// Rendering/Golden: a few KB a reviewer reads in a minute, which only a change to the renderers (or the timeline
/// builder) changes, never a change to the stages before them. Rewrite with <see cref="Golden.UpdateCommand"/> and
/// review the diff. What the whole flow makes of the bundled sample is checked by Sample/vladivostok.facts.txt.
/// </summary>
public class GoldenFileTests
{
    private static IEnumerable<TestCaseData> Renderers()
    {
        yield return new TestCaseData(new JsonRenderer(), "fixture.json").SetArgDisplayNames("json");
        yield return new TestCaseData(new TextRenderer(), "fixture.txt").SetArgDisplayNames("text");
        yield return new TestCaseData(new MarkdownRenderer(), "fixture.md").SetArgDisplayNames("markdown");
        yield return new TestCaseData(new HtmlRenderer(), "fixture.html").SetArgDisplayNames("html");
    }

    private static string Render(IReconciliationRenderer renderer, Reconciliation result)
    {
        using var writer = new StringWriter();
        renderer.Render(result, writer);
        return writer.ToString();
    }

    [TestCaseSource(nameof(Renderers))]
    [Category(Golden.Category)]
    public void Render_Fixture_MatchesGoldenFile(IReconciliationRenderer renderer, string file)
    {
        Golden.MatchFile(Golden.PathOf("Rendering", "Golden", file), Render(renderer, RenderingFixtures.Create()));
    }

    [TestCaseSource(nameof(Renderers))]
    public void Render_SampleTwice_IsIdentical(IReconciliationRenderer renderer, string file)
    {
        _ = file;
        Render(renderer, SampleCase.Result).Should().Be(Render(renderer, SampleCase.Result));
    }

    [TestCaseSource(nameof(Renderers))]
    public void Render_FixtureBuiltTwice_IsIdentical(IReconciliationRenderer renderer, string file)
    {
        _ = file;
        Render(renderer, RenderingFixtures.Create()).Should().Be(Render(renderer, RenderingFixtures.Create()));
    }
}
