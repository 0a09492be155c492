using Summit.Claims;
using Summit.Lexical;
using Summit.Text;

namespace Summit.Alignment;

/// <summary>
/// Groups the further events of a story's clauses (<see cref="ClaimKind.Predicate"/>, <see cref="ClaimKind.Nominal"/>)
/// by event identity: one predicate or its nominalisation ("died", "death") inside clauses that state one fact, at
/// times that can both hold, with no different subjects. Within one key a claim joins the first group all of whose
/// claims it fits, so no group chains through a bridging claim. Events are linked only where their clauses are: the
/// main event of a story is named in most of its sentences ("the earthquake"), and linking every mention of it across
/// reports would join statements that say different things about it.
/// </summary>
internal static class EventGrouping
{
    /// <summary>The groups of <paramref name="claims"/> (indices into it), each in claim order, in order of their first claim.</summary>
    /// <param name="claims">All claims.</param>
    /// <param name="events">The further events among them, by index.</param>
    /// <param name="factOf">For each claim index, the fact (group) of the clause holding it, or a number of its own.</param>
    /// <param name="story">The story (its sentences tell where a claim's time was stated).</param>
    /// <param name="words">The lexicon (a noun's verb).</param>
    public static List<List<int>> Group(IReadOnlyList<Claim> claims, IReadOnlyList<int> events, int[] factOf, Story story, Lexicon words)
    {
        var byKey = new Dictionary<(int Fact, string Lemma), List<List<int>>>();
        var groups = new List<List<int>>();
        foreach (var i in events)
        {
            var claim = claims[i];
            var key = (factOf[i], words.EventLemma(claim.Predicate));
            if (!byKey.TryGetValue(key, out var candidates)) byKey[key] = candidates = [];
            var home = candidates.FirstOrDefault(g => g.All(j => TimesFit(claims[j], claim, story) && ParticipantsFit(claims[j], claim)));
            if (home is null)
            {
                home = [];
                candidates.Add(home);
                groups.Add(home);
            }
            home.Add(i);
        }
        return groups;
    }

    /// <summary>Whether two claims can have the same participants: no different subjects ("Kim Jong-il met" is not "Kim Jong Un will meet").</summary>
    private static bool ParticipantsFit(Claim a, Claim b) =>
        a.SubjectEntityId is null || b.SubjectEntityId is null || string.Equals(a.SubjectEntityId, b.SubjectEntityId, StringComparison.Ordinal);

    /// <summary>Whether two claims' times can both hold; a time is compared only where the claim's own sentence states it (not one carried over from the sentence before).</summary>
    private static bool TimesFit(Claim a, Claim b, Story story) =>
        OwnTime(a, story) is not { } ta || OwnTime(b, story) is not { } tb || ClaimAligner.Compatible(ta, tb);

    private static Time.TimeExpression? OwnTime(Claim claim, Story story)
    {
        if (claim.Time is not { Anchored: true } time || story.IndexOf(claim.ReportId) < 0) return null;
        var sentences = story.Analysis(claim.ReportId).Sentences;
        return claim.Sentence >= 0 && claim.Sentence < sentences.Count && sentences[claim.Sentence].Span.Contains(time.Span) ? time : null;
    }
}
