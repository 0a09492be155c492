using Summit.Claims;
using Summit.Lexical;
using Summit.Text;
using Summit.Time;

namespace Summit.Alignment;

/// <summary>
/// The default aligner. Each claim becomes a bag of content lemmas (weighted by how rare they are
/// among all claims), the concepts of those lemmas (WordNet synonyms and derivations, the news
/// lexicon: "collapse" ~ "break down", "discuss" ~ "discussion") and its entities. An inverted index
/// on lemmas and concepts proposes candidate pairs (claims with nothing in common are never
/// compared); a pair scores by weighted soft overlap, with a bonus for one predicate and a penalty
/// for times that cannot both hold. For each pair of reports a claim is linked to its mutual best
/// match above <see cref="SummitOptions.AlignmentThreshold"/>; linked claims form one group.
/// </summary>
internal sealed class ClaimAligner : IClaimAligner
{
    private const double ConceptMatch = 0.7;

    /// <summary>
    /// How far either side of <see cref="SummitOptions.AlignmentThreshold"/> a pair's lexical score is undecided, so that
    /// an <see cref="IStatementJudge"/>, when one is registered, is asked about it. Fitted on MSRP train (the engine's
    /// judgement of each pair, with Summit.Semantic's judge) by
    /// <c>dotnet run -c Release --project tests/Summit.Evaluation -- --fit-semantic</c>.
    /// </summary>
    internal const double UndecidedBand = 0.15;

    private readonly SummitOptions _options;
    private readonly Lexicon _words;
    private readonly Gazetteer _gazetteer;
    private readonly IStatementJudge? _judge;
    private readonly double _band;

