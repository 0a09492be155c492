using Summit.Alignment;
using Summit.Claims;
using Summit.Time;

namespace Summit.Reconciling;

/// <summary>
/// The default reconciler (first version): a group stated by two or more reports is corroborated,
/// by one report single. It reports a conflict only where the grouped claims give incompatible
/// day-precise dates for the same asserted event (never across modalities: "was due to" vs "did" is
/// not a conflict). Confidence grows with independent sources and shrinks with attribution or hedging.
/// </summary>
internal sealed class Reconciler : IReconciler
{
    public IReadOnlyList<Fact> Reconcile(IReadOnlyList<ClaimGroup> groups, IReadOnlyList<Claim> claims, Story story,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(story);
        var byId = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var facts = new List<Fact>(groups.Count);
        foreach (var group in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var members = group.ClaimIds.Select(id => byId[id]).ToArray();
            var reports = members.Select(c => c.ReportId).Distinct(StringComparer.Ordinal).ToArray();
            var sources = reports.Select(story.SourceOf).Distinct(StringComparer.Ordinal).ToArray();
            var conflicts = DateConflicts(members);
            var status = conflicts.Count > 0 ? FactStatus.Conflicting : reports.Length > 1 ? FactStatus.Corroborated : FactStatus.Single;
            var lead = members.FirstOrDefault(c => c.Attribution is null && c.Modality == Modality.Asserted) ?? members[0];
            var time = members.Select(c => c.Time).OfType<TimeExpression>().Where(t => t.Anchored && t.Type != TimeType.Duration)
                .OrderBy(t => t.Granularity).FirstOrDefault();
            double confidence = 0.5 + 0.2 * (sources.Length - 1);
            if (members.All(c => c.Attribution is not null)) confidence -= 0.15;
            if (members.All(c => c.Modality is not Modality.Asserted and not Modality.Reported)) confidence -= 0.15;
            facts.Add(new Fact($"f{facts.Count + 1}", status, group.ClaimIds, sources, lead.Text)
            {
                Time = time?.Value,
                Granularity = time?.Granularity ?? Granularity.None,
                Conflicts = conflicts,
                Confidence = Math.Round(Math.Clamp(confidence, 0.05, 0.99), 2),
            });
        }
        return facts;
    }

    private static List<Conflict> DateConflicts(Claim[] members)
    {
        var asserted = members.Where(c => c.Modality is Modality.Asserted && !c.Negated && c.Time is { Granularity: Granularity.Day, Anchored: true })
            .GroupBy(c => c.ReportId).Select(g => g.First()).ToArray();
        if (asserted.Length < 2 || asserted.Select(c => c.Predicate).Distinct().Count() > 1) return [];
        var values = asserted.Select(c => c.Time!.Value).Distinct().ToArray();
        if (values.Length < 2) return [];
        return [new Conflict("date", asserted.ToDictionary(c => c.ReportId, c => c.Time!.Value), $"the reports put the same event on different days: {string.Join(" vs ", values)}")];
    }
}
