namespace Summit.Evaluation;

/// <summary>Precision, recall and F1 of one coreference metric.</summary>
public readonly record struct Prf(double Precision, double Recall, double F1)
{
    /// <summary>Builds the triple from precision and recall.</summary>
    public static Prf Of(double precision, double recall) =>
        new(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
}

/// <summary>MUC, B³ and CEAF-e of one clustering against a key, and their CoNLL F1 (the mean of the three F1).</summary>
public sealed record CorefScores(Prf Muc, Prf B3, Prf CeafE)
{
    /// <summary>CoNLL F1: the mean of the MUC, B³ and CEAF-e F1.</summary>
    public double Conll => (Muc.F1 + B3.F1 + CeafE.F1) / 3;
}

/// <summary>
/// Coreference metrics with the semantics of the CoNLL reference scorer (Pradhan et al. 2014), as
/// ../shared/eval/tools/ecbplus-conll.py computes them. A clustering is a list of sets of mentions; key
/// and response may hold different mentions (a mention missing from the other side counts as a
/// singleton there), which is what scoring without singletons needs.
/// </summary>
public static class CorefMetrics
{
    /// <summary>MUC (Vilain et al. 1995): links kept.</summary>
    public static Prf Muc<T>(IReadOnlyList<IReadOnlySet<T>> key, IReadOnlyList<IReadOnlySet<T>> response) where T : notnull
    {
        static (long Num, long Den) Side(IReadOnlyList<IReadOnlySet<T>> a, IReadOnlyList<IReadOnlySet<T>> b)
        {
            var where = Index(b);
            long num = 0, den = 0;
            foreach (var c in a)
            {
                if (c.Count == 0) continue;
                var parts = new HashSet<int>();
                int loose = 0;
                foreach (var m in c)
                {
                    if (where.TryGetValue(m, out var i)) parts.Add(i);
                    else loose++;
                }
                num += c.Count - (parts.Count + loose);
                den += c.Count - 1;
            }
            return (num, den);
        }
        var (rn, rd) = Side(key, response);
        var (pn, pd) = Side(response, key);
        return Prf.Of(pd == 0 ? 0 : pn / (double)pd, rd == 0 ? 0 : rn / (double)rd);
    }

    /// <summary>B³ (Bagga &amp; Baldwin 1998), from cluster overlaps as the reference scorer computes it.</summary>
    public static Prf B3<T>(IReadOnlyList<IReadOnlySet<T>> key, IReadOnlyList<IReadOnlySet<T>> response) where T : notnull
    {
        static (double Num, long Den) Side(IReadOnlyList<IReadOnlySet<T>> a, IReadOnlyList<IReadOnlySet<T>> b)
        {
            var where = Index(b);
            double num = 0;
            long den = 0;
            foreach (var c in a)
            {
                if (c.Count == 0) continue;
                var counts = new Dictionary<int, int>();
                foreach (var m in c)
                    if (where.TryGetValue(m, out var i)) counts[i] = counts.GetValueOrDefault(i) + 1;
                num += counts.Values.Sum(v => (double)v * v) / c.Count;
                den += c.Count;
            }
            return (num, den);
        }
        var (rn, rd) = Side(key, response);
        var (pn, pd) = Side(response, key);
        return Prf.Of(pd == 0 ? 0 : pn / pd, rd == 0 ? 0 : rn / rd);
    }

    /// <summary>
    /// Entity-based CEAF (Luo 2005) with φ4 = 2|K ∩ R| / (|K| + |R|) and the optimal one-to-one
    /// alignment (<see cref="MaxAssignment"/>), found per connected component of the key/response
    /// overlap graph (clusters that share no mention have φ4 = 0, so this is the global optimum).
    /// </summary>
    public static Prf CeafE<T>(IReadOnlyList<IReadOnlySet<T>> key, IReadOnlyList<IReadOnlySet<T>> response) where T : notnull
    {
        var k = key.Where(c => c.Count > 0).ToList();
        var r = response.Where(c => c.Count > 0).ToList();
        var whereR = new Dictionary<T, List<int>>();
        for (int j = 0; j < r.Count; j++)
            foreach (var m in r[j])
                (whereR.TryGetValue(m, out var l) ? l : whereR[m] = []).Add(j);
        var adjK = new HashSet<int>[k.Count];
        for (int i = 0; i < k.Count; i++)
        {
            adjK[i] = [];
            foreach (var m in k[i])
                if (whereR.TryGetValue(m, out var js)) adjK[i].UnionWith(js);
        }
        var adjR = new List<int>[r.Count];
        for (int j = 0; j < r.Count; j++) adjR[j] = [];
        for (int i = 0; i < k.Count; i++)
            foreach (var j in adjK[i]) adjR[j].Add(i);

        var seenK = new bool[k.Count];
        double total = 0;
        for (int s = 0; s < k.Count; s++)
        {
            if (seenK[s] || adjK[s].Count == 0) continue;
            var ks = new List<int>();
            var rs = new HashSet<int>();
            var stack = new Stack<int>();
            stack.Push(s);
            seenK[s] = true;
            while (stack.Count > 0)
            {
                int i = stack.Pop();
                ks.Add(i);
                foreach (var j in adjK[i])
                    if (rs.Add(j))
                        foreach (var i2 in adjR[j])
                            if (!seenK[i2]) { seenK[i2] = true; stack.Push(i2); }
            }
            var cols = rs.Order().ToList();
            var w = new double[ks.Count, cols.Count];
            for (int a = 0; a < ks.Count; a++)
                for (int b = 0; b < cols.Count; b++)
                {
                    var kc = k[ks[a]];
                    var rc = r[cols[b]];
                    int common = kc.Count <= rc.Count ? kc.Count(rc.Contains) : rc.Count(kc.Contains);
                    w[a, b] = 2.0 * common / (kc.Count + rc.Count);
                }
            foreach (var (a, b) in MaxAssignment(w)) total += w[a, b];
        }
        return Prf.Of(r.Count == 0 ? 0 : total / r.Count, k.Count == 0 ? 0 : total / k.Count);
    }

    /// <summary>MUC, B³ and CEAF-e together.</summary>
    public static CorefScores Score<T>(IReadOnlyList<IReadOnlySet<T>> key, IReadOnlyList<IReadOnlySet<T>> response) where T : notnull =>
        new(Muc(key, response), B3(key, response), CeafE(key, response));

    /// <summary>The clusters of more than one mention.</summary>
    public static IReadOnlyList<IReadOnlySet<T>> DropSingletons<T>(IReadOnlyList<IReadOnlySet<T>> clusters) =>
        clusters.Where(c => c.Count > 1).ToList();

    /// <summary>The clusters of a labelling: mentions with one label form one cluster.</summary>
    public static IReadOnlyList<IReadOnlySet<T>> Group<T, TLabel>(IEnumerable<KeyValuePair<T, TLabel>> labels) where T : notnull where TLabel : notnull
    {
        var groups = new Dictionary<TLabel, HashSet<T>>();
        foreach (var (m, label) in labels)
            (groups.TryGetValue(label, out var g) ? g : groups[label] = []).Add(m);
        return groups.Values.ToList();
    }

    /// <summary>
    /// A maximum-weight assignment of the rows of a dense matrix of weights ≥ 0 to its columns
    /// (Kuhn–Munkres with potentials, shortest augmenting paths, O(n²m)); rows and columns may differ
    /// in number. Returns the (row, column) pairs.
    /// </summary>
    public static IReadOnlyList<(int Row, int Col)> MaxAssignment(double[,] weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        int rows = weights.GetLength(0), cols = weights.GetLength(1);
        if (rows == 0 || cols == 0) return [];
        bool transpose = rows > cols;
        int n = transpose ? cols : rows, m = transpose ? rows : cols;
        double W(int i, int j) => transpose ? weights[j, i] : weights[i, j];
        double big = double.NegativeInfinity;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) big = Math.Max(big, W(i, j));
        var cost = new double[n, m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) cost[i, j] = big - W(i, j); // minimise

        var u = new double[n + 1];
        var v = new double[m + 1];
        var p = new int[m + 1]; // p[j] = row (1-based) assigned to column j
        var way = new int[m + 1];
        var minv = new double[m + 1];
        var used = new bool[m + 1];
        for (int i = 1; i <= n; i++)
        {
            p[0] = i;
            int j0 = 0;
            Array.Fill(minv, double.PositiveInfinity);
            Array.Fill(used, false);
            while (true)
            {
                used[j0] = true;
                int i0 = p[j0], j1 = 0;
                double delta = double.PositiveInfinity, ui0 = u[i0];
                for (int j = 1; j <= m; j++)
                {
                    if (used[j]) continue;
                    double cur = cost[i0 - 1, j - 1] - ui0 - v[j];
                    if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
                    if (minv[j] < delta) { delta = minv[j]; j1 = j; }
                }
                for (int j = 0; j <= m; j++)
                {
                    if (used[j]) { u[p[j]] += delta; v[j] -= delta; }
                    else minv[j] -= delta;
                }
                j0 = j1;
                if (p[j0] == 0) break;
            }
            while (true)
            {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
                if (j0 == 0) break;
            }
        }
        var pairs = new List<(int, int)>();
        for (int j = 1; j <= m; j++)
            if (p[j] != 0) pairs.Add(transpose ? (j - 1, p[j] - 1) : (p[j] - 1, j - 1));
        return pairs;
    }

    private static Dictionary<T, int> Index<T>(IReadOnlyList<IReadOnlySet<T>> clusters) where T : notnull
    {
        var where = new Dictionary<T, int>();
        for (int i = 0; i < clusters.Count; i++)
            foreach (var m in clusters[i]) where[m] = i;
        return where;
    }
}
