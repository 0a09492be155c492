using Summit.Documents;
using Summit.Lexical;
using Summit.Text;

namespace Summit.Claims;

/// <summary>
/// Event mentions: each further event inside a clause (a participle, an infinitive, a coordinated verb, a noun of an
/// event, a verb of saying) as a claim of its own.
/// </summary>
internal sealed class EventMentions(SentenceView v, List<Group> groups)
{
    /// <summary>Tokens of this sentence already made a further event (a merged quote and frame share tokens).</summary>
    private HashSet<int>? _eventTokens;

    /// <summary>The sentence's verb groups (a verb of saying heading one is an event wherever a clause's span takes it in).</summary>
    private readonly List<Group> _groups = groups;

    /// <summary>
    /// One event per claim: each further event inside a clause becomes a claim of its own, nested in the clause's
    /// span and sharing its subject (a verb's), source and modality but not its time (the clause's time is its own
    /// event's: "rescuers searched on Tuesday after the earthquake") — a verb that is not the clause's predicate (a
    /// participle, an infinitive, a coordinated verb: "stormed the bank, taking three hostages") and a noun that
    /// names an event ("the earthquake", "her arrest"). A verb of saying is an event too (the report of what was said:
    /// "said", "confirmed"), a claim of the verb alone: what was said is the clause, whose attribution it is.
    /// </summary>
    internal void EmitEvents(Clause c, int first, Group? main, Claim clause)
    {
        for (int i = first; i < c.End; i++)
        {
            if (c.Inner is { } inner && i >= inner.From && i < inner.To) { i = inner.To - 1; continue; } // the nested relative clause's own
            // the predicate itself (and its particle); a verb before it in its group is an event of its own, not
            // an auxiliary or a hedge ("decided to shut", "refused to disclose"; not "is expected to")
            if (main is not null && i >= main.Head && i < main.End) continue;
            if (main is not null && i >= main.Start && i < main.Head && (v.Cls[i] is not (WordClass.Verb or WordClass.Noun or WordClass.Adjective)
                || ControlWords.ByLemma.TryGetValue(v.Lexicon.AnyLemma(v.Lower[i]), out var hedge) && hedge is Modality.Expected or Modality.Likely or Modality.Unlikely)) continue;
            if (v.Tok(i).Kind != TokenKind.Word || v.Cls[i] is WordClass.Proper || v.InTime(i)) continue;
            if ((_eventTokens ??= []).Contains(i)) continue;
            var (kind, lemma) = EventAt(i);
            if (lemma is null) continue;
            bool saying = SpeechVerbs.Lemmas.Contains(lemma);
            int start = i, end = i + 1;
            string? obj = null;
            if (kind == ClaimKind.Nominal)
            {
                // the noun phrase up to the event noun: "a heart attack", "the murder" of "the murder trial"
                while (start > first && v.Cls[start - 1] is WordClass.Determiner or WordClass.Adjective or WordClass.Noun
                           or WordClass.Number or WordClass.Possessive && !v.InTime(start - 1) && !_eventTokens.Contains(start - 1)
                       && !c.Groups.Any(g => g.Start <= start - 1 && start - 1 < g.End)
                       && !v.Lower[start - 1].EndsWith("ing", StringComparison.Ordinal)) start--;
            }
            else if (!saying)
            {
                // the verb with its particle and object: "taking three hostages", "to flee the city"
                if (end < c.End && WordClasses.Particles.Contains(v.Lower[end]) && v.Lexicon.Find(lemma + " " + v.Lower[end]) is { } phrasal
                    && (phrasal.Parts & PartsOfSpeech.Verb) != 0) { lemma = phrasal.Lemma; end++; }
                int o = end;
                while (o < c.End && v.Cls[o] is WordClass.Adverb) o++;
                int objectStart = o;
                o += v.QualifierBeforeFigure(o); // "killing at least eight people"
                while (o < c.End && v.IsObjectWord(o)) o++;
                if (o > objectStart) { end = o; obj = v.Text[v.SpanOf(objectStart).Start..v.SpanOf(o - 1).End]; }
                // and the phrases a preposition joins to it: "reside in Venezuela", "priced at 99.75", "led to demands for safety"
                // (not an infinitive: "prepared to give" is two events; not into a verb group: "the meeting between them came")
                while (end + 1 < c.End && (v.Cls[end] == WordClass.Preposition || v.Cls[end] == WordClass.To && v.Lexicon.Lemma(v.Lower[end + 1], PartsOfSpeech.Verb) != v.Lower[end + 1])
                       && PhraseWord(end + 1))
                {
                    int p = end + 1;
                    while (p < c.End && PhraseWord(p)) p++;
                    while (p > end + 1 && v.Cls[p - 1] is WordClass.Determiner or WordClass.Possessive) p--; // "between its “old rivals”"
                    if (p == end + 1) break;
                    end = p;
                }
            }
            _eventTokens.Add(i);
            var span = new Span(v.SpanOf(start).Start, v.SpanOf(end - 1).End);
            // a verb's subject is its clause's; the saying's is the clause's speaker, and the report states it itself
            var (subject, subjectEntity) = kind == ClaimKind.Nominal ? (null, null)
                : saying ? (clause.Attribution, clause.AttributionEntityId)
                : (DescribedNoun(i, first) ?? RelativesAntecedent(i, first)) is { } described ? (described.Of(v.Text), v.EntityIn(described))
                : (clause.Subject, clause.SubjectEntityId);
            var ids = new List<string>();
            if (subjectEntity is not null) ids.Add(subjectEntity);
            foreach (var m in v.Mentions)
                if (span.Contains(m.Span) && v.EntityOf(m) is { } id && !ids.Contains(id)) ids.Add(id);
            v.State.Claims.Add(new Claim($"{v.State.ReportId}-e{++v.State.EventCount}", v.State.ReportId, span, span.Of(v.Text), lemma)
            {
                Kind = kind,
                Sentence = v.Sentence.Index,
                Subject = subject,
                SubjectEntityId = subjectEntity,
                Object = obj,
                Attribution = saying ? null : clause.Attribution,
                AttributionEntityId = saying ? null : clause.AttributionEntityId,
                Modality = saying ? Modality.Asserted : clause.Modality,
                Tense = !saying ? clause.Tense
                    : v.PastForm(i) ? Tense.Past : Tense.Present,
                EntityIds = ids,
            });
        }
    }