    /// <summary>Creates the aligner.</summary>
    /// <param name="options">Its thresholds.</param>
    /// <param name="lexicon">Its words' lemmas, concepts and places.</param>
    /// <param name="judge">The second opinion for undecided pairs, or null for the lexical judgement alone.</param>
    /// <param name="band">The undecided band (<see cref="UndecidedBand"/>; another value only when fitting it).</param>
    public ClaimAligner(SummitOptions options, LexicalResources lexicon, IStatementJudge? judge = null, double band = UndecidedBand)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        ArgumentNullException.ThrowIfNull(lexicon);
        _words = lexicon.Words;
        _gazetteer = lexicon.Gazetteer;
        _judge = judge;
        _band = band;
    }

    /// <summary>A claim's features.</summary>
    internal sealed class Features
    {
        private HashSet<string>? _concepts;

        public required Dictionary<string, string[]> Lemmas { get; init; } // lemma → its concepts

        /// <summary>Every concept of the claim's lemmas and predicate (built when first asked for).</summary>
        public HashSet<string> Concepts => _concepts ??= [.. Lemmas.Values.SelectMany(c => c), .. PredicateConcepts];
        public required string[] PredicateConcepts { get; init; }
        public required string Predicate { get; init; }
    }

    /// <summary>A claim's features as sorted ids and weights, for fast pair scoring.</summary>
    internal sealed class Compiled
    {
        public required int[] Ids { get; init; }
        public required double[] Weights { get; init; }
        public required int[][] Concepts { get; init; }
        public required bool[] IsFigure { get; init; }
        public required int[] AllConcepts { get; init; }
        public required int[] PredicateConcepts { get; init; }
        public required double Total { get; init; }

        /// <summary>The summed weight of its figures ("12", "6.8"), which disagree as values, not as words.</summary>
        public required double FigureWeight { get; init; }
    }

    /// <summary>Features of all claims, weighted by how rare each lemma is among them, compiled to ids.</summary>
    internal (Features[] Features, Compiled[] Compiled, Dictionary<string, double> Weights) Prepare(IReadOnlyList<Claim> claims)
    {
        var features = new Features[claims.Count];
        for (int i = 0; i < claims.Count; i++) features[i] = FeaturesOf(claims[i]);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in features) foreach (var l in f.Lemmas.Keys) df[l] = df.GetValueOrDefault(l) + 1;
        var weights = df.ToDictionary(p => p.Key, p => Math.Log(1 + claims.Count / (double)p.Value), StringComparer.Ordinal);
        var lemmaIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var conceptIds = new Dictionary<string, int>(StringComparer.Ordinal);
        // concept lists are shared arrays (one per word), so each is turned into ids once
        var compiledConcepts = new Dictionary<string[], int[]>(ReferenceEqualityComparer.Instance);
        int[] ConceptIds(string[] cs)
        {
            if (compiledConcepts.TryGetValue(cs, out var done)) return done;
            var ids = new int[cs.Length];
            for (int k = 0; k < cs.Length; k++) ids[k] = conceptIds.TryGetValue(cs[k], out var id) ? id : conceptIds[cs[k]] = conceptIds.Count;
            Array.Sort(ids);
            return compiledConcepts[cs] = ids.Distinct().ToArray();
        }
        var compiled = new Compiled[features.Length];
        var all = new List<int>();
        var figureIds = new HashSet<int>();
        for (int i = 0; i < features.Length; i++)
        {
            var f = features[i];
            var entries = new (int Id, double W, int[] C)[f.Lemmas.Count];
            int n = 0;
            foreach (var (lemma, cs) in f.Lemmas)
            {
                int id = lemmaIds.TryGetValue(lemma, out var known) ? known : lemmaIds[lemma] = lemmaIds.Count;
                if (char.IsDigit(lemma[0])) figureIds.Add(id);
                entries[n++] = (id, weights[lemma], ConceptIds(cs));
            }
            Array.Sort(entries, (a, b) => a.Id.CompareTo(b.Id));
            var predicate = ConceptIds(f.PredicateConcepts);
            all.Clear();
            foreach (var e in entries) all.AddRange(e.C);
            all.AddRange(predicate);
            all.Sort();
            compiled[i] = new Compiled
            {
                Ids = Array.ConvertAll(entries, e => e.Id),
                Weights = Array.ConvertAll(entries, e => e.W),
                Concepts = Array.ConvertAll(entries, e => e.C),
                IsFigure = Array.ConvertAll(entries, e => figureIds.Contains(e.Id)),
                AllConcepts = all.Distinct().ToArray(),
                PredicateConcepts = predicate,
                Total = entries.Sum(e => e.W),
                FigureWeight = f.Lemmas.Where(l => char.IsDigit(l.Key[0])).Sum(l => weights[l.Key]),
            };
        }
        return (features, compiled, weights);
    }

    public IReadOnlyList<ClaimGroup> Align(IReadOnlyList<Claim> claims, Story story, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(story);
        var (features, compiled, weights) = Prepare(claims);

        // Blocking: an inverted index from lemma to claims. Two claims are compared only when they share
        // enough lemmas to pass the score's gate; a lemma in very many claims proposes no pairs.
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < features.Length; i++)
            foreach (var l in features[i].Lemmas.Keys) Post(index, l, i);
        var reports = claims.Select(c => c.ReportId).Distinct(StringComparer.Ordinal).ToArray();
        int maxPosting = Math.Max(50, 3 * reports.Length); // a fact told by every report still pairs
        var reportIndex = reports.Select((r, k) => (r, k)).ToDictionary(x => x.r, x => x.k, StringComparer.Ordinal);
        var reportOf = claims.Select(c => reportIndex[c.ReportId]).ToArray();
        // a headline says little besides its names ("Fire at Waitrose tackled", "Man charged over Waitrose fire"): it
        // links with another claim only when both state one predicate
        var heading = claims.Select(c => story.IndexOf(c.ReportId) >= 0 && story.Analysis(c.ReportId).Sentences is var ss
            && c.Sentence >= 0 && c.Sentence < ss.Count && ss[c.Sentence].Heading).ToArray();
        bool Unlike(int a, int b) => (heading[a] || heading[b]) && !SamePredicate(claims[a], claims[b], compiled[a], compiled[b]);

        // best[i][report] = (j, score)
        var best = new Dictionary<int, (int Other, double Score)>[claims.Count];
        for (int i = 0; i < claims.Count; i++) best[i] = new();
        // Each claim scores only its most promising candidates (most rare lemmas shared), so the cost grows
        // with the number of claims, not with its square, even when every report tells the same facts.
        var sharedCount = new int[claims.Count];
        var sharedWeight = new double[claims.Count];
        var touched = new List<int>();
        var ranked = new List<(int J, double Weight)>();
        var scored = new HashSet<long>();
        // with a judge, the scored pairs are kept until the undecided ones are judged (Keep is order-free)
        var pending = _judge is null ? null : new List<(int I, int J, double Score)>();
        for (int i = 0; i < claims.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var key in features[i].Lemmas.Keys)
                if (index.TryGetValue(key, out var posting) && posting.Count <= maxPosting)
                {
                    double w = weights[key];
                    // a lemma told by very many claims: its first claims are enough to join them all (links chain)
                    int walk = Math.Min(posting.Count, MaxWalk);
                    for (int p = 0; p < walk; p++)
                    {
                        int j = posting[p];
                        if (reportOf[j] == reportOf[i]) continue;
                        if (sharedCount[j]++ == 0) touched.Add(j);
                        sharedWeight[j] += w;
                    }
                }
            ranked.Clear();
            foreach (var j in touched)
            {
                if (sharedCount[j] >= MinShared - 1) ranked.Add((j, sharedWeight[j]));
                sharedCount[j] = 0;
                sharedWeight[j] = 0;
            }
            touched.Clear();
            if (ranked.Count > MaxCandidates)
            {
                ranked.Sort((x, y) => y.Weight != x.Weight ? y.Weight.CompareTo(x.Weight) : x.J.CompareTo(y.J));
                ranked.RemoveRange(MaxCandidates, ranked.Count - MaxCandidates);
            }
            foreach (var (j, _) in ranked)
            {
                if (!scored.Add(Math.Min(i, j) * (long)claims.Count + Math.Max(i, j))) continue;
                double score = Unlike(i, j) ? 0 : Score(claims[i], claims[j], compiled[i], compiled[j]);
                if (Background(claims[i], claims[j], story) || Background(claims[j], claims[i], story)) score *= 0.4;
                if (pending is not null) { pending.Add((i, j, score)); continue; }
                Keep(best[i], reportOf[j], j, score);
                Keep(best[j], reportOf[i], i, score);
            }
        }
        var judged = pending is null ? null : Judge(claims, pending, cancellationToken);
        if (pending is not null)
            foreach (var (i, j, lexical) in pending)
            {
                double score = judged!.TryGetValue((Math.Min(i, j), Math.Max(i, j)), out var s) ? s : lexical;
                Keep(best[i], reportOf[j], j, score);
                Keep(best[j], reportOf[i], i, score);
            }

        // Links become groups strongest first. A group holds claims of at most three sentences of one report:
        // a report states a fact in its lead and may restate it once or twice, so a join that would give one
        // report more is a chain through look-alike claims ("said it would", "shares rose"), not one fact.
        // And two groups join only when their claims are alike on average (SummitOptions.GroupCohesion), not
        // merely through the one link that would join them (average link: no chain through a bridging claim).
        double PairScore(int a, int b)
        {
            if (judged is not null && judged.TryGetValue((Math.Min(a, b), Math.Max(a, b)), out var j)) return j;
            double sc = Unlike(a, b) ? 0 : Score(claims[a], claims[b], compiled[a], compiled[b]);
            if (Background(claims[a], claims[b], story) || Background(claims[b], claims[a], story)) sc *= 0.4;
            return sc;
        }
        var groupOf = new GroupSet(claims, reportOf, _options.GroupCohesion * _options.AlignmentThreshold, PairScore);
        var candidates = new List<(int A, int B, double Score)>();
        for (int i = 0; i < claims.Count; i++)
        {
            // in any order: the candidates are sorted below
            foreach (var (r, (j, s)) in best[i])
            {
                if (s < _options.AlignmentThreshold) continue;
                bool mutual = best[j].TryGetValue(reportOf[i], out var back) && back.Other == i;
                if (mutual && j < i) continue; // the pair is linked from j's side
                // a claim whose best match prefers another claim of the same report joins it when the match is strong
                if (!mutual && s < _options.AlignmentThreshold + OneSidedMargin) continue;
                candidates.Add((Math.Min(i, j), Math.Max(i, j), s));
            }
        }
        var links = new List<(int A, int B, double Score)>();
        foreach (var link in candidates.OrderByDescending(l => l.Score).ThenBy(l => l.A).ThenBy(l => l.B))
            if (groupOf.TryJoin(link.A, link.B)) links.Add(link);
        // A claim whose best match is already linked to another claim of the same sentence joins them
        // (a quote and its frame, two clauses of one sentence that one claim of the other report states).
        var linkedTo = new Dictionary<(int Claim, int Report), int>();
        foreach (var (a, b, _) in links) { linkedTo[(a, reportOf[b])] = b; linkedTo[(b, reportOf[a])] = a; }
        foreach (var i in Enumerable.Range(0, claims.Count))
            foreach (var (r, (j, s)) in best[i].OrderBy(p => p.Key))
            {
                if (s < _options.AlignmentThreshold || linkedTo.ContainsKey((i, r))) continue;
                if (!linkedTo.TryGetValue((j, reportOf[i]), out var partner)) continue;
                if (claims[partner].Sentence != claims[i].Sentence) continue;
                if (groupOf.TryJoin(i, j)) links.Add((Math.Min(i, j), Math.Max(i, j), s));
            }
        int Find(int x) => groupOf.Find(x);
        var groups = new SortedDictionary<int, List<int>>();
        for (int i = 0; i < claims.Count; i++)
        {
            int root = Find(i);
            if (!groups.TryGetValue(root, out var g)) groups[root] = g = [];
            g.Add(i);
        }
        var linksOf = new Dictionary<int, List<ClaimLink>>();
        foreach (var (a, b, score) in links)
        {
            int root = Find(a);
            if (!linksOf.TryGetValue(root, out var list)) linksOf[root] = list = [];
            list.Add(new ClaimLink(claims[a].Id, claims[b].Id, Math.Round(score, 4)));
        }
        return groups.Values.OrderBy(g => g[0]).Select(g => new ClaimGroup(
            g.Select(i => claims[i].Id).ToArray(),
            linksOf.TryGetValue(Find(g[0]), out var l) ? l.ToArray() : [])).ToArray();
    }

    /// <summary>
    /// Asks the judge about the pairs whose lexical score is in the undecided band; each answer p becomes the score
    /// threshold + (2p − 1) · band, so it stays in the band: a sure "same" links, a sure "not" does not, and a
    /// pair the judge is unsure of stays near the threshold. Each pair by (smaller, larger) claim index.
    /// </summary>
    private Dictionary<(int, int), double> Judge(IReadOnlyList<Claim> claims, List<(int I, int J, double Score)> scored, CancellationToken cancellationToken)
    {
        double threshold = _options.AlignmentThreshold;
        var undecided = scored.Where(p => p.Score > 0 && Math.Abs(p.Score - threshold) <= _band).ToList();
        var result = new Dictionary<(int, int), double>();
        if (undecided.Count == 0) return result;
        var answers = _judge!.Judge(undecided.Select(p => new StatementPair(claims[p.I].Text, claims[p.J].Text)).ToArray(), cancellationToken);
        if (answers.Count != undecided.Count) throw new InvalidOperationException($"The statement judge answered {answers.Count} of {undecided.Count} pairs.");
        for (int k = 0; k < undecided.Count; k++)
        {
            double p = Math.Clamp(answers[k], 0, 1);
            result[(Math.Min(undecided[k].I, undecided[k].J), Math.Max(undecided[k].I, undecided[k].J))] = threshold + (2 * p - 1) * _band;
        }
        return result;
    }

    /// <summary>
    /// Claims joined into groups (union by size), each group knowing the sentence it holds of each report,
    /// so that a join which would give one report more than three sentences in one group is refused.
    /// </summary>
    private sealed class GroupSet
    {
        private const int MaxSentencesPerReport = 3;

        private readonly int[] _parent;
        private readonly List<int>[] _members;
        private readonly int[] _reportOf;
        private readonly double _minAverage;
        private readonly Func<int, int, double> _score;
        private readonly Dictionary<int, List<int>>[] _sentencesOf; // per group root: report → the sentences it holds
        private readonly HashSet<(int, int)> _refused = [];

        /// <param name="claims">The claims.</param>
        /// <param name="reportOf">Each claim's report, as an index.</param>
        /// <param name="minAverage">The mean pair score two groups must reach to be joined (0: no such check).</param>
        /// <param name="score">The score of a pair of claims, by index.</param>
        public GroupSet(IReadOnlyList<Claim> claims, int[] reportOf, double minAverage, Func<int, int, double> score)
        {
            _reportOf = reportOf;
            _minAverage = minAverage;
            _score = score;
            _members = new List<int>[claims.Count];
            _parent = new int[claims.Count];
            _sentencesOf = new Dictionary<int, List<int>>[claims.Count];
            for (int i = 0; i < claims.Count; i++)
            {
                _parent[i] = i;
                _members[i] = [i];
                _sentencesOf[i] = new() { [reportOf[i]] = [claims[i].Sentence] };
            }
        }

        /// <summary>The mean score of the claims of two groups over pairs of different reports (at most 8 × 8, evenly sampled).</summary>
        private double Average(List<int> a, List<int> b)
        {
            const int Most = 8;
            double sum = 0;
            int n = 0;
            int stepA = Math.Max(1, a.Count / Most), stepB = Math.Max(1, b.Count / Most);
            for (int x = 0; x < a.Count; x += stepA)
                for (int y = 0; y < b.Count; y += stepB)
                {
                    if (_reportOf[a[x]] == _reportOf[b[y]]) continue;
                    sum += _score(a[x], b[y]);
                    n++;
                }
            return n == 0 ? 1 : sum / n;
        }

        public int Find(int x)
        {
            while (_parent[x] != x) x = _parent[x] = _parent[_parent[x]];
            return x;
        }

        /// <summary>Joins the groups of two claims unless one report would then tell it in too many sentences.</summary>
        public bool TryJoin(int a, int b)
        {
            int ra = Find(a), rb = Find(b);
            if (ra == rb) return true;
            // groups only grow, so two groups refused once stay refused: many links between two big groups are checked once
            if (_refused.Contains((Math.Min(ra, rb), Math.Max(ra, rb)))) return false;
            var (small, large) = _sentencesOf[ra].Count <= _sentencesOf[rb].Count ? (ra, rb) : (rb, ra);
            foreach (var (report, sentences) in _sentencesOf[small])
                if (_sentencesOf[large].TryGetValue(report, out var other) && other.Count + sentences.Count(x => !other.Contains(x)) > MaxSentencesPerReport)
                {
                    _refused.Add((Math.Min(ra, rb), Math.Max(ra, rb)));
                    return false;
                }
            if (_minAverage > 0 && Average(_members[ra], _members[rb]) < _minAverage)
            {
                _refused.Add((Math.Min(ra, rb), Math.Max(ra, rb)));
                return false;
            }
            _members[large].AddRange(_members[small]);
            _members[small] = [];
            foreach (var (report, sentences) in _sentencesOf[small])
            {
                if (!_sentencesOf[large].TryGetValue(report, out var other)) _sentencesOf[large][report] = sentences;
                else foreach (var x in sentences) if (!other.Contains(x)) other.Add(x);
            }
            _sentencesOf[small] = [];
            _parent[small] = large;
            return true;
        }
    }

    /// <summary>
    /// Whether <paramref name="a"/> happened long before the report of <paramref name="b"/> while
    /// <paramref name="b"/> speaks of now or later: different events ("met in 2011" vs "will be the first summit").
    /// </summary>
    private static bool Background(Claim a, Claim b, Story story)
    {
        if (a.Time is not { Anchored: true, Type: not TimeType.Duration } t || b.Time is not null) return false;
        if (b.Tense is not (Tense.Present or Tense.Future)) return false;
        if (TimexValue.Parse(t.Value) is not { } period) return false;
        var published = story.IndexOf(b.ReportId) >= 0 ? story.Report(b.ReportId).Published : null;
        // ended more than a year before the report's date
        return published is { } p && period.Last.DayNumber < p.DayNumber - 366;
    }

    private static void Post(Dictionary<string, List<int>> index, string key, int i)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (list.Count == 0 || list[^1] != i) list.Add(i);
    }

    private static void Keep(Dictionary<int, (int Other, double Score)> best, int report, int other, double score)
    {
        if (!best.TryGetValue(report, out var current) || score > current.Score || (score == current.Score && other < current.Other))
            best[report] = (other, score);
    }

    /// <summary>How alike two claims are, in [0, 1].</summary>
    internal static double Score(Claim a, Claim b, Compiled fa, Compiled fb)
    {
        double matched = 0;
        int exact = 0, soft = 0;
        // exact lemmas: a merge of the two sorted id lists
        int x = 0, y = 0;
        while (x < fa.Ids.Length && y < fb.Ids.Length)
        {
            if (fa.Ids[x] == fb.Ids[y]) { matched += fa.Weights[x] + fb.Weights[y]; exact++; x++; y++; }
            else if (fa.Ids[x] < fb.Ids[y]) x++;
            else y++;
        }
        if (exact < MinShared - 1) return 0;
        soft += Soft(fa, fb, ref matched);
        soft += Soft(fb, fa, ref matched);
        // Evidence enough to be one statement: three shared words, or two and a synonym.
        if (!(exact >= MinShared || soft >= 1)) return 0;
        double total = fa.Total + fb.Total;
        // two claims that both give figures say how many or how much: different figures are a matter for
        // reconciliation (a conflict), not a sign of different statements
        if (fa.FigureWeight > 0 && fb.FigureWeight > 0) total -= fa.FigureWeight + fb.FigureWeight - SharedFigureWeight(fa, fb);
        if (total <= 0) return 0;
        double score = matched / total;
        if (SamePredicate(a, b, fa, fb)) score += 0.1;
        if (a.Time is { Anchored: true } ta && b.Time is { Anchored: true } tb && ta.Type != TimeType.Duration && tb.Type != TimeType.Duration)
            score = Compatible(ta, tb) ? score + 0.05 : score * 0.4;
        if (a.Negated != b.Negated) score *= 0.9;
        return Math.Min(1, score);
    }

    /// <summary>Whether two claims state one predicate: the same lemma, or lemmas that share a concept ("die", "pass away").</summary>
    private static bool SamePredicate(Claim a, Claim b, Compiled fa, Compiled fb) =>
        a.Predicate == b.Predicate || Intersects(fa.PredicateConcepts, fb.PredicateConcepts);

    private static double SharedFigureWeight(Compiled a, Compiled b)
    {
        // matched figures counted in both totals stay in (they were added to "matched" on both sides)
        double w = 0;
        int x = 0, y = 0;
        while (x < a.Ids.Length && y < b.Ids.Length)
        {
            if (a.Ids[x] == b.Ids[y]) { if (a.IsFigure[x]) w += a.Weights[x] + b.Weights[y]; x++; y++; }
            else if (a.Ids[x] < b.Ids[y]) x++;
            else y++;
        }
        return w;
    }

    /// <summary>Lemmas of <paramref name="from"/> absent from <paramref name="to"/> that share a concept with it.</summary>
    private static int Soft(Compiled from, Compiled to, ref double matched)
    {
        int soft = 0;
        for (int k = 0; k < from.Ids.Length; k++)
        {
            if (from.Concepts[k].Length == 0 || Array.BinarySearch(to.Ids, from.Ids[k]) >= 0) continue;
            if (Intersects(from.Concepts[k], to.AllConcepts)) { matched += from.Weights[k] * ConceptMatch; soft++; }
        }
        return soft;
    }

    private static bool Intersects(int[] a, int[] b)
    {
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y]) return true;
            if (a[x] < b[y]) x++; else y++;
        }
        return false;
    }

    /// <summary>The content words two claims must share (exactly) to be compared at all; one fewer with a shared synonym.</summary>
    internal const int MinShared = 3;

    /// <summary>How far above the threshold a one-sided best match must score to link.</summary>
    internal const double OneSidedMargin = 0.05;

    /// <summary>How many candidates each claim scores at most (those sharing the rarest lemmas).</summary>
    internal const int MaxCandidates = 32;

    /// <summary>How many claims of one lemma's posting a claim looks at.</summary>
    internal const int MaxWalk = 128;

    /// <summary>Whether two anchored times can be the time of one event (one contains or overlaps the other).</summary>
    internal static bool Compatible(TimeExpression a, TimeExpression b)
    {
        var (x, y) = (a.Value, b.Value);
        if (x.Length == 0 || y.Length == 0) return true;
        if (x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal)) return true;
        if (TimexValue.Parse(x) is not { } px || TimexValue.Parse(y) is not { } py) return true; // cannot tell: no penalty
        return px.Overlaps(py);
    }

    private static readonly HashSet<string> Light = new(
    [
        "be", "have", "do", "say", "tell", "make", "get", "go", "come", "take", "give", "mr", "mrs", "ms", "year", "time", "day", "week", "month",
        "report", "news", "agency", "official", "people", "way", "thing", "lot", "part", "first", "last", "new", "other", "such", "own",
        "accord", "expect", "due", "likely", "unlikely", "able", "keen", "plan", "today", "yesterday", "tomorrow",
        "earlier", "later", "now", "just", "still", "already", "also", .. CalendarWords.WeekdayNames, .. CalendarWords.MonthNames,
    ], StringComparer.Ordinal);

    /// <summary>The content lemmas of a claim with their concepts.</summary>
    internal Features FeaturesOf(Claim claim)
    {
        var lemmas = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var tokens = new List<Token>();
        // the claim's words, and those of arguments it borrows from outside its span ("where" → the place before it)
        var text = string.Join(" | ", [claim.Text, .. claim.Arguments.Where(a => !claim.Span.Contains(a.Span)).Select(a => a.Text),
            .. claim.Attribution is { } who && !claim.Text.Contains(who, StringComparison.Ordinal) ? [who] : Array.Empty<string>()]);
        Tokenizer.Tokenize(text, new Documents.Span(0, text.Length), tokens);
        var words = _wordCache.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation) continue;
            var span = t.Span.In(text);
            if (!words.TryGetValue(span, out var info)) info = _wordCache.GetOrAdd(span.ToString(), static (w, self) => WordInfo.Of(w, self._words, self._gazetteer), this);
            if (info.Lemma is null) continue;
            var lemma = info.Lemma;
            var c = info.Concepts;
            // a phrasal verb is one lemma: "broke down" → "break down", "looking for" → "look for"
            if (info.Verb is { } verb && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word)
            {
                var next = tokens[k + 1].Span.Of(text).ToLowerInvariant();
                if (WordClasses.Particles.Contains(next) && _words.Find(verb + " " + next) is { } phrasal && (phrasal.Parts & PartsOfSpeech.Verb) != 0)
                {
                    lemma = phrasal.Lemma;
                    c = _words.ConceptsOf(lemma);
                    k++;
                }
            }
            // "New Zealand" read as one name: a two-word place stands for its country too
            if (char.IsUpper(span[0]) && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[k + 1].Span.Start])
                && _gazetteer.Find(text[t.Span.Start..tokens[k + 1].Span.End]) is { } two)
                c = [.. c, "place:" + two.CountryCode];
            if (Light.Contains(lemma) || lemmas.ContainsKey(lemma)) continue;
            lemmas[lemma] = c;
        }
        return new Features { Lemmas = lemmas, PredicateConcepts = _words.ConceptsOf(claim.Predicate), Predicate = claim.Predicate };
    }

    // What each word as written contributes; words repeat, so each is worked out once (bounded by the vocabulary read).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, WordInfo> _wordCache = new(StringComparer.Ordinal);

    /// <summary>A word's lemma (null: it carries no content), concepts (a place's country among them) and verb lemma.</summary>
    private sealed record WordInfo(string? Lemma, string[] Concepts, string? Verb)
    {
        public static WordInfo Of(string word, Lexicon words, Gazetteer gazetteer)
        {
            var w = word.ToLowerInvariant();
            if (w.Length < 2 || WordClasses.Of(w) is not (WordClass.Other or WordClass.Adverb) || Light.Contains(w)) return new(null, [], null);
            if (char.IsDigit(w[0])) return new(w, [], null);
            var lemma = words.AnyLemma(w);
            var c = words.ConceptsOf(lemma);
            // a place stands for its country too: "Nairobi" meets "Kenya"
            if (char.IsUpper(word[0]) && gazetteer.Find(word) is { } place) c = [.. c, "place:" + place.CountryCode];
            return new(lemma, c, words.Lemma(w, PartsOfSpeech.Verb));
        }
    }
}
