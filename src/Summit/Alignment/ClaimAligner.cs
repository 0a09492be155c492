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
/// match above <see cref="SummitOptions.AlignmentThreshold"/>; linked claims form one group. That is for clauses; a
/// further event inside a clause (<see cref="ClaimKind.Predicate"/>, <see cref="ClaimKind.Nominal"/>) joins its clause's
/// fact when another report's clause in it states that event, else groups by event identity inside that fact
/// (<see cref="EventGrouping"/>).
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
    internal const double UndecidedBand = 0.2;

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
    internal (Features[] Features, Compiled[] Compiled, Dictionary<string, double> Weights) Prepare(IReadOnlyList<Claim> claims, Story? story = null)
    {
        var features = new Features[claims.Count];
        for (int i = 0; i < claims.Count; i++) features[i] = FeaturesOf(claims[i], AnalysisOf(claims[i], story));
        var lexicon = Compile(features);
        var weights = lexicon.LemmaIds.ToDictionary(p => p.Key, p => lexicon.Weights[p.Value], StringComparer.Ordinal);
        return (features, lexicon.Compiled, weights);
    }

    /// <summary>
    /// The claims' features compiled to lemma ids: each claim's <see cref="Compiled"/> form, its lemma ids in the order
    /// it holds them, each lemma's weight and the claims that hold it (in claim order) as one flat posting array.
    /// </summary>
    private sealed class CompiledClaims
    {
        public required Compiled[] Compiled { get; init; }
        public required int[][] Lemmas { get; init; }         // per claim: its lemma ids, in the claim's order
        public required double[] Weights { get; init; }       // per lemma id
        public required int[] PostingStart { get; init; }     // per lemma id: where its claims start in Postings (one more at the end)
        public required int[] Postings { get; init; }
        public required Dictionary<string, int> LemmaIds { get; init; }
    }

    private static CompiledClaims Compile(Features[] features)
    {
        // lemma ids in order of first use; each lemma's document frequency and weight
        var lemmaIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var df = new List<int>();
        var figure = new List<bool>(); // per lemma id: a figure ("12", "6.8")
        var order = new int[features.Length][];
        for (int i = 0; i < features.Length; i++)
        {
            var ids = new int[features[i].Lemmas.Count];
            int n = 0;
            foreach (var lemma in features[i].Lemmas.Keys)
            {
                if (!lemmaIds.TryGetValue(lemma, out var id)) { lemmaIds[lemma] = id = lemmaIds.Count; df.Add(0); figure.Add(char.IsDigit(lemma[0])); }
                df[id]++;
                ids[n++] = id;
            }
            order[i] = ids;
        }
        var weights = new double[df.Count];
        for (int id = 0; id < weights.Length; id++) weights[id] = Math.Log(1 + features.Length / (double)df[id]);
        var postingStart = new int[df.Count + 1];
        for (int id = 0; id < df.Count; id++) postingStart[id + 1] = postingStart[id] + df[id];
        var postings = new int[postingStart[^1]];
        var filled = postingStart[..^1];
        for (int i = 0; i < order.Length; i++) foreach (var id in order[i]) postings[filled[id]++] = i;

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
        for (int i = 0; i < features.Length; i++)
        {
            var f = features[i];
            var entries = new (int Id, double W, int[] C)[f.Lemmas.Count];
            int n = 0;
            double figureWeight = 0;
            foreach (var cs in f.Lemmas.Values)
            {
                int id = order[i][n];
                if (figure[id]) figureWeight += weights[id];
                entries[n++] = (id, weights[id], ConceptIds(cs));
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
                IsFigure = Array.ConvertAll(entries, e => figure[e.Id]),
                AllConcepts = all.Distinct().ToArray(),
                PredicateConcepts = predicate,
                Total = entries.Sum(e => e.W),
                FigureWeight = figureWeight,
            };
        }
        return new CompiledClaims { Compiled = compiled, Lemmas = order, Weights = weights, PostingStart = postingStart, Postings = postings, LemmaIds = lemmaIds };
    }

    /// <summary>The best-scoring claim of one report for a claim: the other claim and the pair's score.</summary>
    private readonly record struct Match(int Other, double Score);

    public IReadOnlyList<ClaimGroup> Align(IReadOnlyList<Claim> claims, Story story, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(story);
        // clauses align by what they say; the further events inside them by event identity within their clauses' facts
        var clauses = new List<Claim>(claims.Count);
        var events = new List<int>();
        var parent = new int[claims.Count]; // a further event's clause: the clause claim before it (it is emitted right after its clause)
        var position = new Dictionary<Claim, int>(claims.Count, ReferenceEqualityComparer.Instance);
        int lastClause = -1;
        for (int i = 0; i < claims.Count; i++)
        {
            position[claims[i]] = i;
            if (claims[i].Kind == ClaimKind.Clause) { clauses.Add(claims[i]); lastClause = i; }
            else events.Add(i);
            parent[i] = claims[i].Kind == ClaimKind.Clause || lastClause < 0 || claims[lastClause].ReportId != claims[i].ReportId
                || !claims[lastClause].Span.Contains(claims[i].Span) ? -1 : lastClause;
        }
        var groups = new List<ClaimGroup>(AlignClauses(clauses, story, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        // each fact's clause predicates as event keys, with the report that states each (null: more than one report)
        var groupOfClause = new Dictionary<Claim, int>(ReferenceEqualityComparer.Instance);
        var stated = new Dictionary<(int Group, string Key), string?>();
        for (int g = 0; g < groups.Count; g++)
            foreach (var c in groups[g].Claims)
            {
                groupOfClause[c] = g;
                var key = (g, _words.EventLemma(c.Predicate));
                stated[key] = stated.TryGetValue(key, out var by) && by != c.ReportId ? null : c.ReportId;
            }
        var factOf = new int[claims.Count];
        foreach (var i in events) factOf[i] = parent[i] >= 0 ? groupOfClause[claims[parent[i]]] : -1 - i;
        // an event named inside a clause of a fact that another report's clause states ("…, killing ten people" beside
        // "Rebels killed ten people") is that fact's event: it joins the fact; the other events are grouped among themselves
        var joined = new List<Claim>?[groups.Count];
        var rest = new List<int>(events.Count);
        foreach (var i in events)
        {
            int g = factOf[i];
            if (g >= 0 && stated.TryGetValue((g, _words.EventLemma(claims[i].Predicate)), out var by) && by != claims[i].ReportId)
                (joined[g] ??= []).Add(claims[i]);
            else rest.Add(i);
        }
        for (int g = 0; g < joined.Length; g++)
            if (joined[g] is { } more) groups[g] = groups[g] with { Claims = [.. groups[g].Claims.Concat(more).OrderBy(c => position[c])] };
        foreach (var g in EventGrouping.Group(claims, rest, factOf, _words))
            groups.Add(new ClaimGroup(g.Select(i => claims[i]).ToArray(), []));
        // the facts of clauses first, then those of further events only, each in order of their first claim (so a
        // statement's fact keeps its number whether or not its clauses name further events)
        return groups.OrderBy(g => g.Claims.Any(c => c.Kind == ClaimKind.Clause) ? 0 : 1).ThenBy(g => position[g.Claims[0]]).ToArray();
    }

    private ClaimGroup[] AlignClauses(IReadOnlyList<Claim> claims, Story story, CancellationToken cancellationToken)
    {
        int count = claims.Count;
        var features = new Features[count];
        for (int i = 0; i < count; i++) features[i] = FeaturesOf(claims[i], AnalysisOf(claims[i], story));
        var lexicon = Compile(features);
        features = null; // the compiled form is all that is needed from here
        var compiled = lexicon.Compiled;

        // Blocking: an inverted index from lemma to claims (lexicon.Postings). Two claims are compared only when they
        // share enough lemmas to pass the score's gate; a lemma in very many claims proposes no pairs.
        var reportIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var reportOf = new int[count];
        for (int i = 0; i < count; i++)
            if (!reportIndex.TryGetValue(claims[i].ReportId, out reportOf[i])) reportIndex[claims[i].ReportId] = reportOf[i] = reportIndex.Count;
        int maxPosting = Math.Max(50, 3 * reportIndex.Count); // a fact told by every report still pairs
        // a headline says little besides its names ("Fire at Waitrose tackled", "Man charged over Waitrose fire"): it
        // links with another claim only when both state one predicate
        var heading = claims.Select(c => story.IndexOf(c.ReportId) >= 0 && story.Analysis(c.ReportId).Sentences is var ss
            && c.Sentence >= 0 && c.Sentence < ss.Count && ss[c.Sentence].Heading).ToArray();
        bool Unlike(int a, int b) => (heading[a] || heading[b]) && !SamePredicate(claims[a], claims[b], compiled[a], compiled[b]);

        // Each claim scores only its most promising candidates (most rare lemmas shared), so the cost grows
        // with the number of claims, not with its square, even when every report tells the same facts.
        // The pairs are gathered first (each as one number: the two claims and which of them chose the other),
        // then sorted, so that each pair is scored once, in the direction it was first proposed, without a set of pairs.
        var pairs = new long[(long)count * MaxCandidates];
        int pairCount = 0;
        var sharedCount = new int[count];
        var sharedWeight = new double[count];
        var touched = new List<int>();
        var ranked = new List<(int J, double Weight)>();
        // with a judge, where each pair was first proposed (the judge is asked in that order)
        var positions = _judge is null ? null : new int[pairs.Length];
        for (int i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var id in lexicon.Lemmas[i])
            {
                int from = lexicon.PostingStart[id], postingCount = lexicon.PostingStart[id + 1] - from;
                if (postingCount > maxPosting) continue;
                double w = lexicon.Weights[id];
                // a lemma told by very many claims: its first claims are enough to join them all (links chain)
                int walk = Math.Min(postingCount, MaxWalk);
                for (int p = 0; p < walk; p++)
                {
                    int j = lexicon.Postings[from + p];
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
                if (positions is not null) positions[pairCount] = pairCount;
                pairs[pairCount++] = ((Math.Min(i, j) * (long)count + Math.Max(i, j)) << 1) | (i < j ? 0L : 1L);
            }
        }
        sharedCount = null;
        sharedWeight = null;
        if (positions is null) Array.Sort(pairs, 0, pairCount);
        else Array.Sort(pairs, positions, 0, pairCount);

        // Each pair once, in the direction it was first proposed (the first of its two numbers after sorting).
        int distinct = 0;
        long previous = -1;
        for (int k = 0; k < pairCount; k++)
        {
            if (pairs[k] >> 1 == previous) continue;
            previous = pairs[k] >> 1;
            if (positions is not null) positions[distinct] = positions[k];
            pairs[distinct++] = pairs[k];
        }
        (int A, int B) Direction(long pair)
        {
            int lo = (int)((pair >> 1) / count), hi = (int)((pair >> 1) % count);
            return (pair & 1) == 0 ? (lo, hi) : (hi, lo);
        }
        var scores = new double[distinct];
        for (int k = 0; k < distinct; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (a, b) = Direction(pairs[k]);
            double score = Unlike(a, b) ? 0 : Score(claims[a], claims[b], compiled[a], compiled[b]);
            if (Background(claims[a], claims[b], story) || Background(claims[b], claims[a], story)) score *= 0.4;
            scores[k] = score;
        }
        // with a judge, the undecided pairs are judged, asked in the order they were first proposed
        Dictionary<(int, int), double>? judged = null;
        if (positions is not null)
        {
            var byPosition = new int[distinct];
            for (int k = 0; k < distinct; k++) byPosition[k] = k;
            Array.Sort(positions, byPosition, 0, distinct);
            var pending = new List<(int I, int J, double Score)>(distinct);
            foreach (var k in byPosition)
            {
                var (a, b) = Direction(pairs[k]);
                pending.Add((a, b, scores[k]));
            }
            judged = Judge(claims, pending, cancellationToken);
            for (int k = 0; k < distinct; k++)
            {
                long key = pairs[k] >> 1;
                if (judged.TryGetValue(((int)(key / count), (int)(key % count)), out var answer)) scores[k] = answer;
            }
            positions = null;
        }
        // Only pairs at or above the threshold are kept: a claim's best match in a report matters only when it
        // reaches the threshold, and one below it is never the best of a pair that does.
        double threshold = _options.AlignmentThreshold;
        int kept = 0;
        for (int k = 0; k < distinct; k++)
        {
            if (scores[k] < threshold) continue;
            scores[kept] = scores[k];
            pairs[kept++] = pairs[k] >> 1;
        }
        var keptScores = scores;

        // best[i]: for each other report, the claim of it that matches claim i best (ties: the first claim), as a
        // segment of one flat array per claim, sorted by report
        var bestStart = new int[count + 1];
        for (int k = 0; k < kept; k++) { bestStart[pairs[k] / count + 1]++; bestStart[pairs[k] % count + 1]++; }
        for (int i = 0; i < count; i++) bestStart[i + 1] += bestStart[i];
        var matches = new Match[bestStart[count]];
        var fill = bestStart[..^1];
        for (int k = 0; k < kept; k++)
        {
            int lo = (int)(pairs[k] / count), hi = (int)(pairs[k] % count);
            matches[fill[lo]++] = new Match(hi, keptScores[k]);
            matches[fill[hi]++] = new Match(lo, keptScores[k]);
        }
        pairs = null;
        keptScores = null;
        var bestCount = new int[count];
        Comparison<Match> byReport = (x, y) => reportOf[x.Other] != reportOf[y.Other] ? reportOf[x.Other].CompareTo(reportOf[y.Other])
            : x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Other.CompareTo(y.Other);
        for (int i = 0; i < count; i++)
        {
            var segment = matches.AsSpan(bestStart[i], bestStart[i + 1] - bestStart[i]);
            segment.Sort(byReport);
            int n = 0;
            for (int k = 0; k < segment.Length; k++)
                if (n == 0 || reportOf[segment[k].Other] != reportOf[segment[n - 1].Other]) segment[n++] = segment[k];
            bestCount[i] = n;
        }
        ReadOnlySpan<Match> Best(int i) => matches.AsSpan(bestStart[i], bestCount[i]);
        // where claim i's best match in a report is kept (-1: it has none there)
        int SlotOf(int i, int report)
        {
            int lo = bestStart[i], hi = bestStart[i] + bestCount[i] - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1, r = reportOf[matches[mid].Other];
                if (r == report) return mid;
                if (r < report) lo = mid + 1; else hi = mid - 1;
            }
            return -1;
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
        for (int i = 0; i < count; i++)
        {
            // in any order: the candidates are sorted below (every pair is a candidate once)
            foreach (var (j, s) in Best(i))
            {
                int back = SlotOf(j, reportOf[i]);
                bool mutual = back >= 0 && matches[back].Other == i;
                if (mutual && j < i) continue; // the pair is linked from j's side
                // a claim whose best match prefers another claim of the same report joins it when the match is strong
                if (!mutual && s < threshold + OneSidedMargin) continue;
                candidates.Add((Math.Min(i, j), Math.Max(i, j), s));
            }
        }
        candidates.Sort((x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        var links = new List<(int A, int B, double Score)>();
        foreach (var link in candidates)
            if (groupOf.TryJoin(link.A, link.B)) links.Add(link);
        candidates = null;
        // A claim whose best match is already linked to another claim of the same sentence joins them
        // (a quote and its frame, two clauses of one sentence that one claim of the other report states).
        // linked[slot]: the claim of that report a claim is linked to (the last such link), kept beside its best
        // match there: both claims of a link are each other's matches, so every link has its two slots.
        var linked = new int[matches.Length];
        Array.Fill(linked, -1);
        foreach (var (a, b, _) in links)
        {
            linked[SlotOf(a, reportOf[b])] = b;
            linked[SlotOf(b, reportOf[a])] = a;
        }
        for (int i = 0; i < count; i++)
            for (int k = 0; k < bestCount[i]; k++) // in order of report
            {
                var (j, s) = matches[bestStart[i] + k];
                if (linked[bestStart[i] + k] >= 0) continue;
                int partner = linked[SlotOf(j, reportOf[i])];
                if (partner < 0 || claims[partner].Sentence != claims[i].Sentence) continue;
                if (groupOf.TryJoin(i, j)) links.Add((Math.Min(i, j), Math.Max(i, j), s));
            }
        linked = null;
        // groups in order of their first claim, each in claim order
        var groupIndex = new int[count];
        Array.Fill(groupIndex, -1);
        var groups = new List<List<int>>();
        for (int i = 0; i < count; i++)
        {
            int root = groupOf.Find(i);
            if (groupIndex[root] < 0) { groupIndex[root] = groups.Count; groups.Add([]); }
            groups[groupIndex[root]].Add(i);
        }
        var linksOf = new List<ClaimLink>?[groups.Count];
        foreach (var (a, b, score) in links)
            (linksOf[groupIndex[groupOf.Find(a)]] ??= []).Add(new ClaimLink(claims[a], claims[b], Math.Round(score, 4)));
        var result = new ClaimGroup[groups.Count];
        for (int g = 0; g < groups.Count; g++)
        {
            var members = new Claim[groups[g].Count];
            for (int k = 0; k < members.Length; k++) members[k] = claims[groups[g][k]];
            result[g] = new ClaimGroup(members, linksOf[g]?.ToArray() ?? []);
        }
        return result;
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
    /// <paramref name="b"/> speaks of now or later: different events ("opened in 2011" vs "will be the first match").
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

    /// <summary>The text layer of the claim's report, or null for a claim of no report in <paramref name="story"/>.</summary>
    private static TextAnalysis? AnalysisOf(Claim claim, Story? story) =>
        story is not null && story.IndexOf(claim.ReportId) is >= 0 and var i ? story.Analyses[i] : null;

    /// <summary>
    /// The content lemmas of a claim with their concepts: of its words, those of arguments it borrows from outside its
    /// span ("where" → the place before it) and those of its attribution when its text does not hold it, each part read
    /// on its own (no phrase runs from one into the next). The claim's and its arguments' words are the tokens of
    /// <paramref name="analysis"/>, the text layer of its report; without one (a statement compared as free text, a claim
    /// of a report the story does not hold) its texts are tokenized here.
    /// </summary>
    internal Features FeaturesOf(Claim claim, TextAnalysis? analysis = null)
    {
        var lemmas = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var borrowed = claim.Arguments.Where(a => !claim.Span.Contains(a.Span));
        if (analysis is not null)
            foreach (var span in borrowed.Select(a => a.Span).Prepend(claim.Span))
            {
                var (first, count) = analysis.TokenRange(span);
                ReadLemmas(analysis.Report.Text, analysis.Tokens, first, first + count, lemmas);
            }
        else
            foreach (var text in borrowed.Select(a => a.Text).Prepend(claim.Text)) ReadLemmas(text, lemmas);
        if (claim.Attribution is { } who && !claim.Text.Contains(who, StringComparison.Ordinal)) ReadLemmas(who, lemmas);
        return new Features { Lemmas = lemmas, PredicateConcepts = _words.ConceptsOf(claim.Predicate), Predicate = claim.Predicate };
    }

    /// <summary>The content lemmas of a text of no report's text layer (tokenized here), added to <paramref name="lemmas"/>.</summary>
    private void ReadLemmas(string text, Dictionary<string, string[]> lemmas)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new Documents.Span(0, text.Length), tokens);
        ReadLemmas(text, tokens, 0, tokens.Count, lemmas);
    }

    /// <summary>The content lemmas of tokens [<paramref name="from"/>, <paramref name="end"/>) of <paramref name="text"/>, added to <paramref name="lemmas"/>.</summary>
    private void ReadLemmas(string text, IReadOnlyList<Token> tokens, int from, int end, Dictionary<string, string[]> lemmas)
    {
        var words = _wordCache.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int k = from; k < end; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation) continue;
            var span = t.Span.In(text);
            if (!words.TryGetValue(span, out var info)) info = _wordCache.GetOrAdd(span.ToString(), static (w, self) => WordInfo.Of(w, self._words, self._gazetteer), this);
            if (info.Lemma is null) continue;
            var lemma = info.Lemma;
            var c = info.Concepts;
            // a phrasal verb is one lemma: "broke down" → "break down", "looking for" → "look for"
            if (info.Verb is { } verb && k + 1 < end && tokens[k + 1].Kind == TokenKind.Word)
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
            if (char.IsUpper(span[0]) && k + 1 < end && tokens[k + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[k + 1].Span.Start])
                && _gazetteer.Find(text[t.Span.Start..tokens[k + 1].Span.End]) is { } two)
                c = [.. c, "place:" + two.CountryCode];
            if (WordClasses.Light.Contains(lemma) || lemmas.ContainsKey(lemma)) continue;
            lemmas[lemma] = c;
        }
    }

    // What each word as written contributes; words repeat, so each is worked out once (bounded by the vocabulary read).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, WordInfo> _wordCache = new(StringComparer.Ordinal);

    /// <summary>A word's lemma (null: it carries no content), concepts (a place's country among them) and verb lemma.</summary>
    private sealed record WordInfo(string? Lemma, string[] Concepts, string? Verb)
    {
        public static WordInfo Of(string word, Lexicon words, Gazetteer gazetteer)
        {
            var w = word.ToLowerInvariant();
            if (w.Length < 2 || WordClasses.Of(w) is not (WordClass.Other or WordClass.Adverb) || WordClasses.Light.Contains(w)) return new(null, [], null);
            if (char.IsDigit(w[0])) return new(w, [], null);
            var lemma = words.AnyLemma(w);
            var c = words.ConceptsOf(lemma);
            // a place stands for its country too: "Nairobi" meets "Kenya"
            if (char.IsUpper(word[0]) && gazetteer.Find(word) is { } place) c = [.. c, "place:" + place.CountryCode];
            return new(lemma, c, words.Lemma(w, PartsOfSpeech.Verb));
        }
    }
}
