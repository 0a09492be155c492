using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;

namespace Summit.Tests.Alignment;

public class ClaimGroupingTests
{
    [Test]
    public void Align_LookAlikeSentencesOfOneReport_NoFactHoldsMoreThanThreeOfThem()
    {
        // Five sentences of one market report look like the other report's one sentence; joined freely they
        // would chain into one fact that the first report states five times.
        var market = string.Join(" ",
            "Shares of the regional bank rose sharply on Tuesday after the quarterly results.",
            "Shares of the insurance group rose sharply on Tuesday after the quarterly results.",
            "Shares of the mining company rose sharply on Tuesday after the quarterly results.",
            "Shares of the steel maker rose sharply on Tuesday after the quarterly results.",
            "Shares of the car maker rose sharply on Tuesday after the quarterly results.");
        var r = SummitEngine.CreateDefault().Reconcile(
        [
            new ReportInput("a", market) { Source = "AP", Published = new DateOnly(2022, 6, 15) },
            new ReportInput("b", "Shares of the regional bank rose sharply on Tuesday after its quarterly results.") { Source = "Reuters", Published = new DateOnly(2022, 6, 15) },
        ]);
        var claims = r.Claims.ToDictionary(c => c.Id);
        r.Facts.Should().Contain(f => f.ClaimIds.Any(id => claims[id].ReportId == "a") && f.ClaimIds.Any(id => claims[id].ReportId == "b"), "the two reports do share one fact");
        foreach (var fact in r.Facts)
            fact.ClaimIds.Select(id => claims[id]).Where(c => c.ReportId == "a").Select(c => c.Sentence).Distinct().Count()
                .Should().BeLessThanOrEqualTo(3, $"fact {fact.Id} ({fact.Summary})");
    }
}
