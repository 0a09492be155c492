using System.Text.Json;
using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;
using Summit.Time;

namespace Summit.Tests.Time;

public class TemporalTaggerTests
{
    private static readonly DateOnly Wednesday = new(2019, 4, 24);

    private static IReadOnlyList<TimeExpression> Tag(string text, DateOnly? published = null)
    {
        var report = new ReportReader(TestLexicon.Shipped).Read(new ReportInput("r", text) { Published = published });
        var analysis = new Summit.Text.TextAnalyzer(TestLexicon.Shipped).Analyze(report);
        return new TemporalTagger(TestLexicon.Shipped).Tag(analysis, published);
    }

    public static IEnumerable<TestCaseData> Expressions()
    {
        yield return new TestCaseData("The leaders met on Thursday.", "Thursday", "2019-04-18");
        yield return new TestCaseData("The leaders will meet on Thursday.", "Thursday", "2019-04-25");
        yield return new TestCaseData("Putin was due to arrive on Thursday.", "Thursday", "2019-04-25");
        yield return new TestCaseData("He arrived on Wednesday.", "Wednesday", "2019-04-24");
        // the clause of a time that opens its sentence follows the comma
        yield return new TestCaseData("Until Tuesday, the police had not named a suspect.", "Tuesday", "2019-04-23");
        yield return new TestCaseData("On Friday, the minister will open the bridge.", "Friday", "2019-04-26");
        // a capitalised word is a name, not a past verb; "set" without "to"/"for" is no plan
        yield return new TestCaseData("The father would travel to the United States Thursday.", "Thursday", "2019-04-25");
        yield return new TestCaseData("The court ruled and set Monday as the deadline.", "Monday", "2019-04-22");
        yield return new TestCaseData("The vote is set for Friday.", "Friday", "2019-04-26");
        yield return new TestCaseData("The boy could leave as soon as Saturday.", "Saturday", "2019-04-27");
        // a present verb or "effective" leaves the year to the nearest date; "since" counts from the past;
        // a participle after a determiner is an adjective; "the plan" is no plan to do something
        yield return new TestCaseData("The firm said the reduced dividend is payable May 20.", "May 20", "2019-05-20");
        yield return new TestCaseData("Costs rose under the pact effective June 1.", "June 1", "2019-06-01");
        yield return new TestCaseData("Police have searched for him since the Sept. 3 attack.", "Sept. 3", "2018-09-03");
        yield return new TestCaseData("The company announced the plan Aug. 21.", "Aug. 21", "2018-08-21");
        // a month whose year is told relative to the report's
        yield return new TestCaseData("Talks began in June last year.", "June last year", "2018-06");
        yield return new TestCaseData("The plant opens on March 3 next year.", "March 3 next year", "2020-03-03");
        // "a year earlier" beside quarterly results, told in the sentence before: that quarter a year before
        yield return new TestCaseData("Profit rose 5 percent in the quarter. A year earlier, the company lost money.", "A year earlier", "2018-Q1");
        // holidays and "the weekend" (the report is of Wednesday 24 April 2019)
        yield return new TestCaseData("They met on Christmas Day.", "Christmas Day", "2018-12-25");
        yield return new TestCaseData("They met at Easter.", "Easter", "2019-04-21");
        yield return new TestCaseData("The festival will be held at Halloween.", "Halloween", "2019-10-31");
        yield return new TestCaseData("The parade was held on Thanksgiving Day.", "Thanksgiving Day", "2018-11-22");
        yield return new TestCaseData("They met on New Year's Day.", "New Year's Day", "2019-01-01");
        yield return new TestCaseData("Fighting raged over the weekend.", "the weekend", "2019-W16-WE");
        // a clock time takes the day named right after it
        yield return new TestCaseData("The blast came at 10 p.m. Monday.", "10 p.m. Monday", "2019-04-22T22:00");
        yield return new TestCaseData("The offer expires at 5 p.m. EST, April 30.", "5 p.m. EST, April 30", "2019-04-30T17:00");
        // a clock written the British way, a point between hour and minutes
        yield return new TestCaseData("The blaze broke out at about 8.40pm.", "8.40pm", "2019-04-24T20:40");
        yield return new TestCaseData("A spokesman told a briefing on Tuesday talks will focus on trade.", "Tuesday", "2019-04-23");
        yield return new TestCaseData("The talks collapsed in February.", "February", "2019-02");
        yield return new TestCaseData("The vote is scheduled for June.", "June", "2019-06");
        yield return new TestCaseData("They talked today.", "today", "2019-04-24");
        yield return new TestCaseData("They talked yesterday.", "yesterday", "2019-04-23");
        // a part of a day: the day it is of
        yield return new TestCaseData("She died peacefully this morning.", "this morning", "2019-04-24");
        yield return new TestCaseData("Shots were heard last night.", "last night", "2019-04-23");
        yield return new TestCaseData("The army attacked last week.", "last week", "2019-W16");
        yield return new TestCaseData("Sales fell this month.", "this month", "2019-04");
        yield return new TestCaseData("Sales fell last year.", "last year", "2018");
        yield return new TestCaseData("The bridge was built in 2012.", "2012", "2012");
        yield return new TestCaseData("Funding fell in the 1980s.", "the 1980s", "198");
        yield return new TestCaseData("Since March 2018, he has met Xi four times.", "March 2018", "2018-03");
        yield return new TestCaseData("The deal was signed on March 22, 2013.", "March 22, 2013", "2013-03-22");
        yield return new TestCaseData("The deal was signed on 22 March 2013.", "22 March 2013", "2013-03-22");
        yield return new TestCaseData("The report is dated 2013-03-22.", "2013-03-22", "2013-03-22");
        yield return new TestCaseData("The meeting comes two months after the summit.", "two months", "P2M");
        yield return new TestCaseData("It arrived a few hours after crossing the border.", "a few hours", "PTXH");
        yield return new TestCaseData("The firm was founded three years ago.", "three years ago", "2016");
        yield return new TestCaseData("Profit rose in the third quarter.", "the third quarter", "2018-Q3");
        yield return new TestCaseData("The blast happened at 10 a.m. on Wednesday.", "10 a.m.", "2019-04-24T10:00");
        yield return new TestCaseData("The flu is now spreading.", "now", "PRESENT_REF");
        yield return new TestCaseData("Buses run daily.", "daily", "P1D");
        yield return new TestCaseData("Prices rose last summer.", "last summer", "2018-SU");
    }

