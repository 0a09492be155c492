namespace Summit.Evaluation;

/// <summary>
/// Temporal awareness (UzZaman &amp; Allen 2011, the TempEval-3 relation measure) of a timeline against a
/// gold timeline, after the graph conversion the SemEval-2015 Task 4 organisers describe for their tool
/// ("ordering and time anchors"): each date is a TIMEX3 node; each dated event is SIMULTANEOUS with its
/// date; an event is BEFORE each event of the next position; events of one position are SIMULTANEOUS.
/// Events at order 0 (not anchored, not ordered) give no relation.
/// <para>
/// Precision = |Sys⁻ ∩ Gold⁺| / |Sys⁻| and recall = |Gold⁻ ∩ Sys⁺| / |Gold⁻|, where G⁺ is the closure of
/// a graph and G⁻ its reduced graph (TempEval-3's default: a minimal subset of its relations with the
/// same closure). The relations only ever say "same time" or "before", so the closure is exact in point
/// algebra: SIMULTANEOUS merges nodes into classes, BEFORE orders classes, and "before" is reachability.
/// </para>
/// <para>
/// Choices the description leaves open, made here and deterministic: a date is one node whatever its
/// position count, so when one date spans two positions (two events of one day, ordered) the anchors win
/// and the BEFORE between them is dropped as contradictory (<see cref="Graph.Dropped"/>); the reduced
/// graph keeps, within a class, a spanning tree taken in order (anchors first, then by ids) and, between
/// classes, the transitive reduction with the smallest original relation standing for each class edge.
/// </para>
/// </summary>
internal static class TemporalAwareness
{
    /// <summary>A relation of a timeline graph: <c>A</c> before <c>B</c>, or the two simultaneous.</summary>
    internal readonly record struct Relation(string A, bool Before, string B);

    /// <summary>The node id of a date ("T:2005-01-XX"); events keep their own ids ("docid-sentence-word").</summary>
    internal static string DateNode(string date) => "T:" + date;

    /// <summary>The relations of a timeline: events (with position, 0 = unordered, and date) to graph relations.</summary>
    internal static List<Relation> Relations(IReadOnlyDictionary<string, SemEvalTimelineEvaluation.Placed> timeline)
    {
        var relations = new List<Relation>();
        var positions = timeline.Where(kv => kv.Value.Order > 0).GroupBy(kv => kv.Value.Order).OrderBy(g => g.Key)
            .Select(g => g.Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList()).ToList();
        for (int i = 0; i < positions.Count; i++)
        {
            var here = positions[i];
            foreach (var ev in here)
                if (timeline[ev].Date is { } date) relations.Add(new Relation(ev, false, DateNode(date)));
            for (int a = 0; a < here.Count; a++)
                for (int b = a + 1; b < here.Count; b++) relations.Add(new Relation(here[a], false, here[b]));
            if (i + 1 < positions.Count)
                foreach (var a in here)
                    foreach (var b in positions[i + 1]) relations.Add(new Relation(a, true, b));
        }
        return relations;
    }

