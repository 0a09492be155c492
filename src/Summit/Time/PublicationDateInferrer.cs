using Summit.Text;

namespace Summit.Time;

/// <summary>
/// Infers an undated report's date from its siblings' dates and its own weekday references: for
/// each candidate day near a sibling's date, the report's day-anchored expressions are resolved,
/// and the candidate where every past-tense weekday falls before the day (and every future one
/// after it) wins; ties go to the day nearest the siblings. "Today" with a past weekday implies the
/// day is not that weekday.
/// </summary>
internal sealed class PublicationDateInferrer : IPublicationDateInferrer
{
    private readonly ITemporalTagger _tagger;

    public PublicationDateInferrer(ITemporalTagger tagger) => _tagger = tagger ?? throw new ArgumentNullException(nameof(tagger));

    public DateInference? Infer(TextAnalysis undated, IReadOnlyList<DateOnly> siblingDates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(undated);
        ArgumentNullException.ThrowIfNull(siblingDates);
        if (siblingDates.Count == 0) return null;
        var ordered = siblingDates.Order().ToArray();
        var median = ordered[ordered.Length / 2];
        DateOnly best = median;
        double bestScore = double.NegativeInfinity;
        var text = undated.Report.Text;
        bool saysToday = undated.Sentences.Any(x => x.Span.In(text).Contains("today", StringComparison.OrdinalIgnoreCase)
                                                    || x.Span.In(text).Contains("tonight", StringComparison.OrdinalIgnoreCase));
        for (int offset = -3; offset <= 3; offset++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // near the calendar's ends (a sibling dated 0001-01-01 or 9999-12-31) only the days that exist are candidates
            long number = (long)median.DayNumber + offset;
            if (number < DateOnly.MinValue.DayNumber || number > DateOnly.MaxValue.DayNumber) continue;
            var candidate = DateOnly.FromDayNumber((int)number);
            double score = -Math.Abs(offset) * 0.5;
            foreach (var t in _tagger.Tag(undated, candidate, cancellationToken))
            {
                if (t.Granularity != Granularity.Day || !DateOnly.TryParse(t.Value, out var day)) continue;
                // A weekday named in a report is not the day it is published ("today" is used for that).
                bool weekday = t.Text.Contains("day", StringComparison.OrdinalIgnoreCase) && !t.Text.Equals("today", StringComparison.OrdinalIgnoreCase)
                               && !t.Text.Equals("yesterday", StringComparison.OrdinalIgnoreCase);
                // ... where the report says "today" for its own day: then a weekday names another day
                if (weekday && day == candidate && saysToday) score -= 2;
                // The days a story names cluster around the days its siblings were published.
                if (weekday) score -= 0.25 * Math.Abs(day.DayNumber - median.DayNumber);
            }
            if (score > bestScore) { bestScore = score; best = candidate; }
        }
        return new DateInference(best, $"the day near the other reports' date ({median:yyyy-MM-dd}) that fits the report's weekday references");
    }
}
