using FluentAssertions;
using NUnit.Framework;
using Summit.Evaluation;

namespace Summit.Tests.Evaluation;

/// <summary>
/// The cases of the CoNLL reference scorer's test suite (conll/reference-coreference-scorers,
/// test/CorefMetricTestConfig.pm, key TC-A: mentions named by letters) and classic extremes, as
/// ../shared/eval/tools/ecbplus-conll.py --selftest checks them.
/// </summary>
public class CorefMetricsTests
{
    private static IReadOnlyList<IReadOnlySet<char>> Clusters(string s) =>
        s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(x => (IReadOnlySet<char>)x.ToHashSet()).ToList();

    private const string TcA = "a cf hjm";

    private static void Expect(Prf got, double recall, double precision, double f1, double tolerance)
    {
        got.Recall.Should().BeApproximately(recall, tolerance);
        got.Precision.Should().BeApproximately(precision, tolerance);
        got.F1.Should().BeApproximately(f1, tolerance);
    }

    [Test]
    public void Muc_by_hand_on_TC_A2()
    {
        // Key {a} {c,f} {h,j,m}; response {a} {h,j}. Recall: {c,f} falls into two loose mentions (2 − 2 = 0
        // of 1 link), {h,j,m} into the response's {h,j} and a loose m (3 − 2 = 1 of 2 links): 1/3.
        // Precision: {h,j} lies inside one key cluster (1 of 1 link): 1. F1 = 2·(1/3)·1 / (4/3) = 0.5.
        Expect(CorefMetrics.Muc(Clusters(TcA), Clusters("a hj")), 1 / 3.0, 1, 0.5, 1e-12);
        // B3 recall: a 1, c 0, f 0, h and j 2/3 each, m 0 → (1 + 4/3) / 6 = 7/18; precision 1 (every
        // response mention's cluster lies in its key cluster).
        Expect(CorefMetrics.B3(Clusters(TcA), Clusters("a hj")), 7 / 18.0, 1, 14 / 25.0, 1e-12);
        // CEAF-e: a–a φ4 1, {h,j,m}–{h,j} φ4 2·2/5 = 0.8: 1.8 over 3 key and 2 response entities.
        Expect(CorefMetrics.CeafE(Clusters(TcA), Clusters("a hj")), 0.6, 0.9, 0.72, 1e-12);
    }

    // (id, response, MUC R P F, B3 R P F, CEAF-e R P F or null) from CorefMetricTestConfig.pm.
    private static IEnumerable<TestCaseData> ReferenceCases()
    {
        static double F(double p, double r) => 2 * p * r / (p + r);
        yield return Case("A1", "a cf hjm", [1, 1, 1], [1, 1, 1], [1, 1, 1]);
        yield return Case("A2", "a hj", [1 / 3.0, 1, 0.5], [7 / 3.0 / 6, 1, 14 / 25.0], [0.6, 0.9, 0.72]);
        yield return Case("A3", "a cfg hijm k", [1, 3 / 5.0, 0.75], [1, (4 + 7 / 12.0) / 9, 110 / 163.0], [0.88571, 0.66429, 0.75918]);
        yield return Case("A4", "a cfg hk i", [1 / 3.0, 1 / 3.0, 1 / 3.0],
            [(3 + 1 / 3.0) / 6, (1 + 4 / 3.0 + 1 / 2.0) / 7, F(5 / 9.0, 17 / 42.0)], [0.73333, 0.55, 0.62857]);
        yield return Case("A5", "a cdfg hk i", [1 / 3.0, 1 / 4.0, 2 / 7.0],
            [(3 + 1 / 3.0) / 6, 2.5 / 8, F(5 / 9.0, 5 / 16.0)], [0.68889, 0.51667, 0.59048]);
        yield return Case("A6", "a cfg hk di", [1 / 3.0, 1 / 4.0, 2 / 7.0],
            [10 / 3.0 / 6, (1 + 4 / 3.0 + 1 / 2.0) / 8, F(5 / 9.0, 17 / 48.0)], [0.73333, 0.55, 0.62857]);
        yield return Case("A10", "a c f h j m", [0, 0, 0], [3 / 6.0, 1, 2 / 3.0], null);
        yield return Case("A11", "acfhjm", [1, 3 / 5.0, 6 / 8.0], [1, (1 / 6.0 + 2 * 2 / 6.0 + 3 * 3 / 6.0) / 6, 14 / 25.0], null);
        yield return Case("A12", "a b e f h j l", [0, 0, 0],
            [(1 + 1 / 2.0 + 2 / 3.0) / 6, 4 / 7.0, F(13 / 36.0, 4 / 7.0)], null);
        yield return Case("A13", "abefhjl", [1 / 3.0, 1 / 6.0, 2 / 9.0],
            [(1 + 1 / 2.0 + 2 * 2 / 3.0) / 6, (1 / 7.0 + 1 / 7.0 + 2 * 2 / 7.0) / 7, F(17 / 36.0, 6 / 49.0)], null);

        static TestCaseData Case(string id, string response, double[] muc, double[] b3, double[]? ceafe) =>
            new TestCaseData(response, muc, b3, ceafe).SetName($"Reference_scorer_case_{id}");
    }

