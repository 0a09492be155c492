using System.IO.Compression;
using System.Reflection;

namespace Summit.Lexical;

/// <summary>Parts of speech a word can have, as flags.</summary>
[Flags]
internal enum PartsOfSpeech : byte
{
    None = 0,
    Noun = 1,
    Verb = 2,
    Adjective = 4,
    Adverb = 8,
}

/// <summary>One lemma of the lexicon.</summary>
/// <param name="Lemma">The lower-case lemma ("break", "break down").</param>
/// <param name="Parts">Its parts of speech.</param>
/// <param name="Concepts">Concept ids of its first senses (WordNet synsets and the news lexicon's groups).</param>
/// <param name="Derivations">Lemmas derived from it or it from them ("discuss" ↔ "discussion").</param>
/// <param name="EventNoun">Whether one of its first two noun senses names an event, an act, a phenomenon or a process ("earthquake", "election").</param>
internal sealed record LexEntry(string Lemma, PartsOfSpeech Parts, string[] Concepts, string[] Derivations, bool EventNoun = false);

/// <summary>
/// The English lexicon the package ships: parts of speech, irregular forms, concepts and derivations
/// of about 77,000 lemmas from Open English WordNet (CC BY 4.0, see Resources/SOURCES.md), plus a small
/// lexicon of our own of what news treats as one event ("collapse" / "break down", "summit" / "talks").
/// Reached through <see cref="LexicalResources.Words"/>, never statically: the data is loaded once per process, on
/// first use, and shared by every instance (it is the package's own); read-only, safe to share across threads.
/// </summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Data> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The loaded data, compact: each lemma's line of the lexicon kept as read and parsed into its entry when first
    /// asked for (a report reads a few thousand of the 77,000 lemmas), the news lexicon's concepts by word, and the
    /// irregular forms, indexed at load.
    /// </summary>
    private sealed class Data(Dictionary<string, string> lines, Dictionary<string, string[]> news, Dictionary<string, (string Lemma, PartsOfSpeech Parts)[]> forms)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, LexEntry> _parsed = new(StringComparer.Ordinal);

        /// <summary>The irregular forms: each form's lemmas, with the parts of speech it is their form as.</summary>
        public Dictionary<string, (string Lemma, PartsOfSpeech Parts)[]> Forms { get; } = forms;

        /// <summary>The entry of a lower-case lemma, or null.</summary>
        public LexEntry? Entry(string lemma) =>
            lines.ContainsKey(lemma) || news.ContainsKey(lemma) ? _parsed.GetOrAdd(lemma, static (l, self) => self.Parse(l), this) : null;

        private LexEntry Parse(string lemma)
        {
            LexEntry? entry = null;
            if (lines.TryGetValue(lemma, out var line))
            {
                var f = line.Split('\t');
                entry = new LexEntry(lemma, PartsOfLetters(f[1]), Split(f[3]), Split(f[4]), f[1].Contains('e'));
            }
            // a word of the news lexicon gains its groups' concepts; one WordNet lacks is a verb or noun of those alone
            if (news.TryGetValue(lemma, out var concepts))
                entry = entry is null ? new LexEntry(lemma, PartsOfSpeech.Verb | PartsOfSpeech.Noun, concepts, []) : entry with { Concepts = [.. entry.Concepts, .. concepts] };
            return entry!;
        }
    }

    /// <summary>Loads the shipped data now, if it is not loaded yet.</summary>
    public void EnsureLoaded() => _ = Loaded.Value;

    /// <summary>The entry of a lower-case lemma, or null.</summary>
    public LexEntry? Find(string lemma) => Loaded.Value.Entry(lemma);

    /// <summary>
    /// The lemma of a lower-case <paramref name="word"/> as <paramref name="part"/> (irregular forms,
    /// then WordNet's detachment rules), or null when the word cannot be that part of speech.
    /// </summary>
    public string? Lemma(string word, PartsOfSpeech part) =>
        LemmaCache.GetOrAdd((word, part), static key => ComputeLemma(key.Word, key.Part));

    // Words repeat: each (word, part of speech) is worked out once. Bounded by the vocabulary read.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Word, PartsOfSpeech Part), string?> LemmaCache = new();

    private static string? ComputeLemma(string word, PartsOfSpeech part)
    {
        var data = Loaded.Value;
        if (data.Forms.TryGetValue(word, out var lemmas))
        {
            // a lemma that lists itself among its forms is that word ("feed", not the verb "fee" whose past it also is)
            foreach (var (l, parts) in lemmas)
                if (l == word && (parts & part) != 0) return l;
            foreach (var (l, parts) in lemmas)
                if ((parts & part) != 0) return l;
        }
        if (data.Entry(word) is { } self && (self.Parts & part) != 0) return word;
        foreach (var (suffix, replacement, parts) in Detachments)
        {
            if ((parts & part) == 0 || word.Length <= suffix.Length + 1 || !word.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = word[..^suffix.Length] + replacement;
            if (data.Entry(stem) is { } e && (e.Parts & part) != 0) return stem;
            // doubled consonant: "stopped" → "stop", "planning" → "plan"
            if (replacement.Length == 0 && stem.Length > 2 && stem[^1] == stem[^2] && data.Entry(stem[..^1]) is { } doubled && (doubled.Parts & part) != 0)
                return stem[..^1];
        }
        // a verb with a hyphenated prefix: "re-imagined" → "re-imagine", "co-founded" → "co-found"; a bare noun after the
        // prefix makes an adjective or a noun ("cross-border deals", "under-age")
        int hyphen = word.IndexOf('-');
        if (part == PartsOfSpeech.Verb && hyphen > 0 && VerbPrefixes.Contains(word[..hyphen]) && ComputeLemma(word[(hyphen + 1)..], part) is { } rest
            && !(rest == word[(hyphen + 1)..] && data.Entry(rest) is { } bare && (bare.Parts & PartsOfSpeech.Noun) != 0))
            return word[..(hyphen + 1)] + rest;
        return null;
    }

    // English verb prefixes written with a hyphen (general morphology, not any story's words)
    private static readonly HashSet<string> VerbPrefixes = new(StringComparer.Ordinal) { "re", "co", "pre", "un", "over", "under", "out", "mis", "de", "dis", "cross", "counter" };

    /// <summary>The best lemma of a lower-case word: verb, then noun, adjective, adverb; else the word itself.</summary>
    public string AnyLemma(string word) =>
        Lemma(word, PartsOfSpeech.Verb) ?? Lemma(word, PartsOfSpeech.Noun) ?? Lemma(word, PartsOfSpeech.Adjective) ?? word;

    /// <summary>
    /// The verb an event noun names ("death" → "die", "election" → "elect"; "attack" is a verb itself), else
    /// <paramref name="lemma"/>: one key for a predicate and its nominalisation.
    /// </summary>
    public string EventLemma(string lemma)
    {
        var entry = Find(lemma);
        if (entry is null || (entry.Parts & PartsOfSpeech.Verb) != 0) return lemma;
        foreach (var d in entry.Derivations)
            if (Find(d) is { } verb && (verb.Parts & PartsOfSpeech.Verb) != 0) return d;
        return lemma;
    }

    /// <summary>The parts of speech of a lower-case word in any inflection.</summary>
    public PartsOfSpeech PartsOf(string word)
    {
        var p = PartsOfSpeech.None;
        foreach (var part in (ReadOnlySpan<PartsOfSpeech>)[PartsOfSpeech.Noun, PartsOfSpeech.Verb, PartsOfSpeech.Adjective, PartsOfSpeech.Adverb])
            if (Lemma(word, part) is not null) p |= part;
        return p;
    }

    /// <summary>Whether the word is an irregular verb form (told, broke, gone) rather than a lemma.</summary>
    public bool IsIrregularVerbForm(string word) =>
        Loaded.Value.Forms.TryGetValue(word, out var lemmas) && lemmas.Any(l => (l.Parts & PartsOfSpeech.Verb) != 0);

    private static readonly (string Suffix, string Replacement, PartsOfSpeech Parts)[] Detachments =
    [
        ("ies", "y", PartsOfSpeech.Noun | PartsOfSpeech.Verb),
        ("ied", "y", PartsOfSpeech.Verb),
        ("ses", "s", PartsOfSpeech.Noun),
        ("xes", "x", PartsOfSpeech.Noun | PartsOfSpeech.Verb),
        ("ches", "ch", PartsOfSpeech.Noun | PartsOfSpeech.Verb),
        ("shes", "sh", PartsOfSpeech.Noun | PartsOfSpeech.Verb),
        ("es", "e", PartsOfSpeech.Verb | PartsOfSpeech.Noun),
        ("es", "", PartsOfSpeech.Verb),
        ("s", "", PartsOfSpeech.Noun | PartsOfSpeech.Verb),
        ("ed", "e", PartsOfSpeech.Verb),
        ("ed", "", PartsOfSpeech.Verb),
        ("ing", "e", PartsOfSpeech.Verb),
        ("ing", "", PartsOfSpeech.Verb),
        ("er", "", PartsOfSpeech.Adjective),
        ("est", "", PartsOfSpeech.Adjective),
        ("er", "e", PartsOfSpeech.Adjective),
        ("est", "e", PartsOfSpeech.Adjective),
    ];

    // run once per process over thousands of lines: compiled optimised at once, not first as unoptimised tier-0 code
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static Data Load()
    {
        var assembly = typeof(Lexicon).Assembly;
        var lines = new Dictionary<string, string>(80_000, StringComparer.Ordinal);
        var forms = new Dictionary<string, List<(string, PartsOfSpeech)>>(StringComparer.Ordinal);
        using (var reader = new StreamReader(new GZipStream(Open(assembly, "lexicon.tsv.gz"), CompressionMode.Decompress)))
        {
            // lemma, parts of speech, irregular forms, concepts, derivations: only the lemma and the forms are read now
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                int lemmaEnd = line.IndexOf('\t');
                int partsEnd = lemmaEnd < 0 ? -1 : line.IndexOf('\t', lemmaEnd + 1);
                int formsEnd = partsEnd < 0 ? -1 : line.IndexOf('\t', partsEnd + 1);
                if (formsEnd < 0 || line.IndexOf('\t', formsEnd + 1) < 0) continue; // fewer than five fields
                var lemma = line[..lemmaEnd];
                lines[lemma] = line;
                if (formsEnd == partsEnd + 1) continue;
                var all = PartsOfLetters(line.AsSpan(lemmaEnd + 1, partsEnd - lemmaEnd - 1));
                // "left:v": a form of only some of the lemma's parts of speech names them
                foreach (var entry in line[(partsEnd + 1)..formsEnd].Split(','))
                {
                    int colon = entry.IndexOf(':');
                    var (form, parts) = colon < 0 ? (entry, all) : (entry[..colon], PartsOfLetters(entry.AsSpan(colon + 1)));
                    (forms.TryGetValue(form, out var l) ? l : forms[form] = []).Add((lemma, parts));
                }
            }
        }
        // The news lexicon: one group of words per line; each word gains the group's concept.
        var news = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var reader = new StreamReader(Open(assembly, "news-lexicon.txt")))
        {
            string? line;
            int group = 0;
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var concept = "g" + (++group).ToString(System.Globalization.CultureInfo.InvariantCulture);
                foreach (var raw in line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var word = raw.ToLowerInvariant();
                    (news.TryGetValue(word, out var c) ? c : news[word] = []).Add(concept);
                }
            }
        }
        return new Data(lines, news.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            forms.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The parts of speech of the lexicon's letters ("nv" → noun and verb; "e", the event mark, is none).</summary>
    private static PartsOfSpeech PartsOfLetters(ReadOnlySpan<char> letters)
    {
        var parts = PartsOfSpeech.None;
        foreach (var c in letters)
            parts |= c switch { 'n' => PartsOfSpeech.Noun, 'v' => PartsOfSpeech.Verb, 'a' => PartsOfSpeech.Adjective, 'r' => PartsOfSpeech.Adverb, _ => 0 };
        return parts;
    }

    /// <summary>The concepts of a lemma and of the lemmas derived from it ("discussion" meets "discuss"), sorted.</summary>
    public string[] ConceptsOf(string lemma) => ConceptCache.GetOrAdd(lemma, static l =>
    {
        var data = Loaded.Value;
        if (data.Entry(l) is not { } entry) return [];
        var set = new SortedSet<string>(entry.Concepts, StringComparer.Ordinal);
        foreach (var d in entry.Derivations)
            if (data.Entry(d) is { } de) set.UnionWith(de.Concepts);
        return set.ToArray();
    });

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> ConceptCache = new(StringComparer.Ordinal);

    private static string[] Split(string s) => s.Length == 0 ? [] : s.Split(',');

    private static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream("Summit.Resources." + name)
        ?? throw new InvalidOperationException($"The package's resource {name} is missing.");
}
