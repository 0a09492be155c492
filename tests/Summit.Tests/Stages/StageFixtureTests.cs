using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;
using Summit.Text;
using Summit.Time;

namespace Summit.Tests.Stages;

/// <summary>
/// Each per-stage case file (Stages/*.case) through its stage: the reader, the temporal tagger, the claim
/// extractor (by way of the stages before it) or the whole reconciliation (facts), against its reviewed
/// expected output. A change to a stage that changes a case shows as a small diff of that case; rewrite
/// with <see cref="Golden.UpdateCommand"/> and review it.
/// </summary>
[Category(Golden.Category)]
public class StageFixtureTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        StageCase.Names().Select(n => new TestCaseData(n).SetArgDisplayNames(Path.GetFileNameWithoutExtension(n)));

    [TestCaseSource(nameof(Cases))]
    public void Stage_CaseFile_MatchesItsReviewedOutput(string name)
    {
        var c = StageCase.Load(name);
        c.Match(Run(c));
    }

    [Test]
    public void Cases_EveryStageHasOne()
    {
        StageCase.Names().Select(n => StageCase.Load(n).Stage).Distinct().Should().BeEquivalentTo("reader", "time", "claims", "facts");
    }

    private static string Run(StageCase c)
    {
        var reader = new ReportReader(TestLexicon.Shipped);
        switch (c.Stage)
        {
            case "reader":
                return StageOutput.Reader(c.Reports.Select(r => reader.Read(r)));
            case "time":
                var analyzer = new TextAnalyzer(TestLexicon.Shipped);
                var tagger = new TemporalTagger(TestLexicon.Shipped);
                return StageOutput.Times(c.Reports.SelectMany(input =>
                {
                    var report = reader.Read(input);
                    return tagger.Tag(analyzer.Analyze(report), report.Published);
                }));
            case "claims":
                return StageOutput.Claims(SummitEngine.CreateDefault().Reconcile(c.Reports).Claims);
            case "facts":
                return StageOutput.Facts(SummitEngine.CreateDefault().Reconcile(c.Reports));
            default:
                throw new AssertionException($"{c.Path}: no stage '{c.Stage}' (name a case reader-, time-, claims- or facts-…)");
        }
    }
}
