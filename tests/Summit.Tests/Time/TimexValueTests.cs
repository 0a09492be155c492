using System.Globalization;
using FluentAssertions;
using NUnit.Framework;
using Summit.Alignment;
using Summit.Documents;
using Summit.Time;

namespace Summit.Tests.Time;

public class TimexValueTests
{
    [TestCase("2019-04-24", "2019-04-24", "2019-04-24", Granularity.Day)]
    [TestCase("2019-04-24T10:30", "2019-04-24", "2019-04-24", Granularity.Day)]
    [TestCase("2019-04-24TMO", "2019-04-24", "2019-04-24", Granularity.Day)]
    [TestCase("2019-02", "2019-02-01", "2019-02-28", Granularity.Month)]
    [TestCase("2020-02", "2020-02-01", "2020-02-29", Granularity.Month)]
    [TestCase("2019-W16", "2019-04-15", "2019-04-21", Granularity.Week)]
    [TestCase("2019-W16-WE", "2019-04-20", "2019-04-21", Granularity.Week)]
    [TestCase("2019-Q1", "2019-01-01", "2019-03-31", Granularity.Season)]
    [TestCase("2019-Q2", "2019-04-01", "2019-06-30", Granularity.Season)]
    [TestCase("2019-SU", "2019-06-01", "2019-08-31", Granularity.Season)]
    [TestCase("2019-WI", "2019-12-01", "2020-02-29", Granularity.Season)]
    [TestCase("2019-H1", "2019-01-01", "2019-06-30", Granularity.Season)]
    [TestCase("2019-H2", "2019-07-01", "2019-12-31", Granularity.Season)]
    [TestCase("2019", "2019-01-01", "2019-12-31", Granularity.Year)]
    [TestCase("198", "1980-01-01", "1989-12-31", Granularity.Decade)]
    [TestCase("19", "1900-01-01", "1999-12-31", Granularity.Century)]
    [TestCase("9999", "9999-01-01", "9999-12-31", Granularity.Year)]
    [TestCase("9999-12-31", "9999-12-31", "9999-12-31", Granularity.Day)]
    [TestCase("999", "9990-01-01", "9999-12-31", Granularity.Decade)]
    [TestCase("0001-01-01", "0001-01-01", "0001-01-01", Granularity.Day)]
    public void Parse_DateValue_CoversItsDays(string value, string first, string last, Granularity granularity)
    {
        var period = TimexValue.Parse(value);

        period.Should().NotBeNull();
        period!.First.Should().Be(Day(first));
        period.Last.Should().Be(Day(last));
        period.Granularity.Should().Be(granularity);
        period.Value.Should().Be(value);
    }

    [TestCase("2019-04-24", PeriodPart.None, PartOfDay.None, null)]
    [TestCase("2019-04-24TMO", PeriodPart.None, PartOfDay.Morning, null)]
    [TestCase("2019-04-24TAF", PeriodPart.None, PartOfDay.Afternoon, null)]
    [TestCase("2019-04-24TEV", PeriodPart.None, PartOfDay.Evening, null)]
    [TestCase("2019-04-21TNI", PeriodPart.None, PartOfDay.Night, null)]
    [TestCase("2019-04-24TDT", PeriodPart.None, PartOfDay.Daytime, null)]
    [TestCase("2019-04-24T10:30", PeriodPart.None, PartOfDay.None, "10:30")]
    [TestCase("2019-04-24T09", PeriodPart.None, PartOfDay.None, "09:00")]
    [TestCase("2019-04-24T25:00", PeriodPart.None, PartOfDay.None, null)]
    [TestCase("2019-W16", PeriodPart.None, PartOfDay.None, null)]
    [TestCase("2019-W16-WE", PeriodPart.Weekend, PartOfDay.None, null)]
    [TestCase("2019-Q3", PeriodPart.Quarter, PartOfDay.None, null)]
    [TestCase("2019-H2", PeriodPart.Half, PartOfDay.None, null)]
    [TestCase("2019-SP", PeriodPart.Spring, PartOfDay.None, null)]
    [TestCase("2019-SU", PeriodPart.Summer, PartOfDay.None, null)]
    [TestCase("2019-FA", PeriodPart.Autumn, PartOfDay.None, null)]
    [TestCase("2019-AU", PeriodPart.Autumn, PartOfDay.None, null)]
    [TestCase("2019-WI", PeriodPart.Winter, PartOfDay.None, null)]
    [TestCase("2019-04", PeriodPart.None, PartOfDay.None, null)]
    public void Parse_DateValue_ReadsWhichPartItNames(string value, PeriodPart part, PartOfDay partOfDay, string? clock)
    {
        var period = TimexValue.Parse(value)!;

        period.Part.Should().Be(part);
        period.PartOfDay.Should().Be(partOfDay);
        period.Clock.Should().Be(clock is null ? null : TimeOnly.Parse(clock, CultureInfo.InvariantCulture));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("PRESENT_REF")]
    [TestCase("XXXX-04-24")]
    [TestCase("P2M")]
    [TestCase("0000")]
    [TestCase("2019-W60")]
    [TestCase("9999-WI")]
    public void Parse_NotACalendarPeriod_IsNull(string? value)
    {
        TimexValue.Parse(value).Should().BeNull();
    }

    [TestCase("2019-Q1", "2019-02-10", true)]
    [TestCase("2019-Q1", "2019-04-01", false)]
    [TestCase("2019-H1", "2019-03", true)]
    [TestCase("2019-SU", "2019-07-14", true)]
    [TestCase("2019-SU", "2019-09-01", false)]
    [TestCase("2019-W16-WE", "2019-04-20", true)]
    [TestCase("2019-W16-WE", "2019-04-19", false)]
    [TestCase("2019-WI", "2020-01", true)]
    [TestCase("198", "1989-12-31", true)]
    public void Overlaps_TwoPeriods_SharesADayOrNot(string a, string b, bool expected)
    {
        TimexValue.Parse(a)!.Overlaps(TimexValue.Parse(b)!).Should().Be(expected);
        TimexValue.Parse(b)!.Overlaps(TimexValue.Parse(a)!).Should().Be(expected);
    }

    // The aligner once read a quarter, a season or a half as its first month and a weekend as its Saturday,
    // so "in the first quarter" and "on 10 February 2019" were judged two different times.
    [TestCase("2019-Q1", "2019-02-10", true)]
    [TestCase("2019-SU", "2019-07-14", true)]
    [TestCase("2019-H1", "2019-05", true)]
    [TestCase("2019-W16-WE", "2019-04-21", true)]
    [TestCase("2019-Q1", "2019-05-10", false)]
    public void Compatible_PeriodAndDayWithin_AgreesWithTheCalendar(string a, string b, bool expected)
    {
        ClaimAligner.Compatible(Time("a", a), Time("b", b)).Should().Be(expected);
    }

    private static TimeExpression Time(string report, string value) =>
        new(report, new Span(0, 4), "then", TimeType.Date, value, Granularity.None);

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);
}