    [TestCaseSource(nameof(Expressions))]
    public void Tag_NewsExpression_FindsExtentAndValue(string sentence, string text, string value)
    {
        var found = Tag(sentence, Wednesday);
        found.Should().Contain(t => t.Text == text && t.Value == value,
            $"found: {string.Join(", ", found.Select(t => $"'{t.Text}'={t.Value}"))}");
    }

    [Test]
    public void Tag_NoAnchor_RelativeExpressionsAreUnanchoredNeverResolvedAgainstTheClock()
    {
        var found = Tag("They met on Thursday and will meet again next week.");
        found.Should().NotBeEmpty();
        found.Where(t => t.Text.Contains("Thursday") || t.Text.Contains("week")).Should().OnlyContain(t => !t.Anchored && t.Value.StartsWith("XXXX"));
    }

    [Test]
    public void Tag_MayTheModalAndMarchTheVerb_AreNotMonths()
    {
        Tag("The rebels may march on the capital.", Wednesday).Should().BeEmpty();
    }

    /// <summary>The sample case's gold time expressions, each found with its value (overlapping span, FORMAT.md's rule).</summary>
    [Test]
    public void Tag_SampleCase_EveryGoldTimeExpressionRight()
    {
        using var gold = SampleCase.Gold();
        var inputs = SampleCase.Inputs();
        var result = SampleCase.Result;
        var wrong = new List<string>();
        foreach (var t in gold.RootElement.GetProperty("timeExpressions").EnumerateArray())
        {
            var report = t.GetProperty("report").GetString()!;
            var text = t.GetProperty("text").GetString()!;
            int at = inputs.Single(i => i.Id == report).Text.IndexOf(text, StringComparison.Ordinal);
            var value = t.GetProperty("value").GetString();
            if (!result.TimeExpressions.Any(x => x.ReportId == report && x.Span.Start < at + text.Length && at < x.Span.End && x.Value == value))
                wrong.Add($"{report} '{text}' {value}");
        }
        wrong.Should().BeEmpty();
    }

    [Test]
    public void Reconcile_UndatedReport_DateInferredFromSiblingsAndTenses()
    {
        var reuters = SampleCase.Result.Reports.Single(r => r.Id == "reuters");
        reuters.Published.Should().Be(new DateOnly(2019, 4, 25));
        reuters.PublishedInferred.Should().BeTrue();
    }
}
