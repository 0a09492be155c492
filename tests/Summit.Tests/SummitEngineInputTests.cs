using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;

namespace Summit.Tests;

/// <summary>Input that cannot hurt (issue 18): limits, media types, languages and dates at the calendar's ends.</summary>
public class SummitEngineInputTests
{
    private const string Article = "<p>The plant will close next year, the company said on Friday.</p><p>About 300 workers will lose their jobs, a union official said.</p>";

    private static ReportInput Page(string id, string html) => new(id, html) { MediaType = "text/html" };

    [Test]
    public void Reconcile_PageLongerThanTheTextLimitWithAShortArticle_IsRead()
    {
        var html = "<html><head><script>" + new string('x', 50_000) + "</script></head><body><article>" + Article + "</article></body></html>";
        var r = SummitEngine.CreateDefault(o => o.MaxReportLength = 10_000).Reconcile([Page("p", html)]);
        r.Reports.Should().ContainSingle().Which.Text.Length.Should().BeLessThan(10_000);
        r.Claims.Should().NotBeEmpty();
    }

    [Test]
    public void Reconcile_PageWhoseArticleIsLongerThanTheTextLimit_ThrowsSummitException()
    {
        var html = "<html><body><article>" + string.Concat(Enumerable.Repeat(Article, 100)) + "</article></body></html>";
        var act = () => SummitEngine.CreateDefault(o => o.MaxReportLength = 5_000).Reconcile([Page("p", html)]);
        act.Should().Throw<SummitException>().WithMessage("*characters of text*MaxReportLength*").Which.ReportId.Should().Be("p");
    }

    [Test]
    public void Reconcile_PageLongerThanTheHtmlLimit_ThrowsSummitException()
    {
        var html = "<html><body><article>" + Article + "</article>" + new string(' ', 2_000) + "</body></html>";
        var act = () => SummitEngine.CreateDefault(o => o.MaxHtmlLength = 1_000).Reconcile([Page("p", html)]);
        act.Should().Throw<SummitException>().WithMessage("*MaxHtmlLength*").Which.ReportId.Should().Be("p");
    }

    [Test]
    public void Validate_HtmlLimitBelowOne_Throws()
    {
        var act = () => SummitEngine.CreateDefault(o => o.MaxHtmlLength = 0);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxHtmlLength");
    }

    [Test]
    public void ReportInput_NullMediaType_ThrowsArgumentNullException()
    {
        var act = () => new ReportInput("r", "The plant will close.") { MediaType = null! };
        act.Should().Throw<ArgumentNullException>().WithParameterName("MediaType");
    }

    [Test]
    public void ReportInput_NullMediaTypeThroughWith_ThrowsArgumentNullException()
    {
        var input = new ReportInput("r", "The plant will close.");
        var act = () => input with { MediaType = null! };
        act.Should().Throw<ArgumentNullException>();
    }

    // Short news paragraphs in other scripts (written for these tests), each well over the letters needed.
    private static readonly object[] Foreign =
    [
        new object[] { "zh", "市政府周五宣布，这座工厂将于明年关闭，约三百名工人将失去工作。工会代表表示，他们将在下周与管理层会面，讨论补偿方案。" },
        new object[] { "ja", "市は金曜日、工場を来年閉鎖すると発表した。約三百人の労働者が職を失う見込みで、労働組合は来週、経営陣と補償について協議する。" },
        new object[] { "ar", "أعلنت الحكومة يوم الجمعة أن المصنع سيغلق العام المقبل، وسيفقد نحو ثلاثمئة عامل وظائفهم. وقال ممثل النقابة إنهم سيلتقون بالإدارة الأسبوع المقبل." },
        new object[] { "ru", "Власти города объявили в пятницу, что завод закроется в следующем году. Около трёхсот рабочих потеряют работу, сообщил представитель профсоюза." },
        new object[] { "el", "Η κυβέρνηση ανακοίνωσε την Παρασκευή ότι το εργοστάσιο θα κλείσει τον επόμενο χρόνο. Περίπου τριακόσιοι εργαζόμενοι θα χάσουν τη δουλειά τους." },
        new object[] { "hi", "सरकार ने शुक्रवार को घोषणा की कि कारखाना अगले साल बंद हो जाएगा। लगभग तीन सौ मजदूरों की नौकरी चली जाएगी, यूनियन के एक प्रतिनिधि ने कहा।" },
        new object[] { "ko", "시 당국은 금요일 공장이 내년에 문을 닫는다고 발표했다. 약 삼백 명의 노동자가 일자리를 잃게 되며 노조는 다음 주 경영진과 만날 예정이다." },
    ];

