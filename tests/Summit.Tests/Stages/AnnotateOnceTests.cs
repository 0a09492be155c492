using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Summit.Alignment;
using Summit.Claims;
using Summit.Documents;
using Summit.Entities;
using Summit.Reconciling;
using Summit.Text;

namespace Summit.Tests.Stages;

/// <summary>
/// What the text layer works out once (tokens, figures, whether a headline is in Title Case) and the entity layer resolves once
/// (whom a pronoun names) is read by the later stages, not worked out again: each test hands a stage an annotation the
/// earlier stage would not have made and checks that the stage follows it.
/// </summary>
public class AnnotateOnceTests
{
    private static string Page(string headline, string body) => $"http://www.example.com/2013/06/06/story\n\n{headline}\n\nJune 6, 2013\n\n{body}\n";

    private static TextAnalysis Analyze(string text) =>
        new TextAnalyzer(TestLexicon.Shipped).Analyze(new ReportReader(TestLexicon.Shipped).Read(new ReportInput("a", text) { Published = new DateOnly(2013, 6, 6) }));

    private static IReadOnlyList<Claim> Claims(TextAnalysis analysis, EntityResolution? entities = null) =>
        new ClaimExtractor(TestLexicon.Shipped).Extract(analysis, entities ?? new EntityResolver(TestLexicon.Shipped).Resolve([analysis]), []);

    /// <summary>The same analysis with every heading's <see cref="Sentence.TitleCase"/> set to <paramref name="titleCase"/>.</summary>
    private static TextAnalysis WithTitleCase(TextAnalysis a, bool titleCase) =>
        new(a.Report, a.Sentences.Select(s => s.Heading ? s with { TitleCase = titleCase } : s).ToArray(), a.Tokens, a.Quotes, a.Mentions);

    [TestCase("Legendary Aquatic Musical Star Esther Williams Dies At 91", true)]
    [TestCase("Swimming star Esther Williams dies at 91", false)]
    public void Analyze_Headline_MarksTitleCaseOnItsSentence(string headline, bool titleCase)
    {
        var a = Analyze(Page(headline, "Esther Williams, the swimmer who became a film star, died on Thursday."));
        a.Sentences.Single(s => s.Heading).TitleCase.Should().Be(titleCase);
        a.Sentences.Where(s => !s.Heading).Should().OnlyContain(s => !s.TitleCase);
    }

    [Test]
    public void Extract_TitleCaseHeadline_ReadsTheTextLayersMark()
    {
        // in Title Case only the words of a name mention are names: "Dies" is the verb; read as sentence case, "Dies" is a name
        var a = Analyze(Page("Legendary Aquatic Musical Star Esther Williams Dies At 91", "Esther Williams, the swimmer who became a film star, was 91."));
        var headline = a.Sentences.Single(s => s.Heading).Span;
        Claims(a).Where(c => headline.Contains(c.Span)).Select(c => c.Predicate).Should().Contain("die");
        Claims(WithTitleCase(a, false)).Where(c => headline.Contains(c.Span)).Select(c => c.Predicate).Should().NotContain("die");
    }

    [Test]
    public void Extract_PronounSubject_IsTheEntityLayersAntecedent()
    {
        var text = "Governor Maria Lopez toured the flooded district with Ana Ruiz. She promised new funds for the farmers.";
        var a = Analyze(text);
        var entities = new EntityResolver(TestLexicon.Shipped).Resolve([a]);
        var she = new Span(text.IndexOf("She", StringComparison.Ordinal), text.IndexOf("She", StringComparison.Ordinal) + 3);
        var resolved = entities.EntityAt("a", she);
        resolved.Should().NotBeNull("the entity layer resolves the pronoun");
        Claims(a, entities).Single(c => c.Predicate == "promise").SubjectEntityId.Should().Be(resolved!.Id);
        // the entity layer's answer is the one the claim takes, whichever person that is
        var other = entities.Entities.Single(e => e.Type == EntityType.Person && e.Id != resolved.Id);
        var swapped = new EntityResolution(entities.Entities.Select(e =>
            e.Id == resolved.Id ? new Entity(e.Id, e.Name, e.Type, e.Mentions.Where(m => m.Span != she).ToArray())
            : e.Id == other.Id ? new Entity(e.Id, e.Name, e.Type, [.. e.Mentions, new EntityReference("a", she)])
            : e).ToArray());
        var claim = Claims(a, swapped).Single(c => c.Predicate == "promise");
        claim.SubjectEntityId.Should().Be(other.Id);
        claim.Subject.Should().Be(other.Name);
    }

    [Test]
    public void Extract_PronounTheEntityLayerLeftUnresolved_StaysThePronoun()
    {
        var a = Analyze("Governor Maria Lopez toured the flooded district. She promised new funds for the farmers.");
        var claim = Claims(a, EntityResolution.Empty).Single(c => c.Predicate == "promise");
        claim.Subject.Should().Be("She");
        claim.SubjectEntityId.Should().BeNull();
    }

    private const string Harbour = "Fishing boats returned to the old harbour in Valparaiso on Monday.";

