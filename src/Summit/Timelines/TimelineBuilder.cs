using Summit.Claims;
using Summit.Reconciling;
using Summit.Time;

namespace Summit.Timelines;

/// <summary>
/// The default timeline builder: dated facts in order of the start of their TIMEX value (coarser
/// values first among those that start together); an undated fact follows the dated fact told just
/// before it in its report. Facts dated before the year of the reports are background.
/// </summary>
internal sealed class TimelineBuilder : ITimelineBuilder
{
    public Timeline Build(IReadOnlyList<Fact> facts, IReadOnlyList<Claim> claims, Story story, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(story);
        var claimById = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var storyYear = story.Analyses.Select(a => a.Report.Published?.Year).Where(y => y is not null).DefaultIfEmpty(null).Max();

        // Position of each fact in its first report's telling.
        (int Report, int Sentence) Position(Fact f)
        {
            var c = claimById[f.ClaimIds[0]];
            return (story.IndexOf(c.ReportId), c.Sentence);
        }

        var dated = facts.Where(f => f.Time is not null && TimexOrder.Start(f.Time) is not null)
            .OrderBy(f => TimexOrder.Start(f.Time!)!.Value).ThenByDescending(f => f.Granularity).ThenBy(Position).ToList();
        var undated = facts.Where(f => !dated.Contains(f)).OrderBy(Position).ToList();

        // Each undated fact goes after the dated fact told last before it in the same report.
        var ordered = new List<Fact>(dated);
        foreach (var f in undated)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (report, sentence) = Position(f);
            int at = -1;
            for (int i = 0; i < ordered.Count; i++)
            {
                var (r, s) = Position(ordered[i]);
                if (r == report && s < sentence && (at < 0 || Position(ordered[at]).Sentence < s)) at = i;
            }
            if (at < 0) ordered.Add(f);
            else
            {
                while (at + 1 < ordered.Count && ordered[at + 1].Time is null) at++;
                ordered.Insert(at + 1, f);
            }
        }

        var entries = new List<TimelineEntry>(ordered.Count);
        int order = 0;
        string? previousTime = "\0";
        foreach (var f in ordered)
        {
            if (f.Time is null || f.Time != previousTime) order++;
            previousTime = f.Time;
            bool background = storyYear is not null && TimexOrder.Start(f.Time ?? "") is { } start && start.Year < storyYear.Value;
            entries.Add(new TimelineEntry(f.Id, f.Time, f.Granularity, order, background));
        }
        return new Timeline(entries);
    }
}

/// <summary>Orders TIMEX values by the first day they cover.</summary>
internal static class TimexOrder
{
    /// <summary>The first day a TIMEX date value covers ("2019-W16" → 2019-04-15, "198" → 1980-01-01), or null.</summary>
    public static DateOnly? Start(string value)
    {
        if (string.IsNullOrEmpty(value) || !char.IsDigit(value[0])) return null;
        try
        {
            if (value.Length == 3 && int.TryParse(value, out var decade)) return new DateOnly(decade * 10, 1, 1);
            if (value.Length == 2 && int.TryParse(value, out var century)) return new DateOnly(Math.Max(1, century * 100), 1, 1);
            if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), out var year)) return null;
            if (value.Length >= 10 && int.TryParse(value.AsSpan(5, 2), out var m) && int.TryParse(value.AsSpan(8, 2), out var d)) return new DateOnly(year, m, d);
            if (value.Length >= 8 && value[5] == 'W' && int.TryParse(value.AsSpan(6, 2), out var w))
                return DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(year, w, DayOfWeek.Monday));
            if (value.Length >= 7 && int.TryParse(value.AsSpan(5, 2), out var month)) return new DateOnly(year, month, 1);
            return new DateOnly(year, 1, 1);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