    [TestCaseSource(nameof(Foreign))]
    public void Reconcile_ReportInAnotherScript_GetsTheLanguageDiagnostic(string language, string text)
    {
        var r = SummitEngine.CreateDefault().Reconcile([new ReportInput(language, text) { Published = new DateOnly(2020, 3, 6) }]);
        r.Diagnostics.Should().Contain(d => d.Code == "SUM004" && d.ReportId == language);
    }

    [Test]
    public void Reconcile_EnglishReportQuotingNamesInOtherScripts_GetsNoLanguageDiagnostic()
    {
        const string text = "The plant in Shenzhen (深圳) will close next year, the company said on Friday. About 300 workers will lose their jobs, "
                            + "a union official said. The mayor of Thessaloniki (Θεσσαλονίκη) and the governor of Kazan (Казань) were told on Thursday.";
        var r = SummitEngine.CreateDefault().Reconcile([new ReportInput("en", text) { Published = new DateOnly(2020, 3, 6) }]);
        r.Diagnostics.Should().NotContain(d => d.Code == "SUM004");
    }

    [Test]
    public void Reconcile_ShortHeadlineInAnotherScript_GetsNoLanguageDiagnostic()
    {
        // too few letters to tell: a name or a short title
        var r = SummitEngine.CreateDefault().Reconcile([new ReportInput("zh", "工厂关闭") { Published = new DateOnly(2020, 3, 6) }]);
        r.Diagnostics.Should().NotContain(d => d.Code == "SUM004");
    }

    private const string Relative = "The plant will close next year, the company said yesterday. It opened 10000 years ago, in the 1990s, and was sold last month. "
                                    + "Workers will meet tomorrow, next week and on Christmas Day; they met last Friday, over the weekend and in the third quarter. "
                                    + "Profit fell from a year ago. A decade ago, and next century, talks will resume next month and next spring.";

    public static IEnumerable<TestCaseData> CalendarEnds()
    {
        yield return new TestCaseData(new ReportInput("r", "date 9999-12-31\n\n" + Relative)).SetName("Reconcile_DateHeaderOnTheLastDay_NoCrash");
        yield return new TestCaseData(new ReportInput("r", "date 0001-01-01\n\n" + Relative)).SetName("Reconcile_DateHeaderOnTheFirstDay_NoCrash");
        yield return new TestCaseData(new ReportInput("r", Relative) { Published = DateOnly.MinValue }).SetName("Reconcile_PublishedOnTheFirstDayThroughTheApi_NoCrash");
        yield return new TestCaseData(new ReportInput("r", Relative) { Published = DateOnly.MaxValue }).SetName("Reconcile_PublishedOnTheLastDayThroughTheApi_NoCrash");
        yield return new TestCaseData(Page("r", "<html><head><meta property=\"og:published_time\" content=\"0001-01-01T00:00:00+05:00\"></head><body><p>" + Relative + "</p></body></html>"))
            .SetName("Reconcile_OgPublishedTimeOnTheFirstDayAheadOfUtc_NoCrash");
        yield return new TestCaseData(Page("r", "<html><head><meta property=\"og:published_time\" content=\"9999-12-31T23:00:00-05:00\"></head><body><p>" + Relative + "</p></body></html>"))
            .SetName("Reconcile_OgPublishedTimeOnTheLastDayBehindUtc_NoCrash");
        yield return new TestCaseData(Page("r", "<html><head><meta property=\"og:published_time\" content=\"0001-01-01\"></head><body><p>" + Relative + "</p></body></html>"))
            .SetName("Reconcile_OgPublishedDateOnTheFirstDay_NoCrash");
        yield return new TestCaseData(new ReportInput("r", "Published 9999-12-31 23:30 EST\n\n" + Relative)).SetName("Reconcile_DateLineOnTheLastDayBehindUtc_NoCrash");
    }

