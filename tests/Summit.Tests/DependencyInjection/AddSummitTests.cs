using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Summit.Alignment;
using Summit.Claims;
using Summit.Documents;
using Summit.Entities;
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

    private sealed class OneClaimPerReport : IClaimExtractor
    {
        public IReadOnlyList<Claim> Extract(TextAnalysis analysis, EntityResolution entities, IReadOnlyList<TimeExpression> timeExpressions, CancellationToken cancellationToken = default)
        {
            var s = analysis.Sentences[0];
            return [new Claim(analysis.Report.Id + "-only", analysis.Report.Id, s.Span, s.Span.Of(analysis.Report.Text), "state")];
        }
    }
}
