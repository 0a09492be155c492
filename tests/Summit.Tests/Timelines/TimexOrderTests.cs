using FluentAssertions;
using NUnit.Framework;
using Summit.Timelines;

namespace Summit.Tests.Timelines;

public class TimexOrderTests
{
    [TestCase("2019-04-24", "2019-04-24", "2019-04-25")]
    [TestCase("2019-04-24T10:30", "2019-04-24", "2019-04-25")]
    [TestCase("2019-04-24TMO", "2019-04-24", "2019-04-25")]
    [TestCase("2019-02", "2019-02-01", "2019-03-01")]
    [TestCase("2019-W16", "2019-04-15", "2019-04-22")]
    [TestCase("2019-W16-WE", "2019-04-20", "2019-04-22")]
    [TestCase("2019-Q2", "2019-04-01", "2019-07-01")]
    [TestCase("2019-SU", "2019-06-01", "2019-09-01")]
    [TestCase("2019", "2019-01-01", "2020-01-01")]
    [TestCase("198", "1980-01-01", "1990-01-01")]
    [TestCase("19", "1900-01-01", "2000-01-01")]
    public void Period_DateValue_CoversItsDays(string value, string start, string end)
    {
        TimexOrder.Period(value).Should().Be((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("")]
    [TestCase("PRESENT_REF")]
    [TestCase("XXXX-04-24")]
    [TestCase("P2M")]
    [TestCase("0000")]
    [TestCase("2019-W60")]
    public void Period_NotADate_IsNull(string value)
    {
        TimexOrder.Period(value).Should().BeNull();
    }
}
