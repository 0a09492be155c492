using FluentAssertions;
using NUnit.Framework;
using Summit.Quantities;

namespace Summit.Tests.Quantities;

/// <summary>The recogniser on hand-annotated sentences of the evaluation corpora (quantities.tsv).</summary>
[TestFixture]
public class QuantityCorpusTests
{
    /// <summary>The annotated sentences point into ../shared/eval/raw: without it the fixture is ignored.</summary>
    [OneTimeSetUp]
    public void RequireEvaluationData() => TestPaths.RequireSharedEval();

    private static IEnumerable<TestCaseData> DevExpressions()
    {
        if (!TestPaths.HasSharedEval)
        {
            yield return TestPaths.NoSharedEvalCase(null, 0);
            yield break;
        }
        foreach (var s in QuantityCorpus.All.Where(s => s.Split == "dev"))
        {
            var spans = s.GoldSpans();
            for (int g = 0; g < s.Gold.Count; g++)
                // the known misses are no test cases: they count in the precision/recall figures instead
                if (!KnownMisses.Contains((s.File, s.Locator, s.Gold[g].Text)))
                    yield return new TestCaseData(s, g).SetArgDisplayNames($"{Path.GetFileName(s.File)} {s.Locator} '{s.Gold[g].Text}'");
        }
    }

    [TestCaseSource(nameof(DevExpressions))]
    public void Recognize_AnnotatedDevExpression_FindsSpanValueUnitAndQualifier(CorpusSentence sentence, int index)
    {
        var gold = sentence.Gold[index];
        var span = sentence.GoldSpans()[index];

        var found = QuantityRecognizer.Default.Recognize(sentence.Text, sentence.Range);

        found.Should().Contain(q => q.Span == span, "'{0}' is in \"{1}\"; found [{2}]", gold.Text, sentence.Sentence, string.Join("; ", found.Select(q => q.Text)));
        var q = found.First(q => q.Span == span);
        q.Kind.ToString().Should().Be(gold.Kind);
        q.Value.Should().Be(gold.Value);
        q.UpperValue.Should().Be(gold.Upper);
        q.Unit.Symbol.Should().Be(gold.Unit);
        q.Qualifier.ToString().Should().Be(gold.Qualifier);
        if (gold.Counted is not null)
            q.Counted.Should().Be(gold.Counted);
    }

    [Test]
    public void Table_HasAtLeast150DevExpressionsFromTwoCorporaAndHeldOutSplits()
    {
        var dev = QuantityCorpus.All.Where(s => s.Split == "dev").ToList();

        dev.Sum(s => s.Gold.Count).Should().BeGreaterThanOrEqualTo(150);
        dev.Select(s => s.File.Split('/')[0]).Distinct().Should().Contain(["tempeval3", "meantime"]);
        QuantityCorpus.All.Where(s => s.Split == "test").Select(s => s.File.Split('/')[0]).Distinct().Should().Contain(["ecbplus", "meantime"]);
    }

    [Test]
    public void Measure_DevAndTestSplits_PrintsPrecisionAndRecall()
    {
        var dev = QuantityCorpus.Measure(QuantityRecognizer.Default, "dev");
        var heldout = QuantityCorpus.Measure(QuantityRecognizer.Default, "heldout");
        var test = QuantityCorpus.Measure(QuantityRecognizer.Default, "test");

        TestContext.Out.WriteLine("quantities dev  (TimeBank/AQUAINT, MEANTIME airbus/apple/gm): " + dev);
        TestContext.Out.WriteLine("quantities heldout (TimeBank/AQUAINT, MEANTIME airbus/apple/gm sentences annotated after tuning; never tuned on): " + heldout);
        TestContext.Out.WriteLine("quantities test (ECB+ 36-45, MEANTIME stock; never tuned on): " + test);
        foreach (var m in dev.Misses) TestContext.Out.WriteLine("dev miss: " + m);
        foreach (var f in dev.FalseAlarms) TestContext.Out.WriteLine("dev false alarm: " + f);
        foreach (var w in dev.WrongValues) TestContext.Out.WriteLine("dev wrong value: " + w);
        foreach (var m in heldout.Misses) TestContext.Out.WriteLine("heldout miss: " + m);
        foreach (var f in heldout.FalseAlarms) TestContext.Out.WriteLine("heldout false alarm: " + f);
        foreach (var w in heldout.WrongValues) TestContext.Out.WriteLine("heldout wrong value: " + w);
        foreach (var m in test.Misses) TestContext.Out.WriteLine("test miss: " + m);
        foreach (var f in test.FalseAlarms) TestContext.Out.WriteLine("test false alarm: " + f);
        foreach (var w in test.WrongValues) TestContext.Out.WriteLine("test wrong value: " + w);

        dev.Precision.Should().BeGreaterThanOrEqualTo(0.90);
        dev.Recall.Should().BeGreaterThanOrEqualTo(0.85);
        dev.ValueAccuracy.Should().BeGreaterThanOrEqualTo(0.95);
        // Regression floors on the splits never tuned on (measured there: heldout P 0.937 R 0.908, test P 0.875 R 0.982).
        heldout.Precision.Should().BeGreaterThanOrEqualTo(0.85);
        heldout.Recall.Should().BeGreaterThanOrEqualTo(0.85);
        test.Precision.Should().BeGreaterThanOrEqualTo(0.8);
        test.Recall.Should().BeGreaterThanOrEqualTo(0.85);
    }

    // Expressions the recogniser does not get (yet); each is still counted as a miss in the figures above.
    // "#" stands for "£" in these corpus files (an encoding loss); the recogniser does not guess that.
    private static readonly HashSet<(string File, string Locator, string Text)> KnownMisses =
    [
        ("tempeval3/TBAQ-cleaned/TimeBank/wsj_0376.tml", "@141+230", "#300 million"),
        ("tempeval3/TBAQ-cleaned/TimeBank/wsj_0376.tml", "@141+230", "#400 million"),
        ("meantime/intra_cross-doc_annotation/corpus_airbus/145930_Boeing_787_Dreamliner_makes_maiden_flight.xml", "#6", "# 86bn"),
    ];


}
