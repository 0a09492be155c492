using Summit.Alignment;
using Summit.Claims;
using Summit.Documents;
using Summit.Entities;
using Summit.Lexical;
using Summit.Quantities;
using Summit.Text;
using Summit.Time;

namespace Summit.Reconciling;

/// <summary>
/// The default reconciler. A group stated by two or more independent sources is corroborated, by one
/// source single (two reports of nearly the same text are one wire story republished, not two
/// sources). Within a group it compares claims of different reports that state one event the same
/// way (same predicate or concept, both stated as having happened) and reports a conflict only where
/// the values cannot both hold: day-precise dates that do not overlap, opposite polarity, counts of
/// the same thing that differ. Different modality ("was due to" vs "did") is never a conflict. Where
/// one report is more specific (names a person or place the other leaves out, a finer date, a place
/// inside the other's) it records a refinement. Confidence grows with independent sources and shrinks
/// with attribution, hedging and conflicts.
/// </summary>
internal sealed class Reconciler : IReconciler
{
    /// <summary>The share of shared word 5-grams above which two reports are one text republished.</summary>
    internal const double CopyThreshold = 0.5;

    /// <summary>How many following claims of its group each claim is checked against for conflicts.</summary>
    internal const int ConflictWindow = 64;

    private readonly LexicalResources _lexicon;
    private readonly IOutletDirectory _outlets;
    private readonly IQuantityComparer _comparer;

    /// <summary>
    /// Creates the reconciler: <paramref name="lexicon"/> gives its words, places and outlets; a claim's figures are
    /// those the text layer found in its span (<see cref="Text.TextAnalysis.Quantities"/>), compared by <paramref name="comparer"/>.
    /// </summary>
    public Reconciler(LexicalResources lexicon, IQuantityComparer comparer)
    {
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        _outlets = lexicon.Outlets;
        _comparer = comparer ?? throw new ArgumentNullException(nameof(comparer));
    }

    public IReadOnlyList<Fact> Reconcile(IReadOnlyList<ClaimGroup> groups, Story story, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(story);
        var voice = Voices(story, Copies(story, cancellationToken));
        var facts = new List<Fact>(groups.Count);
        foreach (var group in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var members = group.Claims as Claim[] ?? group.Claims.ToArray();
            var reports = members.Select(c => c.ReportId).Distinct(StringComparer.Ordinal).ToArray();
            var sources = reports.Select(story.SourceOf).Distinct(StringComparer.Ordinal).ToArray();
            // independent voices: copies of one text count once, and so do outlets of one owner or an agency's copy
            var independent = reports.Select(r => voice[r]).Distinct().Count();
            var notes = new List<FactNote>();
            // name the sources that speak with one voice: a text republished, one owner, an agency's copy
            foreach (var one in reports.GroupBy(r => voice[r]))
                if (one.Select(story.SourceOf).Distinct(StringComparer.Ordinal).ToArray() is { Length: > 1 } same)
                    notes.Add(new FactNote(FactNoteKind.NotIndependent, same, one.Count()));
            if (reports.Length > 1 && independent == 1 && sources.Length == 1)
                notes.Add(new FactNote(FactNoteKind.OneOutlet, sources, reports.Length));
            var conflicts = Conflicts(members, story);
            var refinements = Refinements(members, story);
            var status = conflicts.Count > 0 ? FactStatus.Conflicting : independent > 1 ? FactStatus.Corroborated : FactStatus.Single;
            // the statement a fact summarises is a clause's (a further event that joined it, "said" or "killing 15 people",
            // is no statement of its own), then an unattributed, asserted, early one
            var lead = members.OrderBy(c => c.Kind == ClaimKind.Clause ? 0 : 1).ThenBy(c => c.Attribution is null ? 0 : 1).ThenBy(c => c.Modality == Modality.Asserted ? 0 : 1)
                .ThenBy(c => story.IndexOf(c.ReportId)).ThenBy(c => c.Span.Start).First();
            var time = FactTime(members);
            facts.Add(new Fact($"f{facts.Count + 1}", status, members, sources, Summarize(lead))
            {
                Time = time?.Value,
                Granularity = time?.Granularity ?? Granularity.None,
                Conflicts = conflicts,
                Refinements = refinements,
                Confidence = Confidence(members, independent, conflicts.Count),
                Notes = notes,
            });
        }
        return facts;
    }