    /// <summary>Counts for one timeline: the system's reduced relations and how many the gold implies; the same the other way.</summary>
    internal readonly record struct Counts(long System, long SystemImplied, long Gold, long GoldImplied)
    {
        public static Counts operator +(Counts x, Counts y) =>
            new(x.System + y.System, x.SystemImplied + y.SystemImplied, x.Gold + y.Gold, x.GoldImplied + y.GoldImplied);

        /// <summary>Precision, recall and F1 of these counts (micro-averaged when summed over timelines).</summary>
        public (double P, double R, double F1) Score()
        {
            double p = System == 0 ? 0 : SystemImplied / (double)System, r = Gold == 0 ? 0 : GoldImplied / (double)Gold;
            return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    /// <summary>Scores a system timeline against a gold one.</summary>
    internal static Counts Compare(IReadOnlyDictionary<string, SemEvalTimelineEvaluation.Placed> system,
        IReadOnlyDictionary<string, SemEvalTimelineEvaluation.Placed> gold)
    {
        var sys = new Graph(Relations(system));
        var ref_ = new Graph(Relations(gold));
        var sysReduced = sys.Reduced();
        var goldReduced = ref_.Reduced();
        return new Counts(sysReduced.Count, sysReduced.Count(ref_.Implies), goldReduced.Count, goldReduced.Count(sys.Implies));
    }

    /// <summary>A timeline graph with its closure (classes of simultaneous nodes, "before" between classes).</summary>
    internal sealed class Graph
    {
        private readonly Dictionary<string, int> _node = new(StringComparer.Ordinal);
        private readonly List<int> _parent = [];
        private readonly Dictionary<int, HashSet<int>> _successors = [];
        private readonly Dictionary<(int, int), Relation> _edgeRelation = [];
        private readonly List<Relation> _simultaneous;
        private readonly Dictionary<int, HashSet<int>> _reach = [];

        /// <summary>BEFORE relations dropped because their two ends are already the same time.</summary>
        public int Dropped { get; }

        public Graph(IEnumerable<Relation> relations)
        {
            var all = relations.Distinct().ToList();
            // Anchors first, then by ids: the order the spanning tree of each class is taken in.
            _simultaneous = all.Where(r => !r.Before)
                .OrderBy(r => r.B.StartsWith("T:", StringComparison.Ordinal) ? 0 : 1)
                .ThenBy(r => r.A, StringComparer.Ordinal).ThenBy(r => r.B, StringComparer.Ordinal).ToList();
            foreach (var r in all) { Id(r.A); Id(r.B); }
            foreach (var r in _simultaneous) Union(_node[r.A], _node[r.B]);
            foreach (var r in all.Where(r => r.Before).OrderBy(r => r.A, StringComparer.Ordinal).ThenBy(r => r.B, StringComparer.Ordinal))
            {
                int a = Find(_node[r.A]), b = Find(_node[r.B]);
                if (a == b) { Dropped++; continue; }
                if (!_successors.TryGetValue(a, out var next)) _successors[a] = next = [];
                next.Add(b);
                _edgeRelation.TryAdd((a, b), r);
            }
        }

        /// <summary>Whether the closure holds the relation (both ends must be nodes of this graph).</summary>
        public bool Implies(Relation r)
        {
            if (!_node.TryGetValue(r.A, out var a) || !_node.TryGetValue(r.B, out var b)) return false;
            a = Find(a); b = Find(b);
            return r.Before ? a != b && Reach(a).Contains(b) : a == b;
        }

        /// <summary>A minimal subset of the relations with the same closure.</summary>
        public List<Relation> Reduced()
        {
            var reduced = new List<Relation>();
            var tree = Enumerable.Range(0, _parent.Count).ToArray();
            int Root(int x) { while (tree[x] != x) x = tree[x] = tree[tree[x]]; return x; }
            foreach (var r in _simultaneous)
            {
                int a = Root(_node[r.A]), b = Root(_node[r.B]);
                if (a == b) continue;
                tree[a] = b;
                reduced.Add(r);
            }
            foreach (var ((from, to), relation) in _edgeRelation.OrderBy(kv => kv.Value.A, StringComparer.Ordinal).ThenBy(kv => kv.Value.B, StringComparer.Ordinal))
            {
                // Redundant when another successor of `from` already reaches `to`.
                bool implied = _successors[from].Any(w => w != to && Reach(w).Contains(to));
                if (!implied) reduced.Add(relation);
            }
            return reduced;
        }

        private HashSet<int> Reach(int cls)
        {
            if (_reach.TryGetValue(cls, out var done)) return done;
            var seen = new HashSet<int>();
            var stack = new Stack<int>();
            stack.Push(cls);
            while (stack.Count > 0)
                if (_successors.TryGetValue(stack.Pop(), out var next))
                    foreach (var n in next)
                        if (seen.Add(n)) stack.Push(n);
            _reach[cls] = seen;
            return seen;
        }

        private int Id(string name)
        {
            if (_node.TryGetValue(name, out var id)) return id;
            id = _parent.Count;
            _parent.Add(id);
            _node[name] = id;
            return id;
        }

        private int Find(int x)
        {
            while (_parent[x] != x) x = _parent[x] = _parent[_parent[x]];
            return x;
        }

        private void Union(int a, int b)
        {
            a = Find(a); b = Find(b);
            if (a != b) _parent[Math.Max(a, b)] = Math.Min(a, b);
        }
    }
}
