using Summit.Documents;
using Summit.Lexical;
using Summit.Text;

namespace Summit.Entities;

/// <summary>
/// The default resolver: mentions with the same name are one entity across reports; a short name
/// ("Merkel") joins the nearest earlier full name in its report that contains it as a word.
/// </summary>
internal sealed class EntityResolver : IEntityResolver
{
    private readonly Gazetteer _gazetteer;

    /// <summary>Creates the resolver; places are named by <paramref name="lexicon"/>'s gazetteer.</summary>
    public EntityResolver(LexicalResources lexicon) => _gazetteer = (lexicon ?? throw new ArgumentNullException(nameof(lexicon))).Gazetteer;

    public EntityResolution Resolve(IReadOnlyList<TextAnalysis> analyses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        var byKey = new Dictionary<string, (string Name, EntityType Type, List<EntityReference> Mentions, int Order)>(StringComparer.OrdinalIgnoreCase);
        int order = 0;
        // short names that no earlier full name of their report explains: resolved across reports below
        var pending = new List<(string Word, EntityReference Mention, EntityType Type)>();
        // how often each full name is what a short name stands for, in the reports that say so
        var shortUses = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var analysis in analyses)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fullNames = new List<string>();
            // a short name keeps the person it first stood for in this report ("Bush" stays George W. Bush after "George H. W. Bush" appears)
            var bound = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var mention in analysis.Mentions)
            {
                if (mention.Type == EntityType.Title || mention.Text is "I") continue;
                var name = Normalize(mention.Text);
                string key = name;
                var reference = new EntityReference(analysis.Report.Id, mention.Span);
                // a capital that acts is its government ("Tehran demanded", "Berlin's backing"); one where something happens is the city
                if (mention.Type == EntityType.Place && _gazetteer.Find(name) is { } place)
                {
                    if (place.Kind == PlaceKind.Country) name = key = place.Country; // "US", "America" → "United States"
                    else if (place.IsCapital && IsCapitalActing(analysis.Report.Text, mention.Span)) name = key = place.Country;
                }
                if (!name.Contains(' ') && mention.Type is not (EntityType.Place or EntityType.Nationality))
                {
                    if (!bound.TryGetValue(name, out var full))
                    {
                        full = null;
                        for (int k = fullNames.Count - 1; k >= 0; k--)
                            if (fullNames[k].Split(' ').Contains(name, StringComparer.Ordinal)) { full = fullNames[k]; break; }
                        bound[name] = full;
                    }
                    if (full is null) { pending.Add((name, reference, mention.Type)); continue; }
                    key = full;
                    shortUses[full] = shortUses.GetValueOrDefault(full) + 1;
                }
                else if (name.Contains(' ') && mention.Type != EntityType.Nationality) fullNames.Add(name);
                if (!byKey.TryGetValue(key, out var entry))
                    byKey[key] = entry = (key, mention.Type, new List<EntityReference>(), order++);
                entry.Mentions.Add(reference);
            }
        }
        // A short name with no full name before it in its report stands for the full name that short name
        // stands for most often elsewhere, else the most mentioned full name that holds it ("Merkel" → Angela Merkel).
        var fullNamesByWord = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var k in byKey.Keys.Where(k => k.Contains(' ') && byKey[k].Type != EntityType.Nationality).ToArray())
            foreach (var w in k.Split(' ').Distinct(StringComparer.Ordinal))
                (fullNamesByWord.TryGetValue(w, out var l) ? l : fullNamesByWord[w] = []).Add(k);
        foreach (var (word, reference, type) in pending)
        {
            var candidates = fullNamesByWord.GetValueOrDefault(word) ?? [];
            var key = candidates.OrderByDescending(k => shortUses.GetValueOrDefault(k)).ThenByDescending(k => byKey[k].Mentions.Count)
                .ThenBy(k => byKey[k].Order).FirstOrDefault() ?? word;
            if (!byKey.TryGetValue(key, out var entry))
                byKey[key] = entry = (key, type, new List<EntityReference>(), order++);
            entry.Mentions.Add(reference);
        }
        // "the veteran Chilean senator": a description that repeats how a report introduced a
        // person ("German chancellor Angela Merkel") is that person
        var roles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var analysis in analyses)
            foreach (var (role, person) in Appositions(analysis))
                if (byKey.ContainsKey(person)) roles.TryAdd(role, person);
        foreach (var analysis in analyses)
            foreach (var (role, span) in Descriptions(analysis))
                if (roles.TryGetValue(role, out var person))
                    byKey[person].Mentions.Add(new EntityReference(analysis.Report.Id, span));
        // "he", "his", "she", "her": the person the sentence is about so far, else the one the sentence before began with
        var personAt = new Dictionary<(string Report, int Start), string>();
        foreach (var (key, entry) in byKey)
            if (entry.Type == EntityType.Person)
                foreach (var m in entry.Mentions) personAt[(m.ReportId, m.Span.Start)] = key;
        var pronouns = new Dictionary<(string Report, int Start), string>();
        foreach (var analysis in analyses)
            foreach (var (span, person) in Pronouns(analysis, personAt))
            {
                byKey[person].Mentions.Add(new EntityReference(analysis.Report.Id, span));
                pronouns[(analysis.Report.Id, span.Start)] = person;
            }
        // "His son" where the story says whose son is who: "Joseph Kennedy — the late president's father", "Bush's father George H. W. Bush"
        var kin = analyses.SelectMany(a => Kinship(a, personAt, roles)).ToList();
        // "His father, King Olav Larsen": the pronoun's person has that relative
        foreach (var analysis in analyses)
        {
            var text = analysis.Report.Text;
            var tokens = analysis.Tokens;
            for (int i = 0; i + 2 < tokens.Count; i++)
            {
                if (!pronouns.TryGetValue((analysis.Report.Id, tokens[i].Span.Start), out var owner)) continue;
                var word = tokens[i + 1].Span.Of(text).ToLowerInvariant();
                if (!Inverse.ContainsKey(word)) continue;
                int at = tokens[i + 2].Span.Of(text) is "," ? i + 3 : i + 2;
                // the relative's name may follow a title ("King Olav Larsen")
                for (int k = at; k < tokens.Count && k < at + 3; k++)
                    if (personAt.TryGetValue((analysis.Report.Id, tokens[k].Span.Start), out var relative) && relative != owner)
                    {
                        kin.Add((owner, word, relative));
                        break;
                    }
            }
        }
        foreach (var analysis in analyses)
        {
            var text = analysis.Report.Text;
            var tokens = analysis.Tokens;
            for (int i = 0; i + 1 < tokens.Count; i++)
            {
                if (!pronouns.TryGetValue((analysis.Report.Id, tokens[i].Span.Start), out var owner)) continue;
                var word = tokens[i + 1].Span.Of(text).ToLowerInvariant();
                if (!Inverse.TryGetValue(word, out var inverse)) continue;
                // someone whose <inverse> is the owner: the owner's <word>
                var match = kin.Where(k => k.Relation == inverse && k.Relative == owner).Select(k => k.Holder).Distinct().ToArray();
                if (match.Length == 1)
                    byKey[match[0]].Mentions.Add(new EntityReference(analysis.Report.Id, new Documents.Span(tokens[i].Span.Start, tokens[i + 1].Span.End)));
            }
        }
        var entities = byKey.Values.OrderBy(e => e.Order)
            .Select((e, i) => new Entity($"e{i + 1}", e.Name, e.Type, e.Mentions.OrderBy(m => m.ReportId, StringComparer.Ordinal).ThenBy(m => m.Span.Start).ToArray()))
            .ToArray();
        return new EntityResolution(entities);
    }

    private static IEnumerable<(Documents.Span Span, string Person)> Pronouns(TextAnalysis analysis, Dictionary<(string Report, int Start), string> personAt)
    {
        var text = analysis.Report.Text;
        var id = analysis.Report.Id;
        string? previousFirst = null;
        foreach (var sentence in analysis.Sentences)
        {
            string? first = null;
            for (int i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                var t = analysis.Tokens[i];
                if (personAt.TryGetValue((id, t.Span.Start), out var person)) { first ??= person; continue; }
                if (t.Kind != TokenKind.Word) continue;
                var w = t.Span.In(text);
                if (!(w is "he" or "He" or "his" or "His" or "him" or "she" or "She" or "her" or "Her")) continue;
                var referent = first ?? Cataphor(analysis, personAt, i, sentence.FirstToken + sentence.TokenCount) ?? previousFirst;
                if (referent is not null) yield return (t.Span, referent);
            }
            if (first is not null) previousFirst = first;
        }
    }

    /// <summary>"After his election, Macron …": the person right after the comma that closes the opening phrase.</summary>
    private static string? Cataphor(TextAnalysis analysis, Dictionary<(string Report, int Start), string> personAt, int from, int end)
    {
        var text = analysis.Report.Text;
        for (int k = from + 1; k + 1 < end; k++)
        {
            var t = analysis.Tokens[k];
            if (t.Kind != TokenKind.Punctuation || text[t.Span.Start] != ',') continue;
            return personAt.GetValueOrDefault((analysis.Report.Id, analysis.Tokens[k + 1].Span.Start));
        }
        return null;
    }

    private static readonly Dictionary<string, string> Inverse = new(StringComparer.Ordinal)
    {
        ["son"] = "father", ["daughter"] = "father", ["father"] = "son", ["mother"] = "son", ["grandson"] = "grandfather",
        ["granddaughter"] = "grandfather", ["grandfather"] = "grandson", ["brother"] = "brother", ["sister"] = "sister",
        ["wife"] = "husband", ["husband"] = "wife",
    };

    /// <summary>
    /// Kinship the text states: "Ortega's grandfather Luis Ortega" (Luis Ortega is Ortega's grandfather) and
    /// "Joseph Kennedy — the late president's father" (Kennedy is the father of the person the report calls its president).
    /// Each as (holder, relation, relative): the relative is the holder's relation.
    /// </summary>
    private static IEnumerable<(string Holder, string Relation, string Relative)> Kinship(TextAnalysis analysis,
        Dictionary<(string Report, int Start), string> personAt, Dictionary<string, string> roles)
    {
        var text = analysis.Report.Text;
        var tokens = analysis.Tokens;
        string? Person(int k) => k < tokens.Count ? personAt.GetValueOrDefault((analysis.Report.Id, tokens[k].Span.Start)) : null;
        bool Possessive(int k) => k < tokens.Count && tokens[k].Span.Of(text) is "’s" or "'s";
        for (int i = 0; i < tokens.Count; i++)
        {
            if (Person(i) is not { } holder) continue;
            // the person's mention may run over several tokens: find its end
            int e = i + 1;
            while (e < tokens.Count && Person(e) is null && tokens[e].Kind == TokenKind.Word && char.IsUpper(text[tokens[e].Span.Start])) e++;
            if (Possessive(e) && e + 2 < tokens.Count && Inverse.ContainsKey(tokens[e + 1].Span.Of(text).ToLowerInvariant()) && Person(e + 2) is { } relative)
                yield return (holder, tokens[e + 1].Span.Of(text).ToLowerInvariant(), relative);
            // "X — the current leader's father": X is the father of the one the report calls "leader"
            if (e + 2 < tokens.Count && tokens[e].Span.Of(text) is "—" or "–" or "," && tokens[e + 1].Span.Of(text) is "the")
            {
                for (int k = e + 2; k + 1 < tokens.Count && k < e + 7; k++)
                {
                    var w = tokens[k].Span.Of(text).ToLowerInvariant();
                    var roleWord = w.EndsWith('s') && RoleWords.Contains(w[..^1]) ? w[..^1] : RoleWords.Contains(w) && Possessive(k + 1) ? w : null;
                    if (roleWord is null) continue;
                    int kinAt = Possessive(k + 1) ? k + 2 : k + 1;
                    if (kinAt >= tokens.Count) break;
                    var relation = tokens[kinAt].Span.Of(text).ToLowerInvariant();
                    var described = roles.Where(r => r.Key.EndsWith(" " + roleWord, StringComparison.Ordinal)).Select(r => r.Value).Distinct().ToArray();
                    if (Inverse.ContainsKey(relation) && described.Length == 1 && described[0] != holder)
                        yield return (described[0], relation, holder);
                    break;
                }
            }
        }
    }

    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "leader", "president", "minister", "premier", "chancellor", "aide", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador",
        "general", "commander", "chief", "king", "queen", "governor", "mayor", "senator", "dictator", "official", "negotiator", "diplomat",
    };

    /// <summary>"German chancellor Angela Merkel": the role a report gives a person it names (nationality + role word → full name).</summary>
    private static IEnumerable<(string Role, string Person)> Appositions(TextAnalysis analysis)
    {
        var text = analysis.Report.Text;
        var mentions = analysis.Mentions;
        for (int k = 1; k < mentions.Count; k++)
        {
            if (mentions[k].Type != EntityType.Person || !mentions[k].Text.Contains(' ')) continue;
            var nationality = mentions[k - 1];
            if (nationality.Type is not (EntityType.Nationality or EntityType.Organisation)) continue;
            var between = text[nationality.Span.End..mentions[k].Span.Start].Trim();
            var words = between.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > 4 || !RoleWords.Contains(words[^1]) || words.Any(w => !w.All(char.IsLower))) continue;
            yield return (Normalize(nationality.Text) + " " + string.Join(' ', words).ToLowerInvariant(), Normalize(mentions[k].Text));
        }
    }

    /// <summary>"the (veteran) Chilean senator" not followed by a name: a description of a person.</summary>
    private static IEnumerable<(string Role, Documents.Span Span)> Descriptions(TextAnalysis analysis)
    {
        var text = analysis.Report.Text;
        foreach (var m in analysis.Mentions)
        {
            if (m.Type is not (EntityType.Nationality or EntityType.Organisation)) continue;
            int i = m.Span.End;
            while (i < text.Length && text[i] == ' ') i++;
            // up to four lower-case words, the last a role: "leader", "foreign policy aide"
            int j = i, count = 0;
            bool role = false;
            while (count < 4)
            {
                int e = j;
                while (e < text.Length && char.IsLetter(text[e])) e++;
                if (e == j || !char.IsLower(text[j])) break;
                count++;
                if (RoleWords.Contains(text[j..e])) { role = true; j = e; break; }
                j = e;
                while (j < text.Length && text[j] == ' ') j++;
            }
            if (!role) continue;
            int k = j;
            while (k < text.Length && text[k] == ' ') k++;
            if (k < text.Length && char.IsUpper(text[k])) continue; // a name follows: an apposition, not a description
            // "the" within the three words before
            int start = m.Span.Start, words = 0;
            int at = start - 1;
            int the = -1;
            while (at > 0 && words < 4)
            {
                while (at > 0 && text[at] == ' ') at--;
                int e = at + 1;
                while (at > 0 && char.IsLetter(text[at - 1])) at--;
                var w = text[at..e];
                if (w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase)) { the = at; break; }
                if (w.Length == 0 || !char.IsLower(w[0])) break;
                words++;
                at--;
            }
            if (the < 0) continue;
            var roleWords = string.Join(' ', text[i..j].Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
            yield return (Normalize(m.Text) + " " + roleWords, new Documents.Span(the, j));
        }
    }

    private static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "near", "into", "from", "to", "across", "outside", "inside", "around", "via", "through", "of", "visit", "visited", "visiting",
    };

    /// <summary>Whether a city name stands for its government: a capital not after a word of place ("in Tehran").</summary>
    private static bool IsCapitalActing(string text, Documents.Span span)
    {
        int i = span.Start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        int end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        var previous = text[(i + 1)..end];
        return !Locatives.Contains(previous);
    }

    /// <summary>Drops a possessive and folds white space: "Ortega’s" → "Ortega".</summary>
    internal static string Normalize(string name)
    {
        var n = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (n.EndsWith("’s", StringComparison.Ordinal) || n.EndsWith("'s", StringComparison.Ordinal)) n = n[..^2];
        return n;
    }
}
