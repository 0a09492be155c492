using Summit.Claims;
using Summit.Documents;
using Summit.Entities;
using Summit.Reconciling;
using Summit.Text;
using Summit.Time;

namespace Summit.Tests.Timelines;

/// <summary>Synthetic reports, claims and facts for timeline tests: each claim is one sentence of its report.</summary>
internal static class TimelineFixtures
{
    public static Story Story(params (string Id, DateOnly? Published)[] reports) =>
        new(reports.Select(r => new TextAnalysis(new Report(r.Id, new string('x', 1000), [], [], []) { Source = r.Id.ToUpperInvariant(), Published = r.Published },
            [], [], [], [])).ToArray(), EntityResolution.Empty, []);

    /// <summary>A claim of <paramref name="report"/> in sentence <paramref name="sentence"/>.</summary>
    public static Claim Claim(string report, int sentence) =>
        new($"{report}-c{sentence}", report, new Span(sentence * 10, sentence * 10 + 5), "xxxxx", "say") { Sentence = sentence };

    public static Fact Fact(string id, string? time, Granularity granularity, params Claim[] claims) =>
        new(id, claims.Select(c => c.ReportId).Distinct().Count() > 1 ? FactStatus.Corroborated : FactStatus.Single,
            claims, claims.Select(c => c.ReportId.ToUpperInvariant()).Distinct().ToArray(), "summary of " + id)
        {
            Time = time,
            Granularity = granularity,
        };
}
