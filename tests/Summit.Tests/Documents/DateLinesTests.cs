using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;

namespace Summit.Tests.Documents;

public class DateLinesTests
{
    // line, published date, published time (ISO with offset) or null, update date or null
    private static readonly object?[][] Lines =
    [
        ["Mon 14 Mar 2016 10.15 GMT", "2016-03-14", "2016-03-14T10:15:00+00:00", null],
        ["March 14, 2016 / 10:15 AM / Updated 2 hours ago", "2016-03-14", null, null],
        ["Updated 3:41 PM ET, Tue March 5, 2019", null, null, "2019-03-05"],
        ["Posted: 2016-03-14 10:15 CET", "2016-03-14", "2016-03-14T10:15:00+01:00", null],
        ["Last Modified: Monday, 14 March 2016, 10:15 IST", null, null, "2016-03-14"],
        ["First published on Sun 24 Apr 2019 06.40 BST", "2019-04-24", "2019-04-24T06:40:00+01:00", null],
        ["Published 14/03/2016 - 22:05", "2016-03-14", null, null],
        ["Mar. 14, 2016 at 10:15 p.m. EDT", "2016-03-14", "2016-03-14T22:15:00-04:00", null],
        ["2016-03-14T10:15:00+09:00", "2016-03-14", "2016-03-14T10:15:00+09:00", null],
        ["Published: 9:05 PM PT, 03/10/2019 | Updated: 11 March 2019", "2019-03-10", "2019-03-10T21:05:00-07:00", "2019-03-11"],
        ["24 April 2019, 07:32 KST", "2019-04-24", "2019-04-24T07:32:00+09:00", null],
        ["Wednesday 24th April 2019 12:00 UTC+3", "2019-04-24", "2019-04-24T12:00:00+03:00", null],
        ["Jan 2, 2019 3:00 pm ET", "2019-01-02", "2019-01-02T15:00:00-05:00", null],
        ["10am GMT, March 14, 2016", "2016-03-14", "2016-03-14T10:00:00+00:00", null],
        ["14 March 2016 • 10:15am BST", "2016-03-14", "2016-03-14T10:15:00+01:00", null],
        ["Sat 07.09.2019 - 16:20 CEST", "2019-09-07", "2019-09-07T16:20:00+02:00", null],
    ];

    [TestCaseSource(nameof(Lines))]
    public void TryParse_DateLineStyles_ReadsDateTimeAndZone(string line, string? published, string? time, string? updated)
    {
        DateLines.TryParse(line, out var info).Should().BeTrue();
        info.Published?.ToString("yyyy-MM-dd").Should().Be(published);
        if (published is null) info.Published.Should().BeNull();
        if (time is null) info.PublishedTime.Should().BeNull();
        else info.PublishedTime.Should().Be(DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture));
        if (updated is null) info.Updated.Should().BeNull();
        else info.Updated.Should().Be(DateOnly.Parse(updated, System.Globalization.CultureInfo.InvariantCulture));
    }

    [TestCase("Kim arrived in Vladivostok on April 24, 2019.")]
    [TestCase("The talks will start on Thursday.")]
    [TestCase("March 2019")]
    [TestCase("Island venue")]
    public void TryParse_NotADateLine_IsRejected(string line)
    {
        DateLines.TryParse(line, out _).Should().BeFalse();
    }
}

public class DateLinesRelativeTests
{
    [TestCase("Updated 2 hours ago")]
    [TestCase("Published 35 minutes ago")]
    public void TryParse_RelativeStamp_IsADateLineWithoutADate(string line)
    {
        DateLines.TryParse(line, out var info).Should().BeTrue();
        info.Published.Should().BeNull();
        info.Updated.Should().BeNull();
    }
}

