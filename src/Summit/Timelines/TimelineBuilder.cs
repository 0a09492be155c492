using Summit.Reconciling;
using Summit.Time;

namespace Summit.Timelines;

/// <summary>
/// The default timeline builder.
/// <list type="bullet">
/// <item>Dated facts come in order of the first day their TIMEX value covers; among those that start
/// together the coarser (longer) period comes first. Facts with the same value share an order rank;
/// an entry whose period overlaps another's (a month and a day in it) or shares its rank is marked
/// <see cref="TimelineEntry.Unordered"/>: the reports do not settle which came first.</item>
/// <item>An undated fact is never dropped: it follows the dated fact told in the same sentence or, failing
/// that, the one told just before it in its report (after every entry of that fact's rank, in a rank of its own shared with the other undated facts placed
/// there). Undated facts that no dated fact precedes in any report come last.</item>
/// <item>An undated entry carries <see cref="TimelineEntry.ReportedOn"/>, the earliest publication date of the
/// reports that state it: the fallback a reader can weigh, said as such, never passed off as the event's time.</item>
/// <item>A fact is background history when its period ends more than <see cref="DefaultStoryWindowDays"/>
/// days before the earliest report's publication date (or, where no report has a date, the latest
/// dated fact); an undated fact placed after a background fact is background too.</item>
/// </list>
/// The output depends only on the input (ties fall back to telling order, then fact id).
/// </summary>
internal sealed class TimelineBuilder : ITimelineBuilder
{
    /// <summary>How many days before the earliest report still count as the story's own days. The default is 30.</summary>
    public const int DefaultStoryWindowDays = 30;

    private readonly int _storyWindowDays;

    public TimelineBuilder(int storyWindowDays = DefaultStoryWindowDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(storyWindowDays);
        _storyWindowDays = storyWindowDays;
    }

    /// <summary>Where a claim is told: report (input order), sentence, offset.</summary>
    private readonly record struct Told(int Report, int Sentence, int Offset) : IComparable<Told>
    {
        public static readonly Told Never = new(int.MaxValue, int.MaxValue, int.MaxValue);

        public int CompareTo(Told other)
        {
            int c = Report.CompareTo(other.Report);
            if (c != 0) return c;
            c = Sentence.CompareTo(other.Sentence);
            return c != 0 ? c : Offset.CompareTo(other.Offset);
        }
    }

    private sealed record Item(Fact Fact, Told[] Told, TimexValue? Period)
    {
        public Told First => Told.Length > 0 ? Told[0] : Timelines.TimelineBuilder.Told.Never;
        public bool Dated => Period is not null;
        public DateOnly Start => Period!.First;
        public DateOnly Last => Period!.Last;
    }

    public Timeline Build(IReadOnlyList<Fact> facts, Story story, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(story);

        var items = new List<Item>(facts.Count);
        foreach (var f in facts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!f.Statement) continue; // events inside clauses: the clauses tell them
            var told = f.Claims.Select(c => new Told(story.IndexOf(c.ReportId) is var i and >= 0 ? i : int.MaxValue, c.Sentence, c.Span.Start))
                .Order().ToArray();
            items.Add(new Item(f, told, TimexValue.Parse(f.Time)));
        }

        var dated = items.Where(i => i.Dated)
            .OrderBy(i => i.Start).ThenByDescending(i => i.Last).ThenByDescending(i => i.Fact.Granularity)
            .ThenBy(i => i.Fact.Time, StringComparer.Ordinal).ThenBy(i => i.First).ThenBy(i => i.Fact.Id, StringComparer.Ordinal).ToList();
        var undated = items.Where(i => !i.Dated).OrderBy(i => i.First).ThenBy(i => i.Fact.Id, StringComparer.Ordinal).ToList();

        // The story's own days start a window before the earliest report.
        DateOnly? reference = story.Analyses.Select(a => a.Report.Published).Where(d => d is not null).Min()
            ?? (dated.Count > 0 ? dated.Max(i => i.Start) : null);
        // (never before the calendar's first day: a report may be dated 0001-01-01)
        DateOnly? storyStart = reference is { } r ? DateOnly.FromDayNumber(Math.Max(DateOnly.MinValue.DayNumber, r.DayNumber - _storyWindowDays)) : null;
        bool IsBackground(Item i) => storyStart is { } s && i.Last < s;

