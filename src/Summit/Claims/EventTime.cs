using Summit.Documents;
using Summit.Lexical;
using Summit.Time;

namespace Summit.Claims;

/// <summary>Event time: the time expression of a clause, its tense, and the time a narrative clause inherits.</summary>
internal sealed class EventTime(SentenceView v)
{
    internal TimeExpression? TimeIn(Clause c, int from = -1)
    {
        int first = Math.Max(c.Start, from);
        if (first >= c.End) return null; // nothing after the speech verb
        var span = new Span(v.SpanOf(first).Start, v.SpanOf(c.End - 1).End);
        TimeExpression? best = null;
        foreach (var t in v.Times)
        {
            if (!span.Contains(t.Span) || t.Type == TimeType.Duration) continue; // "a few hours" is no event time
            if (c.Inner is { } inner && t.Span.Start >= v.SpanOf(inner.From).Start && t.Span.End <= v.SpanOf(inner.To - 1).End) continue; // the relative clause's time
            if (best is null || (!best.Anchored && t.Anchored)) best = t;
        }
        return best;
    }

    internal Tense TenseOf(Group? g, Modality modality, Clause c)
    {
        if (modality is Modality.Expected || (modality is Modality.Planned && g is not { Past: true })) return Tense.Future;
        if (g is null) return c.QuoteClaim ? Tense.Past : Tense.Unknown;
        if (g.Past) return Tense.Past;
        for (int i = g.Start; i <= g.Head && i < v.Count; i++)
            if (v.Cls[i] is WordClass.Auxiliary or WordClass.Modal) return v.Lower[i] is "will" or "shall" or "’ll" or "'ll" or "won't" or "won’t" ? Tense.Future : Tense.Present;
        if (v.PastForm(g.Head)) return Tense.Past;
        return Tense.Present;
    }

    /// <summary>
    /// A narrative clause with no time of its own happens when the recent claims of the same tense did,
    /// on the story's own days (a week before the report's date to a week after).
    /// </summary>
    internal TimeExpression? Inherited(Tense tense)
    {
        if (tense is not (Tense.Past or Tense.Future)) return null;
        var published = v.State.Analysis.Report.Published;
        if (published is null) return null;
        for (int k = v.State.Claims.Count - 1; k >= 0; k--)
        {
            var previous = v.State.Claims[k];
            if (v.Sentence.Index - previous.Sentence > 1) return null;
            if (previous.Tense != tense) continue;
            if (previous.Time is not { Anchored: true, Granularity: Granularity.Day } t) continue;
            if (!DateOnly.TryParseExact(t.Value, "yyyy-MM-dd", out var day)) continue;
            var delta = published.Value.DayNumber - day.DayNumber;
            return delta is >= -7 and <= 7 ? t : null;
        }
        return null;
    }
}
