using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Summit.Alignment;
using Summit.Claims;
using Summit.Documents;
using Summit.Entities;
using Summit.Lexical;
using Summit.Reconciling;
using Summit.Rendering;
using Summit.Text;
using Summit.Time;
using Summit.Timelines;

namespace Summit.Tests.DependencyInjection;

public class AddSummitTests
{
    [Test]
    public void AddSummit_Default_RegistersEveryStageAndTheEngine()
    {
        using var sp = new ServiceCollection().AddSummit().BuildServiceProvider();
        sp.GetService<IReportReader>().Should().NotBeNull();
        sp.GetService<ITextAnalyzer>().Should().NotBeNull();
        sp.GetService<IEntityResolver>().Should().NotBeNull();
        sp.GetService<ITemporalTagger>().Should().NotBeNull();
        sp.GetService<IPublicationDateInferrer>().Should().NotBeNull();
        sp.GetService<IClaimExtractor>().Should().NotBeNull();
        sp.GetService<IClaimAligner>().Should().NotBeNull();
        sp.GetService<IReconciler>().Should().NotBeNull();
        sp.GetService<ITimelineBuilder>().Should().NotBeNull();
        sp.GetServices<IReconciliationRenderer>().Select(r => r.Format).Should().BeEquivalentTo(["json", "text", "markdown", "html"]);
        sp.GetRequiredService<ISummit>().Should().BeOfType<SummitEngine>();
    }

    [Test]
    public void AddSummit_UserStageRegisteredFirst_ReplacesTheDefault()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClaimExtractor, OneClaimPerReport>();
        services.AddSummit();
        using var sp = services.BuildServiceProvider();

        sp.GetRequiredService<IClaimExtractor>().Should().BeOfType<OneClaimPerReport>();
        var result = sp.GetRequiredService<ISummit>().Reconcile(SampleCase.Inputs());
        result.Claims.Should().HaveCount(2).And.OnlyContain(c => c.Predicate == "state");
    }

    [Test]
    public void AddSummit_Options_AreAppliedAndValidated()
    {
        using var sp = new ServiceCollection().AddSummit(o => o.AlignmentThreshold = 0.7).BuildServiceProvider();
        sp.GetRequiredService<SummitOptions>().AlignmentThreshold.Should().Be(0.7);

        var act = () => new ServiceCollection().AddSummit(o => o.AlignmentThreshold = 1.5);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(SummitOptions.AlignmentThreshold));
    }

    [Test]
    public void AddSummit_GazetteerRegisteredFirst_EveryStageReadsIt()
    {
        // a made-up country under another name: only this gazetteer knows that "Novaya Zembla" is Zembla
        var gazetteer = new Gazetteer([new Place("Zembla", PlaceKind.Country, "ZZ", "Zembla", 0), new Place("Novaya Zembla", PlaceKind.Country, "ZZ", "Zembla", 0)]);
        var input = new ReportInput("z", "Novaya Zembla announced new elections on Monday.") { Published = new DateOnly(2020, 3, 4) };

        var services = new ServiceCollection();
        services.AddSingleton(gazetteer);
        services.AddSummit();
        using var sp = services.BuildServiceProvider();
        sp.GetRequiredService<LexicalResources>().Gazetteer.Should().BeSameAs(gazetteer);
        var entities = sp.GetRequiredService<ISummit>().Reconcile([input]).Entities.Entities;
        entities.Should().ContainSingle(e => e.Name == "Zembla" && e.Type == EntityType.Place, "the text analyser types the name as a place, the resolver names its country");

        var shipped = SummitEngine.CreateDefault().Reconcile([input]).Entities.Entities;
        shipped.Should().NotContain(e => e.Name == "Zembla", "the shipped gazetteer does not know it");
    }

    [Test]
    public void AddSummit_OutletsRegisteredFirst_TheReaderNamesOutletsByThem()
    {
        var outlets = new Outlets([new Outlet("theguardian.com", "The Fairview Guardian", "gb", OutletKind.Newspaper, null)]);
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "Summit.Tests", "Documents", "Fixtures", "web-copy.txt"));

        var services = new ServiceCollection();
        services.AddSingleton<IOutletDirectory>(outlets);
        services.AddSummit();
        using var sp = services.BuildServiceProvider();
        sp.GetRequiredService<IReportReader>().Read(new ReportInput("w", text)).Source.Should().Be("The Fairview Guardian");

        using var shipped = new ServiceCollection().AddSummit().BuildServiceProvider();
        shipped.GetRequiredService<IReportReader>().Read(new ReportInput("w", text)).Source.Should().Be("The Guardian");
    }

    [Test]
    public void CreateDefault_Options_AreTheOnesAddSummitValidates()
    {
        var act = () => SummitEngine.CreateDefault(o => o.Quantities.Tolerance = 2m);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(Summit.Quantities.QuantityOptions.Tolerance));
    }

    [Test]
    public void Reconcile_ExtractorFailsOnOneReport_KeepsTheStoryAndSaysSo()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClaimExtractor, FailsOnReportB>();
        services.AddSummit();
        var engine = services.BuildServiceProvider().GetRequiredService<ISummit>();
        var result = engine.Reconcile([new ReportInput("a", "Rebels seized the airport on Monday."), new ReportInput("b", "Rebels took the airport.")]);
        result.Reports.Select(r => r.Id).Should().Equal("a", "b");
        result.Claims.Should().OnlyContain(c => c.ReportId == "a").And.NotBeEmpty();
        var d = result.Diagnostics.Should().ContainSingle(x => x.Code == "SUM006").Subject;
        d.ReportId.Should().Be("b");
        d.Severity.Should().Be(DiagnosticSeverity.Warning);
        d.Message.Should().Contain("IndexOutOfRangeException");
    }

    private sealed class FailsOnReportB : IClaimExtractor
    {
        private readonly IClaimExtractor _inner = new ClaimExtractor(new LexicalResources());

        public IReadOnlyList<Claim> Extract(TextAnalysis analysis, EntityResolution entities, IReadOnlyList<TimeExpression> timeExpressions, CancellationToken cancellationToken = default) =>
            analysis.Report.Id == "b" ? throw new IndexOutOfRangeException("a defect") : _inner.Extract(analysis, entities, timeExpressions, cancellationToken);
    }

    private sealed class OneClaimPerReport : IClaimExtractor
    {
        public IReadOnlyList<Claim> Extract(TextAnalysis analysis, EntityResolution entities, IReadOnlyList<TimeExpression> timeExpressions, CancellationToken cancellationToken = default)
        {
            var s = analysis.Sentences[0];
            return [new Claim(analysis.Report.Id + "-only", analysis.Report.Id, s.Span, s.Span.Of(analysis.Report.Text), "state")];
        }
    }
}
