using System.Globalization;
using Summit.Alignment;
using Summit.Claims;
using Summit.Documents;
using Summit.Entities;
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

    private readonly IOutletDirectory _outlets;

    public Reconciler(IOutletDirectory outlets) => _outlets = outlets ?? throw new ArgumentNullException(nameof(outlets));

    public IReadOnlyList<Fact> Reconcile(IReadOnlyList<ClaimGroup> groups, IReadOnlyList<Claim> claims, Story story,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(story);
        var byId = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var voice = Voices(story, Copies(story, cancellationToken));
        var facts = new List<Fact>(groups.Count);
        foreach (var group in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var members = group.ClaimIds.Select(id => byId[id]).ToArray();
            var reports = members.Select(c => c.ReportId).Distinct(StringComparer.Ordinal).ToArray();
            var sources = reports.Select(story.SourceOf).Distinct(StringComparer.Ordinal).ToArray();
            // independent voices: copies of one text count once, and so do outlets of one owner or an agency's copy
            var independent = reports.Select(r => voice[r]).Distinct().Count();
            var notes = new List<string>();
            if (reports.Length > 1 && independent < reports.Length && sources.Length > 1)
                notes.Add($"{Humanizer.CollectionHumanizeExtensions.Humanize(sources)} are not independent (one text republished, one owner or an agency's copy): {independent} independent source{(independent == 1 ? "" : "s")}, not {sources.Length}.");
            else if (reports.Length > 1 && independent == 1 && sources.Length == 1)
                notes.Add($"Only {sources[0]} states it ({reports.Length} reports of one outlet).");
            var conflicts = Conflicts(members, story);
            var refinements = Refinements(members, story);
            var status = conflicts.Count > 0 ? FactStatus.Conflicting : independent > 1 ? FactStatus.Corroborated : FactStatus.Single;
            var lead = members.OrderBy(c => c.Attribution is null ? 0 : 1).ThenBy(c => c.Modality == Modality.Asserted ? 0 : 1)
                .ThenBy(c => story.IndexOf(c.ReportId)).ThenBy(c => c.Span.Start).First();
            var time = FactTime(members);
            facts.Add(new Fact($"f{facts.Count + 1}", status, group.ClaimIds, sources, lead.Text)
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

    /// <summary>Which voice each report is: reports that copy one another, or whose outlets are not independent, share one.</summary>
    private Dictionary<string, int> Voices(Story story, Dictionary<string, string> copies)
    {
        var reports = story.Analyses.Select(a => a.Report).ToArray();
        var parent = Enumerable.Range(0, reports.Length).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        for (int i = 0; i < reports.Length; i++)
            for (int j = 0; j < i; j++)
                if (copies.GetValueOrDefault(reports[i].Id) == reports[j].Id || copies.GetValueOrDefault(reports[j].Id) == reports[i].Id
                    || (copies.TryGetValue(reports[i].Id, out var ri) && copies.TryGetValue(reports[j].Id, out var rj) && ri == rj)
                    || !_outlets.AreIndependent(reports[i], reports[j]))
                    parent[Find(i)] = Find(j);
        return reports.Select((r, i) => (r.Id, Root: Find(i))).ToDictionary(x => x.Id, x => x.Root, StringComparer.Ordinal);
    }

    /// <summary>For each report that repeats another's text, the earlier report it copies.</summary>
    internal static Dictionary<string, string> Copies(Story story, CancellationToken cancellationToken)
    {
        var shingles = story.Analyses.Select(a => Shingles(a)).ToArray();
        var copyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < shingles.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (shingles[i].Count == 0) continue;
            for (int j = 0; j < i; j++)
            {
                if (shingles[j].Count == 0) continue;
                int shared = shingles[i].Count < shingles[j].Count ? shingles[i].Count(shingles[j].Contains) : shingles[j].Count(shingles[i].Contains);
                double overlap = shared / (double)Math.Min(shingles[i].Count, shingles[j].Count);
                if (overlap < CopyThreshold) continue;
                var root = story.Analyses[j].Report.Id;
                copyOf[story.Analyses[i].Report.Id] = copyOf.GetValueOrDefault(root, root);
                break;
            }
        }
        return copyOf;
    }

    private static HashSet<long> Shingles(TextAnalysis analysis)
    {
        var text = analysis.Report.Text;
        var words = new List<int>();
        foreach (var t in analysis.Tokens)
            if (t.Kind != TokenKind.Punctuation)
                words.Add(string.GetHashCode(t.Span.In(text), StringComparison.OrdinalIgnoreCase));
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
    private static bool SameEvent(Claim a, Claim b) =>
        a.ReportId != b.ReportId
        && Stated(a) && Stated(b)
        && (a.Predicate == b.Predicate || ClaimAligner.ConceptsOf(a.Predicate).Intersect(ClaimAligner.ConceptsOf(b.Predicate)).Any())
        && a.Predicate is not ("be" or "have" or "say" or "tell");

    private static bool Stated(Claim c) => c.Modality is Modality.Asserted or Modality.Reported;

    private static List<Conflict> Conflicts(Claim[] members, Story story)
    {
        var conflicts = new List<Conflict>();
        for (int i = 0; i < members.Length; i++)
            for (int j = i + 1; j < members.Length; j++)
            {
                var (a, b) = (members[i], members[j]);
                if (!SameEvent(a, b)) continue;
                if (a.Time is { Anchored: true, Granularity: Granularity.Day } ta && b.Time is { Anchored: true, Granularity: Granularity.Day } tb
                    && ta.Value != tb.Value && !a.Negated && !b.Negated && !conflicts.Any(c => c.Slot == "date"))
                    conflicts.Add(new Conflict("date", Values(a, ta.Value, b, tb.Value),
                        $"{story.SourceOf(a.ReportId)} puts it on {Day(ta.Value)}, {story.SourceOf(b.ReportId)} on {Day(tb.Value)}"));
                if (a.Negated != b.Negated && SameParticipants(a, b) && !conflicts.Any(c => c.Slot == "polarity"))
                    conflicts.Add(new Conflict("polarity", Values(a, a.Negated ? "no" : "yes", b, b.Negated ? "no" : "yes"),
                        $"{story.SourceOf((a.Negated ? a : b).ReportId)} says it did not happen; {story.SourceOf((a.Negated ? b : a).ReportId)} says it did"));
                if (NumberConflict(a, b) is { } number && !conflicts.Any(c => c.Slot == "number"))
                    conflicts.Add(new Conflict("number", Values(a, number.A, b, number.B),
                        $"{story.SourceOf(a.ReportId)} gives {number.A} {number.What}, {story.SourceOf(b.ReportId)} {number.B}"));
            }
        return conflicts;
    }

    private static bool SameParticipants(Claim a, Claim b) =>
        a.SubjectEntityId is null || b.SubjectEntityId is null || a.SubjectEntityId == b.SubjectEntityId;

    private static Dictionary<string, string> Values(Claim a, string va, Claim b, string vb) =>
        new(StringComparer.Ordinal) { [a.ReportId] = va, [b.ReportId] = vb };

    private static string Day(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : value;

    /// <summary>
    /// Two exact counts of the same thing ("killed 12 people" vs "killed 15 people") that differ. A count
    /// with a qualifier ("at least", "about", "more than", "nearly", "some", "up to") is a range, never in
    /// conflict with a number it admits; counts of different things are not compared.
    /// </summary>
    private static (string A, string B, string What)? NumberConflict(Claim a, Claim b)
    {
        var na = Counts(a.Text);
        var nb = Counts(b.Text);
        foreach (var (what, va, qa) in na)
            foreach (var (what2, vb, qb) in nb)
            {
                if (what != what2 || va == vb) continue;
                if (!Admits(va, qa, vb) && !Admits(vb, qb, va)) return (Format(va, qa), Format(vb, qb), what);
                return null;
            }
        return null;
    }

    private static string Format(double v, string? q) => (q is null ? "" : q + " ") + v.ToString("0.##", CultureInfo.InvariantCulture);

    private static bool Admits(double v, string? qualifier, double other) => qualifier switch
    {
        "at least" or "more than" or "over" => other >= v,
        "up to" or "nearly" or "almost" or "fewer than" or "less than" or "under" => other <= v,
        "about" or "around" or "some" or "roughly" or "approximately" or "an estimated" or "nearly" => Math.Abs(other - v) <= v * 0.1,
        _ => false,
    };

    private static readonly string[] Qualifiers =
        ["at least", "more than", "fewer than", "less than", "up to", "an estimated", "about", "around", "some", "roughly", "approximately", "nearly", "almost", "over", "under"];

    private static readonly HashSet<string> Multipliers = new(StringComparer.Ordinal)
    {
        "hundred", "thousand", "million", "billion", "trillion", "percent", "per", "dollar", "euro", "pound", "yen", "yuan", "rouble", "ruble",
        "bn", "mn", "m", "k", "cent", "point", "year", "month", "week", "day", "hour", "minute", "second", "time",
    };

    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["hundred"] = 100,
    };

    /// <summary>Counts in a claim: a number followed by the noun it counts ("12 people", "three meetings").</summary>
    private static List<(string What, double Value, string? Qualifier)> Counts(string text)
    {
        var list = new List<(string, double, string?)>();
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new Documents.Span(0, text.Length), tokens);
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            var w = tokens[i].Span.Of(text);
            double value;
            if (tokens[i].Kind == TokenKind.Number)
            {
                if (!double.TryParse(w.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value)) continue;
                if (value is >= 1900 and <= 2100 && !w.Contains(',', StringComparison.Ordinal)) continue; // a year
            }
            else if (!NumberWords.TryGetValue(w, out value)) continue;
            int k = i + 1;
            while (k < tokens.Count && tokens[k].Kind == TokenKind.Word && Lexicon.Lemma(tokens[k].Span.Of(text).ToLowerInvariant(), PartsOfSpeech.Adjective) is not null
                   && Lexicon.Lemma(tokens[k].Span.Of(text).ToLowerInvariant(), PartsOfSpeech.Noun) is null) k++;
            if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word) continue;
            var noun = Lexicon.Lemma(tokens[k].Span.Of(text).ToLowerInvariant(), PartsOfSpeech.Noun);
            if (noun is null || Multipliers.Contains(noun)) continue; // "$40 billion": an amount, not a count
            // "$15", "£13", "#13": money, not a count
            if (i > 0 && tokens[i - 1].Kind == TokenKind.Punctuation && text[tokens[i - 1].Span.Start] is not (',' or '(' or '—' or '-')) continue;
            var before = text[..tokens[i].Span.Start].TrimEnd().ToLowerInvariant();
            var qualifier = Qualifiers.FirstOrDefault(q => before.EndsWith(q, StringComparison.Ordinal));
            list.Add((noun, value, qualifier));
        }
        return list;
    }

    private static List<Refinement> Refinements(Claim[] members, Story story)
    {
        var list = new List<Refinement>();
        if (members.Select(m => m.ReportId).Distinct().Count() < 2) return list;
        var entities = story.Entities;
        foreach (var report in members.Select(m => m.ReportId).Distinct(StringComparer.Ordinal))
        {
            var mine = members.Where(m => m.ReportId == report).ToArray();
            var others = members.Where(m => m.ReportId != report).ToArray();
            var otherText = string.Join(" ", others.Select(o => o.Text));
            var otherIds = others.SelectMany(o => o.EntityIds).ToHashSet(StringComparer.Ordinal);
            foreach (var id in mine.SelectMany(m => m.EntityIds).Distinct(StringComparer.Ordinal))
            {
                if (otherIds.Contains(id) || entities.Entities.FirstOrDefault(e => e.Id == id) is not { } e) continue;
                if (e.Type is not (EntityType.Person or EntityType.Place or EntityType.Organisation)) continue;
                // named in the other report too, perhaps more briefly ("Kim" for "Kim Jong Un")
                if (e.Name.Split(' ').Any(w => w.Length > 2 && char.IsUpper(w[0]) && otherText.Contains(w, StringComparison.Ordinal))) continue;
                var slot = e.Type switch { EntityType.Person => "person", EntityType.Place => "place", _ => "organisation" };
                if (list.Any(r => r.ReportId == report && r.Description.EndsWith(e.Name, StringComparison.Ordinal))) continue;
                list.Add(new Refinement(report, slot, $"{story.SourceOf(report)} names the {slot}: {e.Name}"));
            }
            // a finer date
            var myTime = mine.Select(m => m.Time).OfType<TimeExpression>().Where(t => t.Anchored).OrderBy(t => t.Granularity).FirstOrDefault();
            var theirTime = others.Select(m => m.Time).OfType<TimeExpression>().Where(t => t.Anchored).OrderBy(t => t.Granularity).FirstOrDefault();
            if (myTime is not null && (theirTime is null || myTime.Granularity < theirTime.Granularity) && myTime.Type != TimeType.Duration)
                list.Add(new Refinement(report, "time", $"{story.SourceOf(report)} gives the time: {myTime.Text} ({myTime.Value})"));
        }
        return list;
    }
}