public class DateLinesUnusualInputTests
{
    [Test]
    public void TryParse_GenericUsZoneThenFixedZone_TakesTheFixedOffset()
    {
        // the date line of an ECB+ document: a generic zone ("ET") followed by the fixed one ("EDT")
        DateLines.TryParse("06/06/13 07:05 PM ET EDT", out var info).Should().BeTrue();
        info.Published.Should().Be(new DateOnly(2013, 6, 6));
        info.PublishedTime.Should().Be(new DateTimeOffset(2013, 6, 6, 19, 5, 0, TimeSpan.FromHours(-4)));
    }

    [Test]
    public void Read_WebCopyDatedWithGenericAndFixedZone_IsDated()
    {
        // the shape of the ECB+ document that crashed the reader: headline, date line, body
        var r = new ReportReader(TestLexicon.Shipped).Read(new ReportInput("r", "Film Star Dies At Age 90\n06/06/13 07:05 PM ET EDT\nThe actress died on Thursday at her home, her family said."));
        r.Published.Should().Be(new DateOnly(2013, 6, 6));
        r.PublishedTime.Should().Be(new DateTimeOffset(2013, 6, 6, 19, 5, 0, TimeSpan.FromHours(-4)));
    }

    [Test]
    public void TryParse_FixedZoneThenGenericUsZone_TakesTheFixedOffset()
    {
        DateLines.TryParse("Jan 2, 2019 3:00 pm EST ET", out var info).Should().BeTrue();
        info.PublishedTime.Should().Be(new DateTimeOffset(2019, 1, 2, 15, 0, 0, TimeSpan.FromHours(-5)));
    }

    [Test]
    public void TryParse_NumericDateWithUpperCaseUsZone_IsMonthFirst()
    {
        DateLines.TryParse("05/06/2019 10:00 EDT", out var info).Should().BeTrue();
        info.Published.Should().Be(new DateOnly(2019, 5, 6));
    }

    [TestCase("0000-01-01 10:00 GMT")]
    [TestCase("Published 0000-02-30")]
    [TestCase("2019-04-24 10:99 GMT")]
    [TestCase("2019-04-24 99:10 GMT")]
    [TestCase("Posted 31/02/2019 10:00 ET")]
    public void TryParse_ImpossibleDateOrClock_GivesNoDateAndDoesNotThrow(string line)
    {
        var act = () => DateLines.TryParse(line, out var info) ? info.PublishedTime : null;
        act.Should().NotThrow().Which.Should().BeNull();
    }

    [Test]
    public void TryParse_FirstDayAheadOfUtc_KeepsTheDateWithoutATime()
    {
        // 0001-01-01 00:30 at +01:00 is before the first moment DateTimeOffset holds
        DateLines.TryParse("0001-01-01 00:30 CET", out var info).Should().BeTrue();
        info.Published.Should().Be(DateOnly.MinValue);
        info.PublishedTime.Should().BeNull();
    }

    [Test]
    public void TryParse_LastDayBehindUtc_KeepsTheDateWithoutATime()
    {
        DateLines.TryParse("9999-12-31 23:30 EST", out var info).Should().BeTrue();
        info.Published.Should().Be(DateOnly.MaxValue);
        info.PublishedTime.Should().BeNull();
    }

    [TestCase("Published ٢٠١٩-٠٤-٢٤ ١٠:١٥")]
    [TestCase("Posted ২৪/০৪/২০১৯")]
    public void TryParse_DigitsOfAnotherScript_IsNotADateLineAndDoesNotThrow(string line)
    {
        var act = () => DateLines.TryParse(line, out _);
        act.Should().NotThrow().Which.Should().BeFalse();
    }
}

public class WebHeaderUrlDateTests
{
    [Test]
    public void DateOfUrl_DigitsOfAnotherScript_GivesNoDate()
    {
        WebHeader.DateOfUrl("https://example.com/news/٢٠١٩/٠٤/٢٤/story").Should().BeNull();
    }

    [Test]
    public void DateOfUrl_PathDate_GivesIt()
    {
        WebHeader.DateOfUrl("https://example.com/news/2019/04/24/story").Should().Be(new DateOnly(2019, 4, 24));
    }
}
