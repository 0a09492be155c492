using System.Globalization;
using Humanizer;
using Summit.Reconciling;
using Summit.Time;

namespace Summit.Rendering;

/// <summary>
/// The English sentences the renderers show for a fact's conflicts, refinements and notes, worded from their typed
/// fields (the reconciler hands over data, not prose). Every renderer words them the same way.
/// </summary>
internal static class Wording
{
    /// <summary>
    /// Why two reports conflict: "AFP puts it on 3 August 2011, Reuters on 2 August 2011", "AFP says it did not happen;
    /// Reuters says it did", "AFP vs Reuters: "12" vs "15": 12 and 15 differ by more than 5%".
    /// </summary>
    public static string Reason(Conflict c)
    {
        var (first, second) = (c.First, c.Second);
        if (c.Comparison is { } figures) return $"{first.Source} vs {second.Source}: {figures.Reason}";
        switch (c.Slot)
        {
            case "date":
                return $"{first.Source} puts it on {Day(first.Value)}, {second.Source} on {Day(second.Value)}";
            case "polarity":
                var (denies, affirms) = first.Claim.Negated ? (first, second) : (second, first);
                return $"{denies.Source} says it did not happen; {affirms.Source} says it did";
            default:
                return $"{first.Source} says {first.Value}, {second.Source} says {second.Value}";
        }
    }

    /// <summary>
    /// How a report is more specific: "AFP names the person: Lars Holm", "AFP names the place more precisely: Nairobi (in
    /// Kenya)", "AFP adds "state" (state television)", "AFP gives the time: on Tuesday (2019-04-23)".
    /// </summary>
    public static string Description(Refinement r) => r switch
    {
        { Narrows: { } head } => $"{r.Source} adds \"{r.Value}\" ({r.Value} {head})",
        { Time: { } value } => $"{r.Source} gives the time: {r.Value} ({value})",
        { Within: { } within } => $"{r.Source} names the {r.Slot} more precisely: {r.Value} (in {within})",
        _ => $"{r.Source} names the {r.Slot}: {r.Value}",
    };

    /// <summary>
    /// A note on a fact's sources: "AFP &amp; Yahoo News are not independent (…): they count as one source.", "Only AFP states
    /// it (3 reports of one outlet)."
    /// </summary>
    public static string Note(FactNote n) => n.Kind switch
    {
        FactNoteKind.NotIndependent =>
            $"{n.Sources.Humanize()} are not independent (one text republished, one owner or an agency's copy): they count as one source.",
        _ => $"Only {n.Sources.Humanize()} states it ({n.Reports} reports of one outlet).",
    };

    /// <summary>"3 August 2011" for a day's TIMEX value; any other value (a part of a day or a time included) as it is.</summary>
    private static string Day(string value) =>
        TimexValue.Parse(value) is { Granularity: Granularity.Day, PartOfDay: PartOfDay.None, Clock: null } day
            ? day.First.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : value;
}
