using System.Globalization;
using Humanizer;
using Summit.Claims;
using Summit.Documents;
using Summit.Reconciling;
using Summit.Time;
using Summit.Timelines;

namespace Summit.Rendering;

/// <summary>The part of the timeline an entry belongs to.</summary>
internal enum TimelineSection
{
    /// <summary>History told as background, before the story's own days.</summary>
    Background,
    /// <summary>The story's own days (and undated facts told with them).</summary>
    Story,
    /// <summary>Undated facts that no dated fact is told before.</summary>
    Undated,
}

/// <summary>One source's quotation of a fact: the sentence that holds the claim, with offsets.</summary>
/// <param name="Source">The outlet.</param>
/// <param name="Claim">The claim.</param>
/// <param name="Sentence">The text of the sentence that holds the claim (the claim's text where no sentence holds it).</param>
/// <param name="SentenceSpan">Where that sentence is in the report.</param>
internal sealed record Citation(string Source, Claim Claim, string Sentence, Span SentenceSpan)
{
    /// <summary>The claim's span relative to <see cref="Sentence"/>.</summary>
    public Span ClaimInSentence => new(Claim.Span.Start - SentenceSpan.Start, Claim.Span.End - SentenceSpan.Start);

    /// <summary>"afp 2744–2899": the report and the claim's offsets, [start, end).</summary>
    public string Where => $"{Claim.ReportId} {Claim.Span.Start}–{Claim.Span.End}";
}

/// <summary>One report's side of a conflict.</summary>
/// <param name="ReportId">The report.</param>
/// <param name="Source">Its outlet.</param>
/// <param name="Value">The value it gives.</param>
/// <param name="Citation">Its claim in the fact, if any.</param>
internal sealed record ConflictSide(string ReportId, string Source, string Value, Citation? Citation);

/// <summary>A conflict with its sides in report order.</summary>
internal sealed record ConflictView(string Slot, string Reason, IReadOnlyList<ConflictSide> Sides);

/// <summary>What a person reads of one timeline entry: shared by the text, Markdown and HTML renderers.</summary>
internal sealed record EntryView(int Order, string When, bool Dated, TimelineSection Section, bool Unordered, string? PlacedAfter, Fact Fact,
    string Attribution, IReadOnlyList<Citation> Citations, IReadOnlyList<ConflictView> Conflicts, IReadOnlyList<(string Source, Refinement Refinement)> Refinements)
{
    /// <summary>
    /// The entry's number as a person reads it: 1, 2, 3 … down the page, one per entry (<see cref="Order"/> is the
    /// timeline's order, which entries whose order the reports do not settle share).
    /// </summary>
    public int Number { get; init; }

    /// <summary>Whether it is background history.</summary>
    public bool Background => Section == TimelineSection.Background;

    /// <summary>The status as the contract writes it: corroborated, single, conflicting.</summary>
    public string Status => Names.Of(Fact.Status);

    /// <summary>"corroborated · confidence 80 %", or with "order unknown" where the reports do not settle its order.</summary>
    public string Marks => $"{Status} · confidence {TimelineView.Percent(Fact.Confidence)}{(Unordered ? " · order unsettled" : "")}";
}

/// <summary>A report as a person reads it in the header of a rendering.</summary>
internal sealed record ReportView(string Id, string Source, string Published);

