using FluentAssertions;
using NUnit.Framework;
using Summit.Claims;
using Summit.Documents;

namespace Summit.Tests;

public class SummitEngineTests
{
    [Test]
    public void Reconcile_NoReports_ThrowsSummitException()
    {
        var act = () => SummitEngine.CreateDefault().Reconcile([]);
        act.Should().Throw<SummitException>().WithMessage("No reports*");
    }

    [Test]
    public void Reconcile_DuplicateIds_ThrowsSummitExceptionNamingTheId()
    {
        var act = () => SummitEngine.CreateDefault().Reconcile([new ReportInput("a", "One sentence here."), new ReportInput("a", "Another one.")]);
        act.Should().Throw<SummitException>().Which.ReportId.Should().Be("a");
    }

    [Test]
    public void Reconcile_WhitespaceOnlyReport_ThrowsSummitException()
    {
        var act = () => SummitEngine.CreateDefault().Reconcile([new ReportInput("a", "  \n ")]);
        act.Should().Throw<SummitException>().WithMessage("*empty*");
    }

    [Test]
    public void Reconcile_BinaryReportAmongOthers_ThrowsSummitExceptionNotAggregate()
    {
        var binary = new string(Enumerable.Range(0, 200).Select(i => (char)(i % 8)).ToArray());
        var act = () => SummitEngine.CreateDefault().Reconcile([new ReportInput("a", "The plant reopened on Monday."), new ReportInput("b", binary),
            new ReportInput("c", "The plant stayed shut.")]);
        act.Should().Throw<SummitException>().Which.ReportId.Should().Be("b");
    }

    [Test]
    public void Reconcile_NonEnglishReport_DiagnosticNotACrash()
    {
        const string french = "Le président français a rencontré hier le chancelier allemand à Berlin pour discuter de la crise. "
                              + "Les deux dirigeants ont annoncé un accord sur l'énergie et promis de se revoir au printemps à Paris, "
                              + "selon un communiqué publié par la présidence dans la soirée.";
        var r = SummitEngine.CreateDefault().Reconcile([new ReportInput("fr", french),
            new ReportInput("en", "Police arrest three men over concert plot in Marseille")]);
        r.Diagnostics.Should().Contain(d => d.Code == "SUM004" && d.ReportId == "fr");
        r.Diagnostics.Should().NotContain(d => d.Code == "SUM004" && d.ReportId == "en", "a headline alone is no sign of another language");
    }

    [Test]
    public void Reconcile_OnlyPunctuation_NoSentenceDiagnostic()
    {
        var r = SummitEngine.CreateDefault().Reconcile([new ReportInput("p", "...\n\n—\n")]);
        r.Diagnostics.Should().Contain(d => d.Code == "SUM001" && d.ReportId == "p");
        r.Claims.Should().BeEmpty();
    }

    [TestCase("“Unclosed quote starts here and never ends. It goes on. And on")]
    [TestCase("he said he said he said, he said that, told told told. “” ” “ , , ; — — the the the.")]
    [TestCase("Kim told a briefing on Tuesday, told. Said: said. The. A. I.")]
    public void Reconcile_MalformedText_NoCrash(string text)
    {
        var act = () => SummitEngine.CreateDefault().Reconcile([new ReportInput("m", text) { Published = new DateOnly(2020, 1, 1) }]);
        act.Should().NotThrow();
    }

    private static readonly string[] Soup = ("the a talks collapsed in February Kim said told reporters on Monday that it will be due to arrive “ ” \" ' , . ; : — - ( ) "
        + "3.5 $ £ 12 million at least about since March 2018 last week today yesterday he his she her President Putin Moscow Pyongyang Hanoi "
        + "Vietnam who which where and but while after before because according to analysts say expected plans hopes likely unlikely denies not "
        + "never a.m. p.m. 10 Jan. U.S. Mr. Lt. Gen. … ? ! \n \n\n date 2019-04-24 VLADIVOSTOK, Russia: (Reuters) AFP — Reuters 2019-04-24 The "
        + "1980s two months after a few hours").Split(' ');

    /// <summary>Word soup of news tokens in every order (seeded): the flow finishes and renders, whatever the text.</summary>
    [TestCase(10)]
    [TestCase(19)]
    [TestCase(278)]
    [TestCaseSource(nameof(Seeds))]
    public void Reconcile_WordSoup_NeverCrashes(int seed)
    {
        var random = new Random(seed);
        var reports = Enumerable.Range(0, 3).Select(k => new ReportInput("r" + k,
                string.Join(" ", Enumerable.Range(0, random.Next(5, 400)).Select(_ => Soup[random.Next(Soup.Length)]))) { Published = k == 0 ? new DateOnly(2019, 4, 24) : null })
            .ToArray();
        var act = () =>
        {
            try { Summit.Rendering.JsonRenderer.Render(SummitEngine.CreateDefault().Reconcile(reports)); }
            catch (SummitException) { } // unreadable input is a typed refusal, not a crash
        };
        act.Should().NotThrow();
    }

    private static IEnumerable<int> Seeds() => Enumerable.Range(1000, 20);

    [Test]
    public void Reconcile_TooLongReport_ThrowsSummitException()
    {
        var act = () => SummitEngine.CreateDefault(o => o.MaxReportLength = 100).Reconcile([new ReportInput("a", new string('x', 101))]);
        act.Should().Throw<SummitException>().WithMessage("*MaxReportLength*");
    }

    [Test]
    public void Reconcile_Cancelled_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => SummitEngine.CreateDefault().Reconcile(SampleCase.Inputs(), cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }

    [Test]
    public void Reconcile_UndatedReportWithoutSiblings_RecordsADiagnosticAndKeepsTheReport()
    {
        var result = SummitEngine.CreateDefault().Reconcile([new ReportInput("a", "The minister resigned on Tuesday, officials said.")]);
        result.Reports.Should().ContainSingle().Which.Published.Should().BeNull();
        result.Diagnostics.Should().Contain(d => d.Code == "SUM002" && d.ReportId == "a");
        result.TimeExpressions.Should().ContainSingle().Which.Anchored.Should().BeFalse("no clock is ever read");
    }

    [Test]
    public void Reconcile_Sample_EveryClaimIsInAFactAndEveryFactOnTheTimeline()
    {
        var r = SampleCase.Result;
        r.Facts.SelectMany(f => f.ClaimIds).Should().BeEquivalentTo(r.Claims.Select(c => c.Id));
        // every fact a clause states is on the timeline; facts of further events only are not (their clauses tell them)
        r.Timeline.Entries.Select(e => e.FactId).Should().BeEquivalentTo(r.Facts.Where(f => f.Statement).Select(f => f.Id));
        r.Facts.Where(f => !f.Statement).Should().NotBeEmpty().And.OnlyContain(f => f.Claims.All(c => c.Kind != ClaimKind.Clause));
    }

    [Test]
    public void Reconcile_Sample_FactsHoldTheClaimObjectsTheyName()
    {
        var r = SampleCase.Result;
        var claims = r.Claims.ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var f in r.Facts)
        {
            f.Claims.Should().OnlyContain(c => claims.Contains(c), "a fact holds the reconciliation's own claims, not copies");
            f.ClaimIds.Should().Equal(f.Claims.Select(c => c.Id));
        }
    }
}