    /// <summary>
    /// The noun phrase a participle right after it describes, which is the participle's subject ("boys playing the game",
    /// "a Royal Charter issued by the King"), from the clause's <paramref name="first"/> word on and not into a verb group; null
    /// for any other verb form, or when no noun of the clause stands right before it (", taking three hostages": the
    /// clause's subject acts).
    /// </summary>
    private Span? DescribedNoun(int i, int first)
    {
        if (i - 1 < first || v.Cls[i - 1] is not (WordClass.Noun or WordClass.Proper) || v.InTime(i - 1)) return null;
        var w = v.Lower[i];
        // an -ing form with its object ("boys playing the game"; not "the last match between them"), or a past participle
        // (not a plural noun an irregular form shares: "programmes")
        bool ing = w.EndsWith("ing", StringComparison.Ordinal) && i + 1 < v.Count
                   && v.Cls[i + 1] is WordClass.Determiner or WordClass.Possessive or WordClass.Pronoun or WordClass.Number or WordClass.Noun or WordClass.Proper;
        if (!ing && !(v.PastForm(i) && !w.EndsWith('s'))) return null;
        return NounPhraseEndingAt(i - 1, first);
    }

    /// <summary>
    /// The noun phrase a relative clause whose relative word is its subject describes, which is the subject of that clause's
    /// verb ("some things that have gone on", "the men who were arrested"), from the clause's <paramref name="first"/> word
    /// on; null when anything but auxiliaries and adverbs stands between the relative word and the verb ("things that nobody
    /// can explain": nobody explains).
    /// </summary>
    private Span? RelativesAntecedent(int i, int first)
    {
        int r = i - 1;
        while (r > first && v.Cls[r] is WordClass.Auxiliary or WordClass.Modal or WordClass.Adverb or WordClass.Not) r--;
        if (r - 1 < first || v.Cls[r] != WordClass.Relative || v.Lower[r] is not ("who" or "which" or "that")
            || v.Cls[r - 1] is not (WordClass.Noun or WordClass.Proper) || v.InTime(r - 1)
            || v.Lower[r] == "that" && SpeechVerbs.Lemmas.Contains(v.Lexicon.Lemma(v.Lower[r - 1], PartsOfSpeech.Verb) ?? "")) return null; // ("claims that …")
        return NounPhraseEndingAt(r - 1, first);
    }