/// <summary>Builds the person-facing view of a reconciliation's timeline.</summary>
internal static class TimelineView
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static IReadOnlyList<ReportView> Reports(Reconciliation r) => r.Reports.Select(x => new ReportView(x.Id, x.Source ?? x.Id,
        x.Published is { } p ? p.ToString("d MMMM yyyy", Culture) + (x.PublishedInferred ? " (inferred)" : "") : "undated")).ToArray();

    /// <summary>The outlets in order of their first report: each gets one colour.</summary>
    public static IReadOnlyList<string> Sources(Reconciliation r) => r.Reports.Select(x => x.Source ?? x.Id).Distinct(StringComparer.Ordinal).ToArray();

    public static IReadOnlyList<EntryView> Build(Reconciliation r)
    {
        var facts = new Dictionary<string, Fact>(StringComparer.Ordinal);
        foreach (var f in r.Facts) facts.TryAdd(f.Id, f);
        // each report's source and its place in the input
        var reports = new Dictionary<string, (string Source, int Index)>(StringComparer.Ordinal);
        foreach (var x in r.Reports) reports.TryAdd(x.Id, (x.Source ?? x.Id, reports.Count));
        var analyses = new Dictionary<string, Text.TextAnalysis>(StringComparer.Ordinal);
        foreach (var a in r.Analyses) analyses.TryAdd(a.Report.Id, a);
        var timeOf = r.Timeline.Entries.GroupBy(e => e.FactId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        string SourceOf(string reportId) => reports.TryGetValue(reportId, out var x) ? x.Source : reportId;

        Citation Cite(Claim c)
        {
            if (analyses.TryGetValue(c.ReportId, out var a))
            {
                var s = c.Sentence >= 0 && c.Sentence < a.Sentences.Count && a.Sentences[c.Sentence].Span.Contains(c.Span)
                    ? a.Sentences[c.Sentence]
                    : a.Sentences.FirstOrDefault(x => x.Span.Contains(c.Span));
                if (s is not null && s.Span.End <= a.Report.Text.Length) return new Citation(SourceOf(c.ReportId), c, s.Span.Of(a.Report.Text), s.Span);
            }
            return new Citation(SourceOf(c.ReportId), c, c.Text, c.Span);
        }

        var views = new List<EntryView>(r.Timeline.Entries.Count);
        foreach (var e in r.Timeline.Entries)
        {
            if (!facts.TryGetValue(e.FactId, out var fact)) continue;
            var citations = fact.Claims.Select(Cite).ToArray();
            // each side cites the claim that gives its value, sides in report order
            var conflicts = fact.Conflicts.Select(c => new ConflictView(c.Slot, Wording.Reason(c),
                new[] { c.First, c.Second }.OrderBy(v => reports.TryGetValue(v.ReportId, out var x) ? x.Index : int.MaxValue).ThenBy(v => v.ReportId, StringComparer.Ordinal)
                    .Select(v => new ConflictSide(v.ReportId, SourceOf(v.ReportId), v.Value, citations.FirstOrDefault(x => ReferenceEquals(x.Claim, v.Claim)) ?? Cite(v.Claim)))
                    .ToArray())).ToArray();
            var refinements = fact.Refinements.Select(x => (SourceOf(x.ReportId), x)).ToArray();
            var section = e.Background ? TimelineSection.Background
                : e.Time is null && e.PlacedAfter is null ? TimelineSection.Undated : TimelineSection.Story;
            views.Add(new EntryView(e.Order, e.Time is null && e.ReportedOn is { } told ? Reported(told) : When(e.Time), e.Time is not null, section, e.Unordered, e.PlacedAfter, fact, Attribution(fact), citations, conflicts, refinements));
        }
        // the story first, then what it does not date, then the background it recalls; numbered down the page
        var ordered = views.OrderBy(v => v.Section switch { TimelineSection.Story => 0, TimelineSection.Undated => 1, _ => 2 }).ToList();
        var number = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < ordered.Count; i++) number.TryAdd(ordered[i].Fact.Id, i + 1);
        return ordered.Select((v, i) =>
        {
            string? placedAfter = null;
            if (v.PlacedAfter is { } anchorId && facts.TryGetValue(anchorId, out var anchor))
                placedAfter = number.TryGetValue(anchorId, out var n) && timeOf.TryGetValue(anchorId, out var at)
                    ? $"told after entry {n} ({When(at.Time)})" : $"told after “{anchor.Summary.Truncate(40, "…")}”";
            return v with { Number = i + 1, PlacedAfter = placedAfter };
        }).ToArray();
    }

    /// <summary>How many entries the digest shows at most.</summary>
    public const int DigestSize = 7;

    /// <summary>
    /// The entries a person reads first, in a minute: conflicts, then facts several sources agree on, then dated facts of
    /// the story told by one source; at most <see cref="DigestSize"/>, each group in page order.
    /// </summary>
    public static IReadOnlyList<EntryView> Digest(IReadOnlyList<EntryView> entries) =>
        entries.Where(e => e.Fact.Status == FactStatus.Conflicting)
            .Concat(entries.Where(e => e.Fact.Status == FactStatus.Corroborated))
            .Concat(entries.Where(e => e.Fact.Status == FactStatus.Single && e.Section == TimelineSection.Story && e.Dated))
            .Take(DigestSize).ToArray();

    /// <summary>"Reported by AFP and Reuters: 2 sources agree", "Only Reuters", "AFP and Reuters disagree".</summary>
    public static string Attribution(Fact fact)
    {
        var sources = fact.Sources.Distinct(StringComparer.Ordinal).ToArray();
        if (sources.Length == 0) return "No source";
        var names = sources.Humanize("and");
        return fact.Status switch
        {
            FactStatus.Conflicting => $"{names} disagree",
            _ when sources.Length == 1 => $"Only {names}",
            _ => $"Reported by {names}: {"source".ToQuantity(sources.Length)} agree",
        };
    }

    /// <summary>
    /// A TIMEX value in words: "Wednesday, 24 April 2019", "the morning of Wednesday, 24 April 2019", "the week of 15 April 2019",
    /// "February 2019", "summer 2019", "the second quarter of 2019", "2019", "the 1980s", "the 20th century"; "Undated" for null.
    /// Values that are not dates are shown as they are.
    /// </summary>
    public static string When(string? value)
    {
        if (value is null) return "Undated";
        if (TimexValue.Parse(value) is not { } period) return value;
        var d = period.First;
        string year = d.Year.ToString(Culture);
        switch (period.Granularity)
        {
            case Granularity.Century: return $"the {Ordinal(d.Year / 100 + 1)} century";
            case Granularity.Decade: return $"the {year}s";
            case Granularity.Year: return year;
            case Granularity.Week:
                return period.Part == PeriodPart.Weekend ? $"the weekend of {d.ToString("d MMMM yyyy", Culture)}" : $"the week of {d.ToString("d MMMM yyyy", Culture)}";
            case Granularity.Season:
                return period.Part switch
                {
                    PeriodPart.Quarter => $"the {((d.Month - 1) / 3 + 1).ToOrdinalWords(Culture)} quarter of {year}",
                    PeriodPart.Half => $"the {((d.Month - 1) / 6 + 1).ToOrdinalWords(Culture)} half of {year}",
                    PeriodPart.Spring => $"spring {year}",
                    PeriodPart.Summer => $"summer {year}",
                    PeriodPart.Autumn => $"autumn {year}",
                    _ => $"winter {year}",
                };
            case Granularity.Month: return d.ToString("MMMM yyyy", Culture);
        }
        var day = d.ToString("dddd, d MMMM yyyy", Culture);
        return period.PartOfDay switch
        {
            PartOfDay.Morning => $"the morning of {day}",
            PartOfDay.Afternoon => $"the afternoon of {day}",
            PartOfDay.Evening => $"the evening of {day}",
            PartOfDay.Night => $"the night of {day}",
            PartOfDay.Daytime => $"the daytime of {day}",
            _ when period.Clock is { } clock => $"{day}, {clock.ToString("HH:mm", Culture)}",
            _ => day,
        };
    }

    /// <summary>An undated entry's heading with the day a report had told it: "Undated (reported 24 April 2019)".</summary>
    public static string Reported(DateOnly day) => $"Undated (reported {day.ToString("d MMMM yyyy", Culture)})";

    /// <summary>"1st", "2nd", "11th", "21st": English ordinals whatever the process culture.</summary>
    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is >= 11 and <= 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(Culture) + suffix;
    }

    public static string Percent(double confidence) => Math.Clamp(confidence, 0, 1).ToString("P0", Culture);

    public static string SectionTitle(TimelineSection section) => section switch
    {
        TimelineSection.Background => "Background",
        TimelineSection.Story => "The story",
        _ => "Undated",
    };
}
