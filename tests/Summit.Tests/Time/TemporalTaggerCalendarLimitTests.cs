using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;
using Summit.Time;

namespace Summit.Tests.Time;

/// <summary>Relative times whose arithmetic leaves the calendar (years 1 to 9999) stay unanchored, never wrong and never a crash.</summary>
public class TemporalTaggerCalendarLimitTests
{
    private static TimeExpression Tag(string text, DateOnly published, string expression)
    {
        var report = new ReportReader(TestLexicon.Shipped).Read(new ReportInput("r", text) { Published = published });
        var analysis = new Summit.Text.TextAnalyzer(TestLexicon.Shipped).Analyze(report);
        return new TemporalTagger(TestLexicon.Shipped).Tag(analysis, published).Should().ContainSingle(t => t.Text == expression).Which;
    }

    [TestCase("The settlement was founded 10000 years ago.", "10000 years ago", "XXXX")]
    [TestCase("The settlement was founded 2147483647 days ago.", "2147483647 days ago", "XXXX-XX-XX")]
    [TestCase("The settlement was founded 2147483647 weeks ago.", "2147483647 weeks ago", "XXXX-WXX")]
    [TestCase("The settlement was founded 2147483647 months ago.", "2147483647 months ago", "XXXX-XX")]
    [TestCase("The settlement was founded 300 decades ago.", "300 decades ago", "XXX")]
    public void Tag_AgoBeforeTheFirstYear_IsUnanchored(string text, string expression, string value)
    {
        var t = Tag(text, new DateOnly(2019, 4, 24), expression);
        t.Anchored.Should().BeFalse();
        t.Value.Should().Be(value);
    }

    [TestCase("The plant will close next year.", "next year", "XXXX")]
    [TestCase("The plant will close next month.", "next month", "XXXX-XX")]
    [TestCase("The plant will close next week.", "next week", "XXXX-WXX")]
    [TestCase("The plant will close tomorrow.", "tomorrow", "XXXX-XX-XX")]
    [TestCase("The plant will close next decade.", "next decade", "XXX")]
    [TestCase("The plant will close in January next year.", "January next year", "XXXX-XX")]
    [TestCase("The plant will close next spring.", "next spring", "XXXX-XX")]
    public void Tag_FutureOnTheLastDay_IsUnanchored(string text, string expression, string value)
    {
        var t = Tag(text, DateOnly.MaxValue, expression);
        t.Anchored.Should().BeFalse();
        t.Value.Should().Be(value);
    }

    [TestCase("The plant closed yesterday.", "yesterday", "XXXX-XX-XX")]
    [TestCase("The plant closed last year.", "last year", "XXXX")]
    [TestCase("The plant closed last week.", "last week", "XXXX-WXX")]
    [TestCase("The plant closed on Christmas Day.", "Christmas Day", "XXXX-XX-XX")]
    public void Tag_PastOnTheFirstDay_IsUnanchored(string text, string expression, string value)
    {
        var t = Tag(text, DateOnly.MinValue, expression);
        t.Anchored.Should().BeFalse();
        t.Value.Should().Be(value);
    }

    [TestCase("The plant will close tomorrow.", "tomorrow", "0001-01-02")]
    [TestCase("The plant closed today.", "today", "0001-01-01")]
    public void Tag_InsideTheCalendarOnTheFirstDay_IsResolved(string text, string expression, string value)
    {
        var t = Tag(text, DateOnly.MinValue, expression);
        t.Anchored.Should().BeTrue();
        t.Value.Should().Be(value);
    }

    [Test]
    public void Tag_ChristmasInAPastClauseOnTheLastDay_IsThatYears()
    {
        Tag("The plant closed on Christmas Day.", DateOnly.MaxValue, "Christmas Day").Value.Should().Be("9999-12-25");
    }

    [Test]
    public void Tag_HugeDuration_DoesNotOverflow()
    {
        Tag("The lease runs for 300000000 decades.", new DateOnly(2019, 4, 24), "300000000 decades").Value.Should().Be("P3000000000Y");
    }
}
