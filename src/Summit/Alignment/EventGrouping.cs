using Summit.Claims;
using Summit.Lexical;

namespace Summit.Alignment;

/// <summary>
/// Groups the further events of a story's clauses (<see cref="ClaimKind.Predicate"/>, <see cref="ClaimKind.Nominal"/>)
/// that no clause of their fact states, by event identity: one predicate or its nominalisation ("died", "death"),
/// inside clauses that state one fact (so at times that fact's clauses agree on), with no different subjects. A claim
/// joins the first group of its key whose subject it fits, so no group chains through a bridging claim. Events are
/// linked only where their clauses are: the main event of a story is named in most of its sentences ("the
/// earthquake"), and linking every mention of it across reports would join statements that say different things
/// about it.
/// </summary>
internal static class EventGrouping
{
    /// <summary>How many groups of one key a claim tries before it starts its own (keeps the cost linear).</summary>
    private const int MaxGroupsPerKey = 8;

    /// <summary>The groups of <paramref name="claims"/> (indices into it), each in claim order, in order of their first claim.</summary>
    /// <param name="claims">All claims.</param>
    /// <param name="events">The further events to group, by index, in claim order.</param>
    /// <param name="factOf">For each claim index, the fact (group) of the clause holding it, or a number of its own.</param>
    /// <param name="words">The lexicon (a noun's verb).</param>
    public static List<List<int>> Group(IReadOnlyList<Claim> claims, IReadOnlyList<int> events, int[] factOf, Lexicon words)
    {
        var byKey = new Dictionary<(int Fact, string Lemma), List<(List<int> Members, string? Subject)>>();
        var groups = new List<List<int>>();
        foreach (var i in events)
        {
            var subject = claims[i].SubjectEntityId;
            var key = (factOf[i], words.EventLemma(claims[i].Predicate));
            if (!byKey.TryGetValue(key, out var candidates)) byKey[key] = candidates = [];
            int home = -1;
            for (int k = 0; k < candidates.Count && k < MaxGroupsPerKey && home < 0; k++)
                if (candidates[k].Subject is null || subject is null || string.Equals(candidates[k].Subject, subject, StringComparison.Ordinal))
                    home = k;
            if (home < 0)
            {
                home = candidates.Count;
                candidates.Add(([], null));
                groups.Add(candidates[home].Members);
            }
            candidates[home].Members.Add(i);
            // a group's subject: the first one its claims name ("the mayor met the unions" is not "the governor will meet them")
            if (candidates[home].Subject is null && subject is not null) candidates[home] = (candidates[home].Members, subject);
        }
        return groups;
    }
}