    /// <summary>
    /// The noun phrase that ends at <paramref name="end"/>, from the clause's <paramref name="first"/> word on: back over noun
    /// words outside verb groups, up to the determiner that opens it ("to form a new company called …": "a new company").
    /// </summary>
    private Span NounPhraseEndingAt(int end, int first)
    {
        int start = end;
        while (start > first && v.IsNounWord(start - 1) && !InGroup(start - 1) && !(v.Cls[start] == WordClass.Determiner && start < end)) start--;
        return new Span(v.SpanOf(start).Start, v.SpanOf(end).End);
    }

    /// <summary>A word of a noun phrase a preposition joins to a further verb ("in Venezuela"): not a time, not in a verb group.</summary>
    private bool PhraseWord(int i) => v.IsNounWord(i) && !v.InTime(i) && !InGroup(i);

    /// <summary>Whether the word at <paramref name="i"/> is in one of the sentence's verb groups.</summary>
    private bool InGroup(int i) => _groups.Any(g => g.Start <= i && i < g.End);

    /// <summary>Whether <paramref name="word"/> (of lemma <paramref name="lemma"/>) has the form of the verb <paramref name="head"/>: both base forms or both -s forms.</summary>
    private bool SameForm(string head, string word, string lemma)
    {
        bool headBase = v.Lexicon.Lemma(head, PartsOfSpeech.Verb) == head;
        return headBase ? word == lemma : word != lemma && word.EndsWith('s') && head.EndsWith('s');
    }

    /// <summary>Whether the word at <paramref name="i"/> names an event, and its lemma: a noun of an event, or a verb form.</summary>
    internal (ClaimKind Kind, string? Lemma) EventAt(int i)
    {
        var w = v.Lower[i];
        bool ing = w.EndsWith("ing", StringComparison.Ordinal);
        if ((ing && WordClasses.PrepositionalParticiples.Contains(w)) || WordClasses.Particles.Contains(w)) return (ClaimKind.Predicate, null);
        bool determined = i > 0 && v.Cls[i - 1] is WordClass.Determiner or WordClass.Possessive or WordClass.Adjective or WordClass.Number;
        // "traders buy and sell stocks", "the board meets and votes": a verb form coordinated with its group's main verb
        if (i >= 2 && v.Cls[i - 1] == WordClass.Coordinator && _groups.Exists(g => g.Head == i - 2 && g.End == i - 1)
            && v.Lexicon.Lemma(w, PartsOfSpeech.Verb) is { } coordinated && SameForm(v.Lower[i - 2], w, coordinated)) return (ClaimKind.Predicate, coordinated);
        // a noun of an event: "the earthquake", "her arrest", "the murder trial", "the shooting" (an -ing form after a determiner)
        if (v.Cls[i] == WordClass.Noun && (!ing || determined) && v.Lexicon.Lemma(w, PartsOfSpeech.Noun) is { } noun
            && v.Lexicon.Find(noun) is { EventNoun: true } && !WordClasses.Light.Contains(noun)) return (ClaimKind.Nominal, noun);
        // the verb of saying of an attribution this clause's span takes in ("…, MyFoxHouston.com reports")
        if (_groups.Find(g => g.Head == i && SpeechVerbs.Lemmas.Contains(g.Lemma)) is { } saying) return (ClaimKind.Predicate, saying.Lemma);
        if (!v.VerbCapable(i) || v.Lexicon.Lemma(w, PartsOfSpeech.Verb) is not { } verb) return (ClaimKind.Predicate, null);
        bool toBefore = i > 0 && v.Cls[i - 1] == WordClass.To;
        bool participle = v.PastForm(i);
        // "freed slaves", "mortgage-backed securities": a past participle before its noun describes it
        if (participle && i + 1 < v.Count && v.Cls[i + 1] == WordClass.Noun && !v.InTime(i + 1)
            && !WordClasses.Particles.Contains(v.Lower[i + 1])) return (ClaimKind.Predicate, null);
        // "an investment banking firm", "his consulting partner", "a revolving credit line": an -ing form between a noun
        // phrase's words and its noun describes the noun
        if (ing && i > 0 && i + 1 < v.Count && v.Cls[i + 1] == WordClass.Noun && !v.InTime(i + 1)
            && v.Cls[i - 1] is WordClass.Determiner or WordClass.Possessive or WordClass.Adjective or WordClass.Noun or WordClass.Proper or WordClass.Number)
            return (ClaimKind.Predicate, null);
        // a participle ("taking", "arrested"), an infinitive ("to flee"), or a word that can only be a verb
        if ((ing && !determined) || (toBefore && verb == w) || (participle && !determined) || v.Cls[i] == WordClass.Verb)
            return (ClaimKind.Predicate, verb);
        return (ClaimKind.Predicate, null);
    }
}
