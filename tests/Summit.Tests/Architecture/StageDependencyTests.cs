using FluentAssertions;
using NetArchTest.Rules;
using NUnit.Framework;

namespace Summit.Tests.Architecture;

/// <summary>
/// The flow goes one way: a stage's namespace may use earlier stages, never later ones (DESIGN.md). The back-edges
/// the code still has are listed below; the list may only shrink: a new back-edge fails the test, and so does a
/// listed one that is gone (delete it from the list).
/// </summary>
public class StageDependencyTests
{
    /// <summary>The stages in the order the flow runs them (README, "The flow").</summary>
    private static readonly string[] Stages =
    [
        "Summit.Documents", "Summit.Text", "Summit.Entities", "Summit.Time", "Summit.Claims",
        "Summit.Alignment", "Summit.Reconciling", "Summit.Timelines", "Summit.Rendering",
    ];

    /// <summary>Back-edges that exist today (issue 19 removes them): "from → to".</summary>
    private static readonly string[] KnownBackEdges =
    [
        "Summit.Text → Summit.Entities", // MentionFinder types names by the gazetteer (Gazetteer.Default)
    ];

    [Test]
    public void Stages_ReferenceOnlyEarlierStages_ExceptTheKnownBackEdges()
    {
        var assembly = typeof(SummitEngine).Assembly;
        var found = new List<string>();
        for (int k = 0; k < Stages.Length; k++)
            for (int later = k + 1; later < Stages.Length; later++)
            {
                // the later stage's types by full name ("Summit.Time" as a prefix would take in "Summit.Timelines" too)
                var targets = assembly.GetTypes().Where(t => t.Namespace == Stages[later] && !t.FullName!.Contains('<') && !t.FullName.Contains('+'))
                    .Select(t => t.FullName!).ToArray();
                var result = Types.InAssembly(assembly).That().ResideInNamespaceMatching("^" + System.Text.RegularExpressions.Regex.Escape(Stages[k]) + "$")
                    .Should().NotHaveDependencyOnAny(targets).GetResult();
                if (!result.IsSuccessful)
                    found.Add($"{Stages[k]} → {Stages[later]} ({string.Join(", ", result.FailingTypes.Select(t => t.FullName).Order().Take(3))})");
            }
        found.Select(f => f[..f.IndexOf(" (", StringComparison.Ordinal)]).Should().BeEquivalentTo(KnownBackEdges,
            "found: " + string.Join("; ", found));
    }
}
