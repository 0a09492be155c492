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

public class GroupCohesionTests
{
    private static readonly DateOnly Day = new(2022, 6, 15);

    // Two reports tell of a fire; report b's one sentence tells of the fire and of an arrest; report c of the arrest
    // alone. Joined one link at a time, the fire and the arrest become one fact through b; on average, c is not
    // like the fire's reports at all.
    private static readonly ReportInput[] Bridged =
    [
        new("a", "Firefighters fought a large warehouse fire in the harbour district of Kingsport on Tuesday night.") { Source = "AP", Published = Day },
        new("a2", "A large fire destroyed a warehouse in the harbour district of Kingsport on Tuesday night, firefighters said.") { Source = "AFP", Published = Day },
        new("b", "Police arrested a security guard at the warehouse after the large fire in the harbour district of Kingsport on Tuesday night.") { Source = "Reuters", Published = Day },
        new("c", "Police arrested a security guard on suspicion of arson.") { Source = "BBC", Published = Day },
    ];

    private static bool OneFactHolds(Reconciliation r, string report1, string report2)
    {
        var claims = r.Claims.ToDictionary(c => c.Id);
        return r.Facts.Any(f => f.ClaimIds.Any(id => claims[id].ReportId == report1) && f.ClaimIds.Any(id => claims[id].ReportId == report2));
    }

    [Test]
    public void Align_WithoutCohesion_BridgingClaimChainsTwoEvents()
    {
        var r = SummitEngine.CreateDefault(o => o.GroupCohesion = 0).Reconcile(Bridged);
        OneFactHolds(r, "a", "c").Should().BeTrue("single links chain the fire and the arrest through b");
    }

    [Test]
    public void Align_DefaultCohesion_BridgingClaimDoesNotChainTwoEvents()
    {
        var r = SummitEngine.CreateDefault().Reconcile(Bridged);
        OneFactHolds(r, "a", "c").Should().BeFalse("the fire and the arrest are two events");
    }

    [Test]
    public void Validate_CohesionOutOfRange_Throws()
    {
        var act = () => SummitEngine.CreateDefault(o => o.GroupCohesion = -0.1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(SummitOptions.GroupCohesion));
    }
}