    [TestCaseSource(nameof(CalendarEnds))]
    public void Reconcile_CalendarEnds(ReportInput input)
    {
        var sibling = new ReportInput("s", "The plant will close next year, the company said on Friday.");
        var r = SummitEngine.CreateDefault().Reconcile([input, sibling]);
        r.TimeExpressions.Should().NotBeEmpty();
        r.TimeExpressions.Should().OnlyContain(t => !t.Value.StartsWith('-') && !t.Value.StartsWith("10000", StringComparison.Ordinal));
        foreach (var renderer in new Summit.Rendering.IReconciliationRenderer[] { new Summit.Rendering.JsonRenderer(), new Summit.Rendering.TextRenderer(), new Summit.Rendering.MarkdownRenderer(), new Summit.Rendering.HtmlRenderer() })
            renderer.Render(r, new StringWriter());
    }

    [Test]
    public void Reconcile_TenThousandYearsAgo_IsUnresolvedWithADiagnostic()
    {
        var r = SummitEngine.CreateDefault().Reconcile([new ReportInput("r", "The settlement was founded 10000 years ago, archaeologists said on Friday.") { Published = new DateOnly(2019, 4, 24) }]);
        var t = r.TimeExpressions.Should().ContainSingle(x => x.Text == "10000 years ago").Which;
        t.Anchored.Should().BeFalse();
        t.Value.Should().Be("XXXX");
        r.Diagnostics.Should().Contain(d => d.Code == "SUM005" && d.ReportId == "r" && d.Message.Contains("10000 years ago"));
    }

    [Test]
    public void Reconcile_NextYearOnTheLastDay_IsUnresolvedWithADiagnostic()
    {
        var r = SummitEngine.CreateDefault().Reconcile([new ReportInput("r", "The plant will close next year, the company said.") { Published = new DateOnly(9999, 6, 1) }]);
        r.TimeExpressions.Should().ContainSingle(x => x.Text == "next year").Which.Anchored.Should().BeFalse();
        r.Diagnostics.Should().Contain(d => d.Code == "SUM005");
    }

    [Test]
    public void Reconcile_UndatedReportBesideOneDatedOnTheFirstDay_IsDatedWithinTheCalendar()
    {
        var r = SummitEngine.CreateDefault().Reconcile([
            new ReportInput("a", "The plant closed on Monday, the company said.") { Published = DateOnly.MinValue },
            new ReportInput("b", "The plant closed on Monday, workers said yesterday.")]);
        r.Reports.Single(x => x.Id == "b").Published.Should().NotBeNull();
    }
}

public class CalendarEndRegressionTests
{
    // Found by InputFuzzTests: a year-9999 value made the aligner add a year past the calendar's end.
    [Test]
    public void Compatible_ValuesInTheLastYear_DoesNotThrow()
    {
        var a = new Summit.Time.TimeExpression("a", new Span(0, 4), "9999", Summit.Time.TimeType.Date, "9999", Summit.Time.Granularity.Year);
        var b = new Summit.Time.TimeExpression("b", new Span(0, 8), "May 9999", Summit.Time.TimeType.Date, "9999-05", Summit.Time.Granularity.Month);
        var act = () => Summit.Alignment.ClaimAligner.Compatible(a, b);
        act.Should().NotThrow().Which.Should().BeTrue();
    }

    // Found by InputFuzzTests: the timeline's story window began before the calendar's first day.
    [Test]
    public void Reconcile_ReportsPublishedOnTheFirstDay_BuildsTheTimeline()
    {
        var r = SummitEngine.CreateDefault().Reconcile([
            new ReportInput("a", "The plant closed on Monday, the company said.") { Published = DateOnly.MinValue },
            new ReportInput("b", "The plant closed on Monday, workers said.") { Published = DateOnly.MinValue }]);
        r.Timeline.Should().NotBeNull();
        r.Facts.Should().NotBeEmpty();
    }
}