        // Overlapping periods of different values are not ordered against each other.
        var unordered = new bool[dated.Count];
        for (int i = 0; i < dated.Count; i++)
            for (int j = i + 1; j < dated.Count && dated[j].Start <= dated[i].Last; j++)
                unordered[i] = unordered[j] = true;

        // Each undated fact follows the dated fact told last before it (first report that has one).
        var datedByReport = new Dictionary<int, List<(Told Told, int Index)>>();
        for (int i = 0; i < dated.Count; i++)
            foreach (var t in dated[i].Told)
            {
                if (!datedByReport.TryGetValue(t.Report, out var list)) datedByReport[t.Report] = list = [];
                list.Add((t, i));
            }
        var followers = new Dictionary<int, List<Item>>();
        var unplaced = new List<Item>();
        foreach (var u in undated)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int anchor = -1;
            foreach (var t in u.Told)
            {
                if (!datedByReport.TryGetValue(t.Report, out var list)) continue;
                // A dated fact told in the same sentence wins (the nearest); else the last one told before.
                int bestDistance = int.MaxValue;
                foreach (var (dt, index) in list)
                    if (dt.Sentence == t.Sentence && Math.Abs(dt.Offset - t.Offset) < bestDistance) (anchor, bestDistance) = (index, Math.Abs(dt.Offset - t.Offset));
                if (anchor >= 0) break;
                Told best = default;
                foreach (var (dt, index) in list)
                    if (dt.CompareTo(t) < 0 && (anchor < 0 || dt.CompareTo(best) > 0)) (anchor, best) = (index, dt);
                if (anchor >= 0) break;
            }
            if (anchor < 0) unplaced.Add(u);
            else
            {
                if (!followers.TryGetValue(anchor, out var list)) followers[anchor] = list = [];
                list.Add(u);
            }
        }

        var entries = new List<TimelineEntry>(items.Count);
        int order = 0;
        for (int g = 0; g < dated.Count;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int end = g + 1;
            while (end < dated.Count && string.Equals(dated[end].Fact.Time, dated[g].Fact.Time, StringComparison.Ordinal)) end++;
            order++;
            for (int i = g; i < end; i++)
                entries.Add(new TimelineEntry(dated[i].Fact.Id, dated[i].Fact.Time, dated[i].Fact.Granularity, order, IsBackground(dated[i]))
                {
                    Unordered = unordered[i] || end - g > 1,
                });
            var placed = Enumerable.Range(g, end - g).Where(followers.ContainsKey)
                .SelectMany(i => followers[i].Select(u => (Anchor: dated[i], Item: u))).ToList();
            if (placed.Count > 0)
            {
                order++;
                foreach (var (anchorItem, u) in placed)
                    entries.Add(new TimelineEntry(u.Fact.Id, null, Granularity.None, order, IsBackground(anchorItem))
                    {
                        Unordered = true,
                        PlacedAfter = anchorItem.Fact.Id,
                        ReportedOn = ReportedOn(u, story),
                    });
            }
            g = end;
        }
        if (unplaced.Count > 0)
        {
            order++;
            foreach (var u in unplaced)
                entries.Add(new TimelineEntry(u.Fact.Id, null, Granularity.None, order, false) { Unordered = true, ReportedOn = ReportedOn(u, story) });
        }
        return new Timeline(entries);
    }

    /// <summary>The earliest publication date of the reports that tell <paramref name="item"/>, if any has one.</summary>
    private static DateOnly? ReportedOn(Item item, Story story)
    {
        DateOnly? earliest = null;
        foreach (var t in item.Told)
            if (t.Report < story.Analyses.Count && story.Analyses[t.Report].Report.Published is { } d && (earliest is null || d < earliest))
                earliest = d;
        return earliest;
    }
}
