using System.Text.RegularExpressions;
using Summit.Claims;
using Summit.Lexical;
using Summit.Text;

namespace Summit.Evaluation;

/// <summary>How a fact's summary starts, when it starts the wrong way for a statement of its own.</summary>
public enum SummaryStart
{
    /// <summary>Not one of the kinds below.</summary>
    Fine,
    /// <summary>who, which, that, where, whom, whose, when.</summary>
    RelativePronoun,
    /// <summary>and, but, or, while, although, because, since, as, after, before, until, if.</summary>
    Conjunction,
    /// <summary>"according to …", or a speech verb among its first words before any comma ("Police said …").</summary>
    Attribution,
}

/// <summary>
/// The claim-quality counters of issue 17, as definitions that can be tested.
/// <para>
/// A claim has no finite verb (<see cref="WhyNoFiniteVerb"/>) when its <see cref="Claim.Tense"/> is
/// <see cref="Tense.Unknown"/> (the extractor found no verb group), or when the word of its text that
/// prints the predicate (the first whose verb lemma is the first word of <see cref="Claim.Predicate"/>,
/// as in <see cref="CarbFormat"/>; "wasn't" prints "be") is missing, is an -ing form with no auxiliary or modal before it
/// (adverbs between are skipped), or is a to-infinitive with no word before it in the claim that can be
/// a verb ("decided to take" is finite, "To install it, open …" is not). The extractor admits only finite
/// verb groups for its clauses, but a sentence in which it finds none becomes one claim on its first
/// word that can be a verb ("adverts", "preparing"), and the predicate of a direct quote in which it
/// finds no verb is "say", which the quote does not print: those are what this counts (the detail
/// lines give the share of each reason). A past participle without an auxiliary ("the man arrested on
/// Monday") is taken as finite: the form cannot tell, so the share is a lower bound.
/// </para>
/// <para>A claim has no subject when <see cref="Claim.Subject"/> is empty.</para>
/// <para>
/// A summary's start (<see cref="StartOf"/>) is read from its first word, after any opening quotes or
/// brackets, in lower case: a relative pronoun or a conjunction of the issue's lists (so a determiner
/// "that" and a preposition "after" count too: the lists are the issue's); an attribution is "according
/// to" at the start, or, among its second to seventh words with no comma before them and not after a
/// form of "be" (a passive: "will be announced"), say, says, said, tell, tells, told, adds or added, or
/// one of reported, announced, stated, claimed, noted, warned, confirmed, insisted, explained,
/// believed (and their -s forms) followed by "that" ("The company announced a new phone" states
/// a fact; "Police said …" and "The firm announced that …" attribute one). A verb of saying after
/// "to" (an infinitive: "declined to say", "hard to say") or after a negation ("didn't say why") attributes
/// nothing, and "adds"/"added" attribute only before "that", a quote or the end of the words read
/// ("He added that …", "…,” he added"; "Smith added 17 points" scores). Two readings are statements, not
/// attributions: "say" as a noun (after a determiner, or an adjective after one: "has the final say"), and a summary that
/// opens with a subject pronoun and a verb form of its own ("it underscored the problems prosecutors say they face").
/// "say" and "tell" attribute only what they introduce: a "that" clause, a quote, a clause ("told police he fired",
/// "told reporters the talks had failed", "said the man fled"), or nothing beyond a hearer or a phrase that is no object
/// ("the minister told reporters", "said in a statement"); with an object and no clause the saying is an act of its own
/// ("told the real story of the night", "They said no", "said nothing", a sentence cut off: "Police said a loaded.").
/// </para>
/// </summary>
internal static partial class ClaimQuality
{
    // the package's English lexicon, as the claim extractor reads it
    private static readonly Lexicon Lexicon = new();

    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal) { "who", "which", "that", "where", "whom", "whose", "when" };

    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal)
        { "and", "but", "or", "while", "although", "because", "since", "as", "after", "before", "until", "if" };

    /// <summary>Whether the claim has a finite verb (see the class summary).</summary>
    public static bool HasFiniteVerb(Claim claim) => WhyNoFiniteVerb(claim) is null;

    /// <summary>Why the claim has no finite verb (see the class summary), or null when it has one.</summary>
    public static string? WhyNoFiniteVerb(Claim claim)
    {
        if (claim.Tense == Tense.Unknown) return "tense unknown";
        var words = Words().Matches(claim.Text).Select(m => m.Value.ToLowerInvariant()).ToList();
        var verb = claim.Predicate.Split(' ')[0]; // "check into": the verb of a phrasal predicate
        int head = words.FindIndex(w => CarbFormat.IsPredicate(w, verb));
        if (head < 0) return "predicate not in the text";
        int j = head - 1;
        while (j >= 0 && IsAdverb(words[j])) j--;
        if (j >= 0 && WordClasses.Of(words[j]) == WordClass.To)
            // a to-infinitive: finite when a word before it can be the finite verb ("decided to take", "will continue to use", "is due to")
            return words.Take(j).Any(w => IsAuxiliary(w) || Lexicon.Lemma(w, PartsOfSpeech.Verb) is not null)
                ? null : "to-infinitive";
        if (j >= 0 && IsAuxiliary(words[j]))
            return j - 1 >= 0 && WordClasses.Of(words[j - 1]) == WordClass.To ? "to-infinitive" : null; // "to be found"
        if (IsAuxiliary(words[head])) return null;
        return words[head].EndsWith("ing", StringComparison.Ordinal) ? "-ing form" : null;
    }

    private static bool IsAuxiliary(string w) =>
        WordClasses.Of(w) is WordClass.Auxiliary or WordClass.Modal || w is "'m" or "’m" or "'re" or "’re" or "'s" or "’s" or "'ve" or "’ve" or "'d" or "’d"
        || WordClasses.IsContractedNegation(w) && WordClasses.ContractedAuxiliary(w) is not null; // "wasn't getting"

    private static bool IsAdverb(string w) =>
        WordClasses.Of(w) is WordClass.Adverb or WordClass.Not || (WordClasses.Of(w) == WordClass.Other && Lexicon.PartsOf(w) == PartsOfSpeech.Adverb);

    /// <summary>Whether the claim has a subject.</summary>
    public static bool HasSubject(Claim claim) => !string.IsNullOrWhiteSpace(claim.Subject);

    /// <summary>How a summary starts (see the class summary).</summary>
    public static SummaryStart StartOf(string summary)
    {
        var words = Words().Matches(summary).Select(m => m.Value).ToList();
        if (words.Count == 0) return SummaryStart.Fine;
        var first = words[0].ToLowerInvariant();
        if (Relatives.Contains(first)) return SummaryStart.RelativePronoun;
        if (Conjunctions.Contains(first)) return SummaryStart.Conjunction;
        if (StartsWithAttribution(summary)) return SummaryStart.Attribution;
        return SummaryStart.Fine;
    }

    // ("wasn't" one word: a contracted negation's auxiliary; "re-entered" one word: a verb with a hyphenated prefix)
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:['’]t\b)?|['’][\p{L}]+")]
    private static partial Regex Words();

    private static readonly HashSet<string> SpeechForms = new(StringComparer.Ordinal) { "say", "says", "said", "tell", "tells", "told", "adds", "added" };

    private static readonly HashSet<string> SpeechFormsWithThat = new(StringComparer.Ordinal)
        { "reported", "announces", "announced", "stated", "claimed", "noted", "warned", "confirmed", "insists", "insisted", "explains", "explained", "believes", "believed" };

    /// <summary>
    /// Whether a verb of saying introduces what is said (see the class summary): a "that" clause, a quote, a clause (a
    /// pronoun subject, an auxiliary, or a verb form not led by a determiner, possessive, preposition or relative word), or
    /// nothing — the end of the words, or for "tell" its hearer alone, or for "say" a phrase that is no object ("said in a
    /// statement", "said Smith …"). A "say" whose object is a noun phrase with no clause says that thing ("said nothing",
    /// "said no", "said a few words"); a "tell" with an object and no clause tells it ("told the real story").
    /// </summary>
    private static bool SaysSomething(string summary, string verb, int wordsAfter)
    {
        var all = Words().Matches(summary).Select(m => m.Value.ToLowerInvariant()).ToList();
        int at = all.IndexOf(verb);
        bool tell = verb is "tell" or "tells" or "told";
        if (at < 0 || wordsAfter <= (tell ? 2 : 0) || at + 1 >= all.Count) return true;
        // "A man said to have been released … was questioned": a reported passive, no one's word opening the summary
        if (all[at + 1] == "to" && at + 2 < all.Count && all[at + 2] is "be" or "have") return false;
        if (!tell && !(WordClasses.Of(all[at + 1]) is WordClass.Determiner or WordClass.Possessive or WordClass.Number
                       || all[at + 1] is "no" or "yes" or "nothing" or "something" or "little" or "much")) return true;
        if (summary.IndexOfAny(['“', '"', '‘']) > summary.IndexOf(verb, StringComparison.OrdinalIgnoreCase)) return true;
        for (int j = at + (tell ? 2 : 1); j < all.Count; j++)
        {
            // a complementizer "that" is followed by its clause's subject, a relative "that" by its verb ("words that will echo")
            if (j + 1 < all.Count && (all[j] == "that" && WordClasses.Of(all[j + 1]) is not (WordClass.Auxiliary or WordClass.Modal) && Lexicon.Lemma(all[j + 1], PartsOfSpeech.Noun) is not null
                || all[j] == "that" && WordClasses.Of(all[j + 1]) is WordClass.Determiner or WordClass.Pronoun or WordClass.Possessive)) return true;
            if (all[j] is "he" or "she" or "they" or "we" or "i" or "it" && j + 1 < all.Count) return true;
            // "told reporters the talks had failed": an auxiliary not led by a relative word
            var before = WordClasses.Of(all[j - 1]);
            if (WordClasses.Of(all[j]) is WordClass.Auxiliary or WordClass.Modal && before != WordClass.Relative) return true;
            // "said the man fled" (not "said a loaded": a determiner leads it)
            if (Lexicon.Lemma(all[j], PartsOfSpeech.Verb) is { } lemma && lemma != all[j] && Lexicon.Lemma(all[j], PartsOfSpeech.Noun) is null
                && before is not (WordClass.Determiner or WordClass.Possessive or WordClass.Preposition or WordClass.Relative or WordClass.To)) return true;
        }
        return false;
    }

    private static bool IsDeterminer(string w) => WordClasses.Of(w) is WordClass.Determiner or WordClass.Possessive;

    private static bool StartsWithAttribution(string summary)
    {
        var comma = summary.IndexOfAny([',', ';', ':']);
        var head = comma < 0 ? summary : summary[..comma];
        var words = Words().Matches(head).Select(m => m.Value.ToLowerInvariant()).Take(8).ToList();
        if (words.Count >= 2 && words[0] == "according" && words[1] == "to") return true;
        // "it underscored the problems prosecutors say they face": a subject pronoun and its own verb open the summary
        if (words.Count >= 2 && words[0] is "he" or "she" or "it" or "they" or "we" or "i" or "you"
            && !SpeechForms.Contains(words[1]) && !SpeechFormsWithThat.Contains(words[1])
            && WordClasses.Of(words[1]) is not (WordClass.Auxiliary or WordClass.Modal) && Lexicon.Lemma(words[1], PartsOfSpeech.Verb) is { } own
            && Lexicon.Lemma(words[1], PartsOfSpeech.Noun) is null && own != words[1]) return false;
        for (int i = 1; i < Math.Min(words.Count, 7); i++)
        {
            bool passive = WordClasses.Of(words[i - 1]) == WordClass.Auxiliary && words[i - 1] is not ("has" or "have" or "had" or "did" or "does" or "do");
            if (passive) continue; // "results will be announced"
            // "declined to say", "didn't say why", "can't tell": no one's word is given
            if (words[i - 1] is "to" or "not" or "never" || WordClasses.IsContractedNegation(words[i - 1])) continue;
            if (words[i] is "adds" or "added")
            {
                if (i + 1 >= words.Count || words[i + 1] == "that" || (comma < 0 && i + 1 == words.Count)) return true;
                continue; // "added 17 points", "adds support for …"
            }
            // "has the final say", "a say in it": the noun
            if (words[i] is "say" or "says" && (IsDeterminer(words[i - 1])
                || (i >= 2 && IsDeterminer(words[i - 2]) && (Lexicon.PartsOf(words[i - 1]) & PartsOfSpeech.Adjective) != 0))) continue;
            // "told the real story of the night", "said nothing", "They said no": saying attributes only what it introduces
            if (words[i] is "tell" or "tells" or "told" or "say" or "says" or "said" && !SaysSomething(summary, words[i], words.Count - i - 1)) continue;
            if (SpeechForms.Contains(words[i])) return true;
            if (SpeechFormsWithThat.Contains(words[i]) && (i + 1 < words.Count ? words[i + 1] == "that" : comma < 0 && i + 1 == words.Count)) return true;
        }
        return false;
    }
}