    [TestCaseSource(nameof(ReferenceCases))]
    public void Reference_scorer_cases_on_key_TC_A(string response, double[] muc, double[] b3, double[]? ceafe)
    {
        var key = Clusters(TcA);
        var resp = Clusters(response);
        Expect(CorefMetrics.Muc(key, resp), muc[0], muc[1], muc[2], 1e-9);
        Expect(CorefMetrics.B3(key, resp), b3[0], b3[1], b3[2], 1e-9);
        if (ceafe is not null) Expect(CorefMetrics.CeafE(key, resp), ceafe[0], ceafe[1], ceafe[2], 1e-4);
    }

    private static readonly IReadOnlyList<IReadOnlySet<char>> Key = Clusters("abc de f ghij");

    [Test]
    public void Identical_clusterings_score_one()
    {
        CorefMetrics.Score(Key, Clusters("abc de f ghij")).Conll.Should().BeApproximately(1, 1e-12);
    }

    [Test]
    public void All_singletons()
    {
        var single = Clusters("a b c d e f g h i j");
        var s = CorefMetrics.Score(Key, single);
        Expect(s.Muc, 0, 0, 0, 1e-12);
        Expect(s.B3, 0.4, 1, Prf.Of(1, 0.4).F1, 1e-12);
        // Best alignment: f–f 1, and one singleton per other key entity: 2/4, 2/3, 2/5.
        double total = 1 + 2 / 4.0 + 2 / 3.0 + 2 / 5.0;
        Expect(s.CeafE, total / 4, total / 10, Prf.Of(total / 10, total / 4).F1, 1e-12);
        // Without singletons both sides hold no link at all.
        CorefMetrics.Score(CorefMetrics.DropSingletons(Key), CorefMetrics.DropSingletons(single)).Conll.Should().Be(0);
    }

    [Test]
    public void One_big_cluster()
    {
        var s = CorefMetrics.Score(Key, Clusters("abcdefghij"));
        Expect(s.Muc, 1, 6 / 9.0, Prf.Of(6 / 9.0, 1).F1, 1e-12);
        double bp = (9 + 4 + 1 + 16) / 10.0 / 10;
        Expect(s.B3, 1, bp, Prf.Of(bp, 1).F1, 1e-12);
        // The one response entity aligns with {g,h,i,j}: φ4 = 2·4/14.
        Expect(s.CeafE, 8 / 14.0 / 4, 8 / 14.0, Prf.Of(8 / 14.0, 2 / 14.0).F1, 1e-12);
    }

    [Test]
    public void Mentions_of_one_side_only_count_as_singletons_of_the_other()
    {
        // Key without its singleton f, response with it: f changes nothing but the response's size.
        var s = CorefMetrics.Score(Clusters("abc de ghij"), Clusters("abc de f ghij"));
        s.Muc.F1.Should().Be(1);
        s.B3.Recall.Should().Be(1);
        s.B3.Precision.Should().BeApproximately(0.9, 1e-12);
        s.CeafE.Precision.Should().BeApproximately(3 / 4.0, 1e-12);
    }

    [Test]
    public void Assignment_is_optimal_against_brute_force()
    {
        var rnd = new Random(7);
        for (int t = 0; t < 300; t++)
        {
            int n = rnd.Next(1, 7), m = rnd.Next(1, 8);
            var w = new double[n, m];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < m; j++)
                    w[i, j] = rnd.Next(3) == 0 ? rnd.NextDouble() : 0;
            var pairs = CorefMetrics.MaxAssignment(w);
            pairs.Select(p => p.Row).Should().OnlyHaveUniqueItems();
            pairs.Select(p => p.Col).Should().OnlyHaveUniqueItems();
            pairs.Sum(p => w[p.Row, p.Col]).Should().BeApproximately(Best(w), 1e-9);
        }
    }

    /// <summary>The best assignment's weight by trying every way of matching rows to distinct columns.</summary>
    private static double Best(double[,] w)
    {
        int n = w.GetLength(0), m = w.GetLength(1);
        var used = new bool[m];
        double Go(int i)
        {
            if (i == n) return 0;
            double best = Go(i + 1); // row i left unmatched (more rows than columns)
            for (int j = 0; j < m; j++)
            {
                if (used[j]) continue;
                used[j] = true;
                best = Math.Max(best, w[i, j] + Go(i + 1));
                used[j] = false;
            }
            return best;
        }
        return Go(0);
    }
}
