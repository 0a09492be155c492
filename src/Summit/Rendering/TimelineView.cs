using System.Globalization;
using Humanizer;
using Summit.Claims;
using Summit.Reconciling;
using Summit.Time;

namespace Summit.Rendering;

/// <summary>What a person reads of one timeline entry: shared by the text, Markdown and HTML renderers.</summary>
internal sealed record EntryView(int Order, string When, bool Background, Fact Fact, string Attribution, IReadOnlyList<(string Source, Claim Claim)> Citations);

/// <summary>Builds the person-facing view of a reconciliation's timeline.</summary>
internal static class TimelineView
{
    public static IReadOnlyList<EntryView> Build(Reconciliation r)
    {
        var facts = r.Facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var claims = r.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var sources = r.Reports.ToDictionary(x => x.Id, x => x.Source ?? x.Id, StringComparer.Ordinal);
        return r.Timeline.Entries.Select(e =>
        {
            var fact = facts[e.FactId];
            var citations = fact.ClaimIds.Select(id => claims[id]).Select(c => (sources[c.ReportId], c)).ToArray();
            return new EntryView(e.Order, When(e.Time, e.Granularity), e.Background, fact, Attribution(fact), citations);
        }).ToArray();
    }

    /// <summary>"Reported by AFP and Reuters", "Only Reuters", "Reuters and AFP disagree".</summary>
    public static string Attribution(Fact fact) => fact.Status switch
    {
        FactStatus.Single => $"Only {fact.Sources.Humanize()}",
        FactStatus.Conflicting => $"{fact.Sources.Humanize()} disagree",
        _ => $"Reported by {fact.Sources.Humanize()} ({fact.Sources.Count} {"source".ToQuantity(fact.Sources.Count, ShowQuantityAs.None)} agree)",
    };

    /// <summary>A TIMEX value in words: "Wednesday, 24 April 2019", "February 2019", "the 1980s", "week 16 of 2019".</summary>
    public static string When(string? value, Granularity granularity)
    {
        if (value is null) return "Undated";
        var start = Timelines.TimexOrder.Start(value);
        if (start is not { } d) return value;
        var c = CultureInfo.InvariantCulture;
        return granularity switch
        {
            Granularity.Day => d.ToString("dddd, d MMMM yyyy", c),
            Granularity.Week => $"the week of {d.ToString("d MMMM yyyy", c)}",
            Granularity.Month => d.ToString("MMMM yyyy", c),
            Granularity.Decade => $"the {d.Year}s",
            Granularity.Century => $"the {(d.Year / 100 + 1).Ordinalize(c)} century",
            Granularity.Year => d.Year.ToString(c),
            _ => value,
        };
    }

    public static string Percent(double confidence) => confidence.ToString("P0", CultureInfo.InvariantCulture);
}