    /// <summary>The statement a person reads for the fact: see <see cref="FactSummary"/>.</summary>
    internal static string Summarize(Claim lead) => FactSummary.Of(lead);

    /// <summary>How far to trust a fact: more independent sources raise it; attribution, hedging and conflicts lower it.</summary>
    internal static double Confidence(IReadOnlyList<Claim> members, int independentSources, int conflicts)
    {
        double c = 1 - 0.5 * Math.Pow(0.6, Math.Max(0, independentSources - 1)); // 1 → 0.5, 2 → 0.7, 3 → 0.82 …
        if (members.All(m => m.Attribution is not null)) c -= 0.1;
        if (members.All(m => m.Modality is Modality.Likely or Modality.Unlikely or Modality.Hoped or Modality.Expected or Modality.Planned)) c -= 0.15;
        if (members.Any(m => m.Modality == Modality.Denied)) c -= 0.1;
        c -= 0.2 * conflicts;
        return Math.Round(Math.Clamp(c, 0.05, 0.99), 2);
    }

    /// <summary>The time of the fact: the finest anchored date its claims give, ties to the first report.</summary>
    private static TimeExpression? FactTime(Claim[] members) =>
        members.Select(c => c.Time).OfType<TimeExpression>()
            .Where(t => t.Anchored && t.Type != TimeType.Duration)
            .OrderBy(t => t.Granularity).FirstOrDefault();

    /// <summary>
    /// Which voice each report is: reports that copy one another, or whose outlets are not independent, share one.
    /// Reports with the same source (<see cref="Report.Source"/>, else the host of <see cref="Report.Url"/>) and
    /// the same <see cref="Report.Agency"/> are one voice; the outlet directory is asked once per pair of such
    /// signatures, so the cost grows with the number of outlets, not with the square of the number of reports.
    /// Reports that name no source, URL or agency are each a voice of their own.
    /// </summary>
    private Dictionary<string, int> Voices(Story story, Dictionary<string, string> copies)
    {
        var reports = story.Analyses.Select(a => a.Report).ToArray();
        var index = new Dictionary<string, int>(reports.Length, StringComparer.Ordinal);
        for (int i = 0; i < reports.Length; i++) index[reports[i].Id] = i;
        var parent = Enumerable.Range(0, reports.Length).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        void Join(int a, int b) => parent[Find(a)] = Find(b);
        // a copy and the report it copies (copies already point at the first report of their text)
        foreach (var (copy, original) in copies)
            if (index.TryGetValue(copy, out var c) && index.TryGetValue(original, out var o)) Join(c, o);
        // one representative per signature; the members of a signature are one voice
        var representatives = new List<int>();
        var bySignature = new Dictionary<(string Page, string Agency), int>();
        for (int i = 0; i < reports.Length; i++)
        {
            var r = reports[i];
            var page = r.Source ?? (r.Url is { } url ? WebAddress.HostOf(url) ?? url : null);
            if (string.IsNullOrWhiteSpace(page) && string.IsNullOrWhiteSpace(r.Agency)) continue; // nothing to tell it by
            var key = (page?.Trim() ?? "", r.Agency?.Trim() ?? "");
            if (bySignature.TryGetValue(key, out var first)) Join(i, first);
            else
            {
                bySignature[key] = i;
                representatives.Add(i);
            }
        }
        for (int x = 0; x < representatives.Count; x++)
            for (int y = 0; y < x; y++)
                if (!AreIndependent(reports[representatives[x]], reports[representatives[y]])) Join(representatives[x], representatives[y]);
        return reports.Select((r, i) => (r.Id, Root: Find(i))).ToDictionary(x => x.Id, x => x.Root, StringComparer.Ordinal);
    }

    /// <summary>Whether two reports are independent voices, by their pages and the agency copy each carries (the outlet directory's judgement).</summary>
    private bool AreIndependent(Report a, Report b) => _outlets.AreIndependent(a.Source ?? a.Url, a.Agency, b.Source ?? b.Url, b.Agency);

