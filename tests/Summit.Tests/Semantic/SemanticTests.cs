using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Summit.Alignment;
using Summit.Documents;
using Summit.Semantic;

namespace Summit.Tests.Semantic;

/// <summary>The optional package: embeddings, the pair judge, its registration and the aligner's hook.</summary>
public class SemanticTests
{
    private static readonly Lazy<SentenceEmbedder> SharedEmbedder = new(() => new SentenceEmbedder());

    private static SentenceEmbedder Embedder => SharedEmbedder.Value;

    [Test]
    public void Embed_SameSentenceTwiceAndInAnotherBatch_BitIdentical()
    {
        const string text = "The central bank raised its main interest rate by half a point on Thursday.";
        var first = Embedder.Embed(text);
        var second = Embedder.Embed(text);
        var batched = Embedder.Embed(["A short one.", text, "Another sentence of quite a different length, told in more words than the others are."])[1];
        first.Should().HaveCount(SentenceEmbedder.Dimensions);
        second.Should().Equal(first);
        batched.Should().Equal(first);
        Math.Sqrt(first.Sum(v => (double)v * v)).Should().BeApproximately(1.0, 1e-5, "embeddings are scaled to unit length");
    }

    [Test]
    public void Embed_TypographicApostropheAndAccents_SameAsTheirAsciiTwin()
    {
        var typographic = Embedder.Embed("The company’s chief executive said it’s “too early” to tell, in Zürich.");
        var ascii = Embedder.Embed("The company's chief executive said it's \"too early\" to tell, in Zurich.");
        SentenceEmbedder.Cosine(typographic, ascii).Should().BeGreaterThan(0.9999);
    }

    [Test]
    public void Tokenize_TheDigitZero_Survives()
    {
        var vocab = File.ReadLines(Path.Combine(SentenceEmbedder.DefaultModelDirectory, "vocab.txt")).ToList();
        long zero = vocab.IndexOf("0");
        zero.Should().BeGreaterThan(0);
        var ids = Embedder.Tokenize("The score was 0 to 0.");
        ids.Count(id => id == zero).Should().Be(2);
        ids[0].Should().Be(vocab.IndexOf("[CLS]"));
        ids[^1].Should().Be(vocab.IndexOf("[SEP]"));
        Embedder.Embed("The score was 0 to 0.").Should().NotEqual(Embedder.Embed("The score was to."));
    }

    [Test]
    public void Judge_Paraphrase_RankedAboveAnUnrelatedSentence()
    {
        using var judge = new SemanticJudge(Embedder);
        const string a = "The airline cancelled hundreds of flights because of the snowstorm.";
        const string paraphrase = "Hundreds of flights were scrapped by the carrier as heavy snow hit.";
        const string unrelated = "The museum opened a new wing devoted to modern sculpture.";
        var p = judge.Judge([new StatementPair(a, paraphrase), new StatementPair(a, unrelated)]);
        p[0].Should().BeGreaterThan(p[1]);
        p.Should().OnlyContain(x => x >= 0 && x <= 1);
        judge.Probability(a, paraphrase).Should().Be(p[0]);
    }

    [Test]
    public void SameMeaning_SameSentence_YesAndUnrelated_No()
    {
        using var judge = new SemanticJudge(Embedder);
        judge.SameMeaning("Rescuers pulled three survivors from the rubble on Monday.", "Rescuers pulled three survivors from the rubble on Monday.").Should().BeTrue();
        judge.SameMeaning("Rescuers pulled three survivors from the rubble on Monday.", "The museum opened a new wing devoted to modern sculpture.").Should().BeFalse();
    }

    [Test]
    public void Constructor_ModelFolderWithoutTheModel_ThrowsSemanticModelNotFound()
    {
        var empty = Directory.CreateTempSubdirectory("summit-semantic-").FullName;
        try
        {
            var act = () => new SentenceEmbedder(empty);
            act.Should().Throw<SemanticModelNotFoundException>().Which.FileName.Should().Be(Path.Combine(empty, "model.onnx"));
            var viaJudge = () => new SemanticJudge(empty);
            viaJudge.Should().Throw<SemanticModelNotFoundException>().WithMessage("*model.onnx*");
        }
        finally { Directory.Delete(empty, true); }
    }

    [Test]
    public void AddSummitSemantic_RegistersTheJudgeTheAlignerUses()
    {
        using var sp = new ServiceCollection().AddSummit().AddSummitSemantic().BuildServiceProvider();
        sp.GetService<IStatementJudge>().Should().BeOfType<SemanticJudge>();
        sp.GetRequiredService<IStatementJudge>().Should().BeSameAs(sp.GetRequiredService<SemanticJudge>());
        var result = sp.GetRequiredService<ISummit>().Reconcile(SampleCase.Inputs());
        result.Facts.Should().Contain(f => f.Status == Summit.Reconciling.FactStatus.Corroborated);
    }

    [Test]
    public void AddSummit_WithoutTheSemanticPackage_NoJudgeAndTheSameResult()
    {
        using var sp = new ServiceCollection().AddSummit().BuildServiceProvider();
        sp.GetService<IStatementJudge>().Should().BeNull();
        var json = Render(sp.GetRequiredService<ISummit>().Reconcile(SampleCase.Inputs()));
        json.Should().Be(Render(SampleCase.Result));
    }

    [Test]
    public void Align_WithAJudge_AsksOnlyAboutPairsOfDifferentReportsAndFollowsItsAnswer()
    {
        var inputs = SampleCase.Inputs();
        var asked = new RecordingJudge(0);
        var never = SummitEngine.CreateDefault(asked).Reconcile(inputs);
        var always = SummitEngine.CreateDefault(new RecordingJudge(1)).Reconcile(inputs);
        var core = SampleCase.Result;
        asked.Pairs.Should().NotBeEmpty("some pairs of the sample are undecided");
        var claimsOf = core.Claims.GroupBy(c => c.Text).ToDictionary(g => g.Key, g => g.Select(c => c.ReportId).ToHashSet());
        asked.Pairs.Should().OnlyContain(p => claimsOf[p.First].Any(r => !claimsOf[p.Second].Contains(r) || claimsOf[p.Second].Count > 1));
        int pairsOfClaims = core.Claims.Count * (core.Claims.Count - 1) / 2;
        asked.Pairs.Count.Should().BeLessThan(pairsOfClaims / 10, "only the undecided candidate pairs are asked about");
        Corroborated(never).Should().BeLessThanOrEqualTo(Corroborated(core));
        Corroborated(always).Should().BeGreaterThanOrEqualTo(Corroborated(core));
        Corroborated(always).Should().BeGreaterThan(Corroborated(never));
    }

    private static int Corroborated(Reconciliation r) => r.Facts.Count(f => f.Status == Summit.Reconciling.FactStatus.Corroborated);

    private static string Render(Reconciliation r)
    {
        var w = new StringWriter();
        new Summit.Rendering.JsonRenderer().Render(r, w);
        return w.ToString();
    }

    /// <summary>A judge that gives one answer to every pair and keeps the pairs it was asked about.</summary>
    private sealed class RecordingJudge(double answer) : IStatementJudge
    {
        public List<StatementPair> Pairs { get; } = [];

        public IReadOnlyList<double> Judge(IReadOnlyList<StatementPair> pairs, CancellationToken cancellationToken = default)
        {
            lock (Pairs) Pairs.AddRange(pairs);
            return pairs.Select(_ => answer).ToArray();
        }
    }
}