    /// <summary>The text layer of <see cref="Harbour"/> with "harbour" cut into two tokens, "harb" and "our", as no tokenizer would.</summary>
    private static TextAnalysis SplitHarbour()
    {
        var a = Analyze(Harbour);
        int at = Harbour.IndexOf("harbour", StringComparison.Ordinal);
        var tokens = a.Tokens.SelectMany(t => t.Span.Start != at ? [t]
            : new[] { new Token(new Span(at, at + 4), TokenKind.Word), new Token(new Span(at + 4, at + 7), TokenKind.Word) }).ToArray();
        return new TextAnalysis(a.Report, a.Sentences, tokens, a.Quotes, a.Mentions);
    }

    private static Claim WholeSentence(TextAnalysis a)
    {
        var span = a.Sentences.Single().Span;
        return new Claim("a-c1", "a", span, span.Of(a.Report.Text), "return");
    }

    [Test]
    public void Align_ClaimFeatures_AreReadFromTheTextLayersTokens()
    {
        var aligner = new ClaimAligner(new SummitOptions(), TestLexicon.Shipped);
        var plain = Analyze(Harbour);
        aligner.FeaturesOf(WholeSentence(plain), plain).Lemmas.Keys.Should().Contain("harbour");
        var split = SplitHarbour();
        var lemmas = aligner.FeaturesOf(WholeSentence(split), split).Lemmas.Keys;
        lemmas.Should().Contain("harb").And.NotContain("harbour", "the aligner reads the tokens it is given, it does not tokenize the claim again");
        // as a stage, with the story's text layer
        var story = new Story([split], EntityResolution.Empty, []);
        aligner.Prepare([WholeSentence(split)], story).Features[0].Lemmas.Keys.Should().Contain("harb");
    }

    [Test]
    public void Reconcile_ClaimWords_AreTheTextLayersWordTokens()
    {
        var plain = Analyze(Harbour);
        var words = Reconciler.Words(WholeSentence(plain), new Story([plain], EntityResolution.Empty, []));
        words.Should().Equal(plain.Tokens.Where(t => t.Kind == TokenKind.Word).Select(t => t.Span.Of(Harbour)));
        var split = SplitHarbour();
        Reconciler.Words(WholeSentence(split), new Story([split], EntityResolution.Empty, [])).Should().Contain("harb").And.NotContain("harbour");
    }

    [Test]
    public void Analyze_Sentences_GiveTheirFiguresInTextOrder()
    {
        var a = Analyze("The earthquake killed 12 people in the village. Rescuers pulled three survivors from the rubble.");
        a.Quantities.Select(q => (q.Span.Of(a.Report.Text), q.Counted)).Should().Equal(("12", "person"), ("three", "survivor"));
        // a figure is read in its whole sentence: after a name between commas it is an age
        Analyze("Police said Mr Smith, 20, was arrested at the scene.").Quantities.Should().BeEmpty();
    }

    /// <summary>A text layer that finds no figures: the reconciler then has none to compare.</summary>
    private sealed class WithoutFigures(ITextAnalyzer inner) : ITextAnalyzer
    {
        public TextAnalysis Analyze(Report report, CancellationToken cancellationToken = default) =>
            inner.Analyze(report, cancellationToken) with { Quantities = [] };
    }

    [TestCase(false, FactStatus.Conflicting)]
    [TestCase(true, FactStatus.Corroborated)]
    public void Reconcile_Figures_AreTheTextLayers(bool withoutFigures, FactStatus status)
    {
        var services = new ServiceCollection();
        if (withoutFigures) services.AddSingleton<ITextAnalyzer>(new WithoutFigures(new TextAnalyzer(TestLexicon.Shipped)));
        var summit = services.AddSummit().BuildServiceProvider().GetRequiredService<ISummit>();
        var day = new DateOnly(2022, 6, 15);
        var r = summit.Reconcile([
            new ReportInput("r1", "The earthquake killed 12 people in the mountain village on Tuesday.") { Source = "AFP", Published = day },
            new ReportInput("r2", "The earthquake killed 15 people in the mountain village on Tuesday.") { Source = "Reuters", Published = day }]);
        r.Facts.Should().ContainSingle(f => f.Statement && f.ClaimIds.Count == 2).Which.Status.Should().Be(status);
    }

    [Test]
    public void Reconcile_ReportDatedByInference_KeepsItsTextLayer()
    {
        // the engine dates an undated report from its dated sibling; its figures, tokens and mentions must survive that
        var dated = new ReportInput("dated", "The storm killed 12 people in Lima on Monday, officials said.") { Published = new DateOnly(2019, 4, 24) };
        var undated = new ReportInput("undated", "The storm killed 15 people in Lima, the police said on Tuesday.");

        var r = SummitEngine.CreateDefault().Reconcile([dated, undated]);

        var analysis = r.Analyses.Single(a => a.Report.Id == "undated");
        analysis.Report.PublishedInferred.Should().BeTrue("the test needs a report dated by inference");
        analysis.Quantities.Should().Contain(q => q.Text.Contains("15"), "the text layer's figures are kept when the report is dated");
        analysis.Mentions.Should().Contain(m => m.Text == "Lima");
    }
}