    /// <summary>How many reports a sampled shingle remembers as its holders (the first ones to use it).</summary>
    internal const int HoldersPerShingle = 4;

    /// <summary>How many earlier reports a report is compared with in full at most (those sharing most sampled shingles).</summary>
    internal const int CopyCandidates = 8;

    /// <summary>
    /// For each report that repeats another's text, the earlier report it copies (the first report of that text).
    /// A sketch keeps the cost linear in the number of reports: one shingle in eight is sampled, each sampled
    /// shingle remembers the first <see cref="HoldersPerShingle"/> reports that use it, and a report is compared
    /// in full only with the <see cref="CopyCandidates"/> earlier reports that hold most of its sampled shingles.
    /// Reports of one text share most shingles, so the first report of the text is among those holders.
    /// </summary>
    internal static Dictionary<string, string> Copies(Story story, CancellationToken cancellationToken)
    {
        var shingles = new HashSet<long>[story.Analyses.Count];
        var holders = new Dictionary<long, List<int>>();
        var hits = new Dictionary<int, int>();
        var copyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < shingles.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var mine = shingles[i] = Shingles(story.Analyses[i]);
            if (mine.Count == 0) continue;
            hits.Clear();
            foreach (var h in mine)
                if ((h & 7) == 0 && holders.TryGetValue(h, out var list))
                    foreach (var j in list) hits[j] = hits.GetValueOrDefault(j) + 1;
            foreach (var (j, _) in hits.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(CopyCandidates))
            {
                var theirs = shingles[j];
                if (theirs.Count == 0) continue;
                int shared = mine.Count < theirs.Count ? mine.Count(theirs.Contains) : theirs.Count(mine.Contains);
                double overlap = shared / (double)Math.Min(mine.Count, theirs.Count);
                if (overlap < CopyThreshold) continue;
                var root = story.Analyses[j].Report.Id;
                copyOf[story.Analyses[i].Report.Id] = copyOf.GetValueOrDefault(root, root);
                break;
            }
            foreach (var h in mine)
                if ((h & 7) == 0)
                {
                    if (!holders.TryGetValue(h, out var list)) holders[h] = list = [];
                    if (list.Count < HoldersPerShingle) list.Add(i);
                }
        }
        return copyOf;
    }

    /// <summary>FNV-1a over the lower-cased characters: the same in every process (string hashes are randomised).</summary>
    private static int StableHash(ReadOnlySpan<char> word)
    {
        uint h = 2166136261;
        foreach (var c in word) h = (h ^ char.ToLowerInvariant(c)) * 16777619;
        return unchecked((int)h);
    }

    private static HashSet<long> Shingles(TextAnalysis analysis)
    {
        var text = analysis.Report.Text;
        var words = new List<int>();
        foreach (var t in analysis.Tokens)
            if (t.Kind != TokenKind.Punctuation)
                words.Add(StableHash(t.Span.In(text)));
        var set = new HashSet<long>();
        for (int i = 0; i + 5 <= words.Count; i++)
        {
            long h = 17;
            for (int k = 0; k < 5; k++) h = unchecked(h * 1_000_003 + words[i + k]);
            set.Add(h);
        }
        return set;
    }

    /// <summary>Whether two claims state one event in the same way, so that their values must agree.</summary>
    private bool SameEvent(Claim a, Claim b) =>
        a.ReportId != b.ReportId
        && Stated(a) && Stated(b)
        && (a.Predicate == b.Predicate || ShareAny(Lexicon.ConceptsOf(a.Predicate), Lexicon.ConceptsOf(b.Predicate)))
        && a.Predicate is not ("be" or "have" or "say" or "tell");

    /// <summary>Whether two ordinally sorted arrays share an element (a merge; nothing allocated).</summary>
    private static bool ShareAny(string[] a, string[] b)
    {
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            int c = string.CompareOrdinal(a[x], b[y]);
            if (c == 0) return true;
            if (c < 0) x++; else y++;
        }
        return false;
    }

    private static bool Stated(Claim c) => c.Modality is Modality.Asserted or Modality.Reported;

    private List<Conflict> Conflicts(Claim[] members, Story story)
    {
        var conflicts = new List<Conflict>();
        ConflictingValue Side(Claim claim, string value) => new(claim, story.SourceOf(claim.ReportId), value);
        // each claim meets the next claims of the group (a bounded window: a group told by a thousand reports stays linear)
        for (int i = 0; i < members.Length; i++)
            for (int j = i + 1; j < members.Length && j <= i + ConflictWindow; j++)
            {
                var (a, b) = (members[i], members[j]);
                if (!SameEvent(a, b)) continue;
                if (a.Time is { Anchored: true, Granularity: Granularity.Day } ta && b.Time is { Anchored: true, Granularity: Granularity.Day } tb
                    && ta.Value != tb.Value && !a.Negated && !b.Negated && !conflicts.Any(c => c.Slot == "date"))
                    conflicts.Add(new Conflict("date", Side(a, ta.Value), Side(b, tb.Value)));
                if (a.Negated != b.Negated && SameParticipants(a, b) && !conflicts.Any(c => c.Slot == "polarity"))
                    conflicts.Add(new Conflict("polarity", Side(a, a.Negated ? "no" : "yes"), Side(b, b.Negated ? "no" : "yes")));
                if (QuantityConflict(a, b, story) is { } q && !conflicts.Any(c => c.Slot == q.Slot))
                    conflicts.Add(new Conflict(q.Slot, Side(a, q.A), Side(b, q.B)) { Comparison = q.Comparison });
            }
        return conflicts;
    }

    private static bool SameParticipants(Claim a, Claim b) =>
        a.SubjectEntityId is null || b.SubjectEntityId is null || a.SubjectEntityId == b.SubjectEntityId;

    /// <summary>
    /// Figures of the same slot that cannot both hold ("killed 12 people" vs "killed 15 people", "$5 million"
    /// vs "£2.1m" at that year's rates), compared as intervals after conversion by the quantity comparer; a
    /// qualifier ("at least", "about") widens a figure and a part ("a boy among the dead") is never in conflict.
    /// A slot conflicts only when no figure of one claim agrees with a figure of the other for that slot.
    /// </summary>
    private (string Slot, string A, string B, QuantityComparison Comparison)? QuantityConflict(Claim a, Claim b, Story story)
    {
        var qa = QuantitiesOf(a, story);
        var qb = QuantitiesOf(b, story);
        if (qa.Length == 0 || qb.Length == 0) return null;
        int? year = story.Report(a.ReportId).Published?.Year ?? story.Report(b.ReportId).Published?.Year;
        (string, string, string, QuantityComparison)? conflict = null;
        foreach (var l in qa)
            foreach (var r in qb)
            {
                if (l.Kind != r.Kind) continue;
                bool sameThing = l.Kind == QuantityKind.Count ? l.Counted is not null && l.Counted == r.Counted : l.Counted == r.Counted;
                if (!sameThing) continue;
                var comparison = _comparer.Compare(l, r, year);
                if (comparison.Outcome == QuantityAgreement.Agree) return null;
                if (comparison.Outcome == QuantityAgreement.Conflict) conflict ??= (SlotOf(l.Kind), l.Text, r.Text, comparison);
            }
        return conflict;
    }

    // Figures per claim, gathered once per run from the text layer (a claim meets many others in a big group).
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Claim, Quantity[]> _figures = new();

    /// <summary>The quantities the text layer found inside the claim's span.</summary>
    private Quantity[] QuantitiesOf(Claim claim, Story story)
    {
        // looked up before anything is allocated: a claim meets up to ConflictWindow others in each direction
        if (_figures.TryGetValue(claim, out var known)) return known;
        var found = story.Analysis(claim.ReportId).Quantities.Where(q => claim.Span.Contains(q.Span)).ToArray();
        _figures.AddOrUpdate(claim, found);
        return found;
    }

    private static string SlotOf(QuantityKind kind) => kind switch
    {
        QuantityKind.Count => "number",
        QuantityKind.Money => "amount",
        QuantityKind.SeismicMagnitude => "magnitude",
        QuantityKind.Length => "distance",
        QuantityKind.Percent or QuantityKind.PercentagePoints => "percentage",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The words of <paramref name="text"/> that start with a capital letter ("Angela", "Merkel"), split at what is not a letter or digit.</summary>
    private static IEnumerable<string> CapitalisedWords(string text)
    {
        for (int i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            if (char.IsUpper(text[start])) yield return text[start..i];
        }
    }

    /// <summary>
    /// Modifiers in <paramref name="mine"/> of a noun the other claims also name, where the other claims
    /// put a different word right before that noun (so the modifier narrows what both name).
    /// </summary>
    private IEnumerable<(string Modifier, string Head)> Modifiers(Claim[] mine, Claim[] others, Story story)
    {
        var theirs = new List<string>();
        foreach (var o in others) theirs.AddRange(Words(o, story));
        var theirSet = theirs.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in mine)
        {
            var words = Words(m, story);
            for (int k = 1; k < words.Count; k++)
            {
                string head = words[k], modifier = words[k - 1];
                if (head.Length < 3 || !theirSet.Contains(head) || theirSet.Contains(modifier) || !seen.Add(modifier)) continue;
                if (!char.IsLower(modifier[0]) || WordClasses.Of(modifier) != WordClass.Other) continue;
                var lower = head.ToLowerInvariant();
                if (Lexicon.Lemma(lower, PartsOfSpeech.Noun) is null || WordClasses.Of(lower) != WordClass.Other) continue;
                if ((Lexicon.PartsOf(modifier) & (PartsOfSpeech.Adjective | PartsOfSpeech.Noun)) == 0) continue;
                // the other report names the same thing with its own, different word right before it
                int at = theirs.FindIndex(w => string.Equals(w, head, StringComparison.OrdinalIgnoreCase));
                if (at <= 0 || WordClasses.Of(theirs[at - 1].ToLowerInvariant()) is not WordClass.Other) continue;
                yield return (modifier, head);
            }
        }
    }

    private Lexicon Lexicon => _lexicon.Words;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Claim, List<string>> ClaimWords = new();

    /// <summary>The words of a claim (figures and punctuation left out), as the text layer of its report tokenized them.</summary>
    internal static List<string> Words(Claim claim, Story story)
    {
        if (ClaimWords.TryGetValue(claim, out var known)) return known;
        var analysis = story.Analysis(claim.ReportId);
        var (first, count) = analysis.TokenRange(claim.Span);
        var words = new List<string>(count);
        for (int i = first; i < first + count; i++)
            if (analysis.Tokens[i].Kind == TokenKind.Word) words.Add(analysis.Tokens[i].Span.Of(analysis.Report.Text));
        ClaimWords.AddOrUpdate(claim, words);
        return words;
    }

    /// <summary>
    /// How each report is more specific than the others of the fact: it names a person, place or organisation
    /// they do not, a place more precisely, a word that narrows what both name, or a finer time. Linear in the
    /// fact's claims (a fact told by thousands of reports): who names what, which words the claims hold and each
    /// report's finest time are gathered once, not per report.
    /// </summary>
    private List<Refinement> Refinements(Claim[] members, Story story)
    {
        var list = new List<Refinement>();
        var byReport = members.GroupBy(m => m.ReportId, StringComparer.Ordinal).ToArray(); // in order of first claim
        if (byReport.Length < 2) return list;
        var entities = story.Entities;
        // each entity: the first two reports that name it, each with where it first does (in claim, then mention order)
        var named = new Dictionary<string, List<(int At, string Report)>>(StringComparer.Ordinal);
        int at = 0;
        foreach (var m in members)
            foreach (var id in m.EntityIds)
            {
                if (!named.TryGetValue(id, out var first)) named[id] = first = [];
                if (first.Count < 2 && (first.Count == 0 || first[0].Report != m.ReportId)) first.Add((at, m.ReportId));
                at++;
            }
        bool NamedByOthers(string id, string report) => named[id].Exists(x => x.Report != report);
        var places = named.Keys.Where(id => entities.ById(id) is { Type: EntityType.Place }).ToArray();
        // the places other reports name, in the order they first name them
        Entity[] PlacesOfOthers(string report) => places.Where(id => NamedByOthers(id, report))
            .OrderBy(id => named[id].First(x => x.Report != report).At).Select(id => entities.ById(id)!).ToArray();
        // a capitalised word (of a name): the first two reports whose claims hold it, indexed once per fact (a fact told by
        // thousands of reports is read once, not once per name)
        Dictionary<string, List<string>>? holding = null;
        bool OthersSay(string word, string report)
        {
            if (holding is null)
            {
                holding = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                foreach (var m in members)
                    foreach (var w in CapitalisedWords(m.Text))
                    {
                        if (!holding.TryGetValue(w, out var by)) holding[w] = by = [];
                        if (by.Count < 2 && !by.Contains(m.ReportId)) by.Add(m.ReportId);
                    }
            }
            return holding.TryGetValue(word, out var reports) && reports.Exists(r => r != report);
        }
        // each report's finest anchored time; a report's "theirs" is the finest of the others
        var finest = byReport.Select(g => (Report: g.Key, Granularity: g.Select(m => m.Time).OfType<TimeExpression>().Where(t => t.Anchored)
                .Select(t => (Granularity?)t.Granularity).Min()))
            .Where(x => x.Granularity is not null).OrderBy(x => x.Granularity).ToArray();
        foreach (var group in byReport)
        {
            var report = group.Key;
            var mine = group.ToArray();
            int firstOfReport = list.Count; // this report's refinements are list[firstOfReport..]
            Entity[]? otherPlaces = null;
            foreach (var id in mine.SelectMany(m => m.EntityIds).Distinct(StringComparer.Ordinal))
            {
                if (NamedByOthers(id, report) || entities.ById(id) is not { } e) continue;
                if (e.Type is not (EntityType.Person or EntityType.Place or EntityType.Organisation)) continue;
                // named in the other report too, perhaps more briefly ("Merkel" for "Angela Merkel")
                if (CapitalisedWords(e.Name).Any(w => w.Length > 2 && OthersSay(w, report))) continue;
                var slot = e.Type switch { EntityType.Person => "person", EntityType.Place => "place", _ => "organisation" };
                if (list.Skip(firstOfReport).Any(r => r.Within is null && r.Value.EndsWith(e.Name, StringComparison.Ordinal))) continue;
                Entity? within = null;
                if (e.Type == EntityType.Place)
                {
                    otherPlaces ??= PlacesOfOthers(report);
                    // "Kenya" where the other says "Nairobi": the other is the more precise one
                    if (otherPlaces.Any(x => x.Name != e.Name && _lexicon.Gazetteer.IsWithin(x.Name, e.Name))) continue;
                    // "Nairobi" where the other says "Kenya": the same place, told more precisely
                    within = otherPlaces.FirstOrDefault(x => x.Name != e.Name && _lexicon.Gazetteer.IsWithin(e.Name, x.Name));
                }
                list.Add(new Refinement(report, story.SourceOf(report), slot, e.Name) { Within = within?.Name });
            }
            // a word that narrows a thing both name: "Chilean state radio" vs "Chilean radio" (in groups a person reads)
            if (members.Length <= 12)
            {
                int details = 0;
                foreach (var (modifier, head) in Modifiers(mine, members.Where(m => m.ReportId != report).ToArray(), story))
                {
                    if (details++ >= 2) break;
                    list.Add(new Refinement(report, story.SourceOf(report), "detail", modifier) { Narrows = head });
                }
            }
            // a finer date
            var myTime = mine.Select(m => m.Time).OfType<TimeExpression>().Where(t => t.Anchored).OrderBy(t => t.Granularity).FirstOrDefault();
            var theirs = finest.FirstOrDefault(x => x.Report != report).Granularity;
            if (myTime is not null && (theirs is null || myTime.Granularity < theirs) && myTime.Type != TimeType.Duration
                && char.IsDigit(myTime.Value[0]))
                list.Add(new Refinement(report, story.SourceOf(report), "time", myTime.Text) { Time = myTime.Value });
        }
        return list;
    }
}
