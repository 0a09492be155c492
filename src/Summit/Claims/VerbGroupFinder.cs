using Summit.Lexical;
using Summit.Text;

namespace Summit.Claims;

/// <summary>
/// Verb groups: finds a sentence's verb groups (auxiliaries and modals with their main verb, finite verbs by form and
/// context, control verbs with their infinitive) and marks the verb after a relative clause or aside as its antecedent's.
/// </summary>
internal sealed class VerbGroupFinder(SentenceView v)
{
    /// <summary>Finds the verb groups: auxiliaries and modals with their main verb, and finite verbs by form and context.</summary>
    internal List<Group> FindGroups()
    {
        var groups = new List<Group>();
        bool finiteSeen = false;
        int asideFrom = -1; // where a ", who ..." / ", which ..." aside began
        int relative = -1; // an open restrictive relative clause whose relative word is its subject ("those who had bought …")
        bool relativeVerb = false; // its verb has been seen: a verb group after it without a boundary is its antecedent's
        for (int i = 0; i < v.Count; i++)
        {
            if (!v.Frame(i) || v.Tok(i).Kind != TokenKind.Word) continue;
            if (v.Cls[i] == WordClass.Relative && v.Lower[i] is "who" or "which" or "that")
            {
                relative = i > 0 && v.Cls[i - 1] is WordClass.Comma or WordClass.Dash ? -1 : i;
                relativeVerb = false;
            }
            else if (v.Cls[i] == WordClass.Subordinator || (i > 0 && v.Cls[i - 1] is WordClass.Comma or WordClass.Stop or WordClass.Dash)
                     || (v.Cls[i] == WordClass.Coordinator && i + 1 < v.Count && v.Cls[i + 1] is WordClass.Determiner or WordClass.Possessive
                         or WordClass.Pronoun or WordClass.Proper or WordClass.Number))
                relative = -1; // "… and the man fled": a clause of its own
            if (v.Cls[i] is WordClass.Subordinator or WordClass.Relative or WordClass.Coordinator) finiteSeen = false;
            // (a quote closed after the comma too: "The plan \"was a mistake,\" a spokeswoman said")
            if (i > 0 && v.Cls[i - 1] == WordClass.Stop || v.AfterComma(i)) finiteSeen = false;
            if (v.Cls[i] == WordClass.Relative && v.Lower[i] is "who" or "which" && i > 0 && v.Cls[i - 1] == WordClass.Comma) asideFrom = i;
            bool afterAside = asideFrom >= 0 && i > 0 && v.Cls[i - 1] == WordClass.Comma && i - 1 > asideFrom;
            int aside = afterAside ? asideFrom : -1;
            if (afterAside) asideFrom = -1;
            var c = v.Cls[i];
            if (c is WordClass.Auxiliary or WordClass.Modal)
            {
                if (v.InTime(i)) continue; // "at 8.40am", "on May 5": a time's word, no verb
                int p = v.PrevContent(i);
                int q = p;
                while (q >= 0 && v.Cls[q] == WordClass.Auxiliary) q = v.PrevContent(q);
                if (q >= 0 && v.Cls[q] == WordClass.To) continue; // "to be", "to have been": part of another group
                // "after being convicted": a participle, no finite group of its own
                if (v.Lower[i] == "being" && (p < 0 || v.Cls[p] is not (WordClass.Auxiliary or WordClass.Modal))) continue;
                var g = VerbGroupFrom(i);
                // "Gray, who was running for his life, did not have a gun": the verb after the aside is its antecedent's
                g = afterAside ? g with { AfterAside = true, AfterRelative = aside } : g with { AfterRelative = AfterRelative(g, p, ref relative, ref relativeVerb) };
                groups.Add(g);
                finiteSeen = !SpeechVerbs.Lemmas.Contains(g.Lemma);
                i = g.End - 1;
                continue;
            }
            if (!v.VerbCapable(i)) continue;
            var w = v.Lower[i];
            bool past = v.PastForm(i);
            bool third = w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal);
            bool ing = w.EndsWith("ing", StringComparison.Ordinal);
            if (ing) continue;
            int prev = v.PrevContent(i);
            var pc = prev < 0 ? WordClass.Other : v.Cls[prev];
            bool subjectBefore = pc is WordClass.Noun or WordClass.Proper or WordClass.Pronoun or WordClass.Number
                                 || (pc == WordClass.Relative && v.Lower[prev] is "who" or "which" or "that");
            bool nounReading = v.Lexicon.Lemma(w, PartsOfSpeech.Noun) is not null;
            bool verbFollows = VerbFollows(i);
            bool finite, willContracted = false;
            if (past)
            {
                bool directlyAfterComma = i > 0 && v.Cls[i - 1] == WordClass.Comma && !ClosesAppositive(i - 1);
                if (i > 0 && v.Cls[i - 1] == WordClass.Comma && ClosesAppositive(i - 1)) subjectBefore = true;
                finite = ((subjectBefore && !directlyAfterComma && !(finiteSeen && pc == WordClass.Noun))
                          || (pc == WordClass.Coordinator && groups.Count > 0))
                         && !AttributiveParticiple(i);
            }
            else if (third)
            {
                var verbLemma = v.Lexicon.Lemma(w, PartsOfSpeech.Verb);
                bool nounOnly = verbLemma is null;
                bool saying = SpeechVerbs.Lemmas.Contains(verbLemma ?? w);
                // "future generations of Tar Heel fans that …": a noun before "that", after a preposition's object, not a verb
                // (a verb of saying is: "the leader of the party says that …")
                bool nounOfObject = nounReading && i + 1 < v.Count && v.Lower[i + 1] == "that" && prev >= 0 && v.IsNounPhraseToken(prev) && !saying
                                    && v.NounPhraseStart(prev) is > 0 and var np && v.Cls[np - 1] == WordClass.Preposition;
                // "In colonial times all grants …": a plural noun inside a phrase that a preposition opens the sentence with
                bool nounOfOpening = nounReading && prev >= 0 && v.IsNounPhraseToken(prev) && v.NounPhraseStart(prev) is var op
                                     && op >= 1 && v.Cls[op - 1] == WordClass.Preposition && (op == 1 || v.Cls[op - 2] is WordClass.Comma or WordClass.Stop);
                // "say that factors outside their control caused …": after a saying's "that" a plural noun opens what is said
                bool afterSaidThat = prev >= 1 && v.Lower[prev] == "that" && groups.Count > 0 && groups[^1].End == prev && SpeechVerbs.Lemmas.Contains(groups[^1].Lemma);
                // "The theatrical flourishes and …", "ten high schools": a plural noun after a determiner's or a number's adjective
                // (not a saying: "The official says")
                bool nounAfterAdjective = nounReading && prev >= 1 && prev == i - 1 && v.Cls[prev - 1] is WordClass.Determiner or WordClass.Number
                                          && (v.Lexicon.PartsOf(v.Lower[prev]) & PartsOfSpeech.Adjective) != 0 && !saying;
                // "add two new Infiniti models": a noun after a name that an adjective or a number opens (not a saying)
                bool nounAfterName = nounReading && NameInsideNounPhrase(prev, WordClass.Adjective, WordClass.Number) && !saying;
                // "before approving projects": the object of a gerund (not "the building collapses")
                bool gerundObject = nounReading && prev >= 0 && prev == i - 1 && v.Lower[prev].EndsWith("ing", StringComparison.Ordinal)
                                    && !(prev > 0 && v.Cls[prev - 1] is WordClass.Determiner or WordClass.Possessive or WordClass.Adjective);
                finite = !nounOnly && !finiteSeen && !(nounReading && verbFollows) && !nounOfObject && !nounOfOpening && !nounAfterAdjective && !gerundObject
                         && !nounAfterName
                         && (pc is WordClass.Proper or WordClass.Pronoun || (pc == WordClass.Relative && v.Lower[prev] is "who" or "which" or "that" && !(nounReading && afterSaidThat))
                             || (pc == WordClass.Noun && (!v.Lower[prev].EndsWith('s') || ObjectOpens(i + 1))));
            }
            else
            {
                bool pluralSubject = pc == WordClass.Pronoun && v.Lower[prev] is "i" or "we" or "they" or "you"
                                     || (pc is WordClass.Noun or WordClass.Proper && v.Lower[prev].EndsWith('s') && !v.Lower[prev].EndsWith("ss", StringComparison.Ordinal))
                                     // "Sikorsky and Boeing say"
                                     || (pc is WordClass.Noun or WordClass.Proper && v.NounPhraseStart(prev) is var np0 && np0 >= 2 && v.Lower[np0 - 1] == "and"
                                         && v.Cls[np0 - 2] is WordClass.Noun or WordClass.Proper);
                bool objectAfter = i + 1 < v.Count && (v.Cls[i + 1] is WordClass.Determiner or WordClass.Adjective or WordClass.Noun or WordClass.Proper
                    or WordClass.Preposition or WordClass.Number or WordClass.Possessive or WordClass.Adverb or WordClass.To or WordClass.Pronoun
                    || v.Lower[i + 1] is ":" or "that" // "The activities include: …", "Sikorsky and Boeing say that …"
                    // "traders buy and sell stocks": a base form coordinated with another
                    || v.Cls[i + 1] == WordClass.Coordinator && i + 2 < v.Count && v.Lexicon.Lemma(v.Lower[i + 2], PartsOfSpeech.Verb) == v.Lower[i + 2]);
                // ("The Dallas oil and gas concern said": a noun before the verb, and a place's name after a determiner modifying
                // a noun; not "Other Senators want")
                finite = !finiteSeen && pluralSubject && objectAfter && v.Lexicon.Lemma(w, PartsOfSpeech.Verb) == w && !(nounReading && verbFollows)
                         && !(nounReading && NameInsideNounPhrase(prev, WordClass.Determiner) && v.Mentions.Any(m => m.Type == EntityType.Place && m.Span.Contains(v.SpanOf(prev))));
                // "they'll tell", "we'll see": the modal is in the pronoun's word
                if (prev >= 0 && v.Lexicon.Lemma(w, PartsOfSpeech.Verb) == w && WordClasses.ContractedAuxiliary(v.Lower[prev]) == "will") { finite = true; willContracted = true; }
            }
            // "The ministers, who met in Geneva, agreed ...": the verb after the aside is the main verb
            if (!finite && afterAside && (past || third || v.Lexicon.Lemma(w, PartsOfSpeech.Verb) == w)) finite = true;
            // "The storm that struck the coast on Monday destroyed 100 homes", "Two jurors who … declined to be identified said":
            // a verb form after a relative clause's verb (not a passive's or infinitive's participle, and not after a common
            // noun, which may govern it as a participle: "a field used for …", "houses damaged by …")
            // (a base form too, with its object: "doctors who have run tests on themselves report headaches")
            bool baseWithObject = !past && !third && v.Lexicon.Lemma(w, PartsOfSpeech.Verb) == w && i + 1 < v.Count && v.IsNounWord(i + 1)
                                  && pc is WordClass.Pronoun or WordClass.Proper or WordClass.Number; // (not "crosses a field used for")
            if (!finite && relative >= 0 && relativeVerb && (past || (third && !nounReading) || baseWithObject) // ("… fishing boats": a plural noun)
                && pc is not (WordClass.Noun or WordClass.Auxiliary or WordClass.Modal or WordClass.To or WordClass.Coordinator or WordClass.Relative or WordClass.Other
                    or WordClass.Determiner or WordClass.Possessive or WordClass.Preposition)) finite = true; // ("who followed the recommended plan")
            // "…, said Ann Lee, a spokesman.": a saying after a clause, its speaker after it
            bool speakerAfter = !finite && groups.Count > 0 && v.AfterComma(i) && SpeechVerbs.FrameForms.Contains(w)
                                && (past || third) && v.SpeakerEnd(i + 1) > 0;
            if (speakerAfter) finite = true;
            if (!finite) continue;
            bool never = prev >= 0 && prev < i - 1 && Enumerable.Range(prev + 1, i - prev - 1).Any(k => v.Cls[k] == WordClass.Not)
                         || (i > 0 && v.Cls[i - 1] == WordClass.Not);
            var group = MainVerb(i, i, willContracted ? Modality.Expected : null, never, past) with { AfterAside = afterAside, SpeakerAfter = speakerAfter };
            group = group with { AfterRelative = afterAside ? aside : AfterRelative(group, prev, ref relative, ref relativeVerb) };
            groups.Add(group);
            finiteSeen = !SpeechVerbs.Lemmas.Contains(group.Lemma); // "said the quake killed 15": a complement follows
            i = group.End - 1;
        }
        // "New York bonds, which have been hammered …, rose": a plural noun read as a verb before an aside whose antecedent's
        // verb follows it is that antecedent's noun
        foreach (var after in groups.Where(g => g.AfterAside && g.AfterRelative > 1).ToList())
            groups.RemoveAll(h => h.End == after.AfterRelative - 1 && h.Start == h.Head && h.End == h.Head + 1 && !h.Past
                                  && v.Lower[h.Head].EndsWith('s') && v.Lexicon.Lemma(v.Lower[h.Head], PartsOfSpeech.Noun) is not null);
        return groups;
    }

    /// <summary>
    /// Follows an open restrictive relative clause through a verb group <paramref name="g"/> (whose previous content word
    /// is <paramref name="prev"/>): the relative's own verb must follow its relative word directly (the word is its subject:
    /// "who had bought", not "that the bank was"); a verb coordinated with it stays in it ("who spoke … but declined");
    /// the next group is its antecedent's verb, and the relative word is returned for it (else -1).
    /// </summary>
    private int AfterRelative(Group g, int prev, ref int relative, ref bool relativeVerb)
    {
        if (relative < 0) return -1;
        if (!relativeVerb)
        {
            for (int j = relative + 1; j < g.Start; j++)
                if (v.Cls[j] is not (WordClass.Adverb or WordClass.Not)) { relative = -1; return -1; }
            relativeVerb = true;
            if (SpeechVerbs.Lemmas.Contains(g.Lemma)) relative = -1; // "who said he would go": what follows is what was said
            return -1;
        }
        if (prev >= 0 && v.Cls[prev] == WordClass.Coordinator) return -1;
        int r = relative;
        relative = -1;
        return r;
    }

    /// <summary>
    /// Whether the past form at <paramref name="i"/> is a participle inside the subject, the clause's verb still to come:
    /// before its noun ("The Israeli controlled sector was captured", not "Police arrested protesters who were …"),
    /// before its agent ("Legislation signed by the governor provides …"), or before its phrase and the clause's auxiliary
    /// ("Machines dedicated to printing are …").
    /// </summary>
    private bool AttributiveParticiple(int i)
    {
        // "Farmers who sold at reduced prices lost money": right after its relative word a past form is the relative clause's verb
        // (not "that", which may open what is said: "remarks that sophisticated trading strategies are here to stay")
        if (v.PrevContent(i) is >= 0 and var r && v.Cls[r] == WordClass.Relative && v.Lower[r] is "who" or "which") return false;
        // "A man said to have been released from a hospital was being questioned": a report's participle before its infinitive
        if (i + 2 < v.Count && v.Cls[i + 1] == WordClass.To && v.Lower[i + 2] is "be" or "have")
        {
            int k = i + 2;
            while (k < v.Count && (v.Cls[k] is WordClass.Auxiliary or WordClass.Adverb or WordClass.Not || v.VerbCapable(k) && v.Lower[k].EndsWith("ed", StringComparison.Ordinal))) k++;
            for (; k < v.Count; k++)
            {
                if (v.Cls[k] is WordClass.Auxiliary or WordClass.Modal) return true;
                if (v.Cls[k] is WordClass.Comma or WordClass.Stop or WordClass.Dash or WordClass.Coordinator or WordClass.Subordinator or WordClass.Relative) return false;
            }
            return false;
        }
        // "Legislation signed by the governor provides pensions", "houses damaged by the storm were demolished": a participle
        // whose agent follows it, then the clause's own verb
        if (i + 2 < v.Count && v.Lower[i + 1] == "by" && v.IsNounWord(i + 2))
        {
            for (int k = i + 3; k < v.Count; k++)
            {
                if (ClauseVerbAt(k)) return true;
                if (!v.IsNounWord(k)) break;
            }
        }
        // "Machines dedicated to printing are common", "troops stationed in the area have left": a participle with its
        // phrase, then the clause's auxiliary
        int at = i + 1;
        while (at < v.Count && v.Cls[at] == WordClass.Adverb) at++;
        // (not a saying's place: "Officials said in a statement the plant was closed"; nor "as" opening a clause: "Prices
        // rallied as the bid broke the gloom", though "known as variolation was" is a participle's)
        if (at + 1 < v.Count && v.Cls[at] is WordClass.Preposition or WordClass.To && !v.InTime(at + 1) && !SpeechVerbs.FrameForms.Contains(v.Lower[i])
            && !(v.Lower[at] == "as" && v.Cls[at + 1] is WordClass.Determiner or WordClass.Possessive or WordClass.Pronoun))
        {
            for (int k = at + 1; k < v.Count; k++)
            {
                if (k > at + 1 && !v.InTime(k) && ClauseVerbAt(k)) return true;
                // (one noun phrase: a determiner after its noun opens another)
                if (k > at + 1 && v.Cls[k] is WordClass.Determiner or WordClass.Possessive && v.Cls[k - 1] is WordClass.Noun or WordClass.Proper) break;
                if (!(v.IsNounWord(k) || v.Lower[k].EndsWith("ing", StringComparison.Ordinal) && v.VerbCapable(k)
                      || v.Lower[k] == "of" && k > at + 1 && k + 1 < v.Count && v.IsNounWord(k + 1))) break;
            }
        }
        if (i + 1 >= v.Count || v.Cls[i + 1] != WordClass.Noun || v.InTime(i + 1) || WordClasses.Particles.Contains(v.Lower[i + 1])) return false;
        if (v.PrevContent(i) is var p && p >= 0 && v.Cls[p] == WordClass.Pronoun) return false; // "It said financing would": a pronoun's verb
        int j = i + 2;
        while (j < v.Count && v.IsNounWord(j)) j++; // the rest of its noun phrase, then the verb group
        return j < v.Count && v.Cls[j] is WordClass.Auxiliary or WordClass.Modal;
    }

    /// <summary>
    /// Whether the word at <paramref name="prev"/> ends a name that a word of one of <paramref name="opening"/> stands right
    /// before, so that the name modifies a noun after it ("two new Infiniti models", "The Dallas oil and gas concern").
    /// </summary>
    private bool NameInsideNounPhrase(int prev, params ReadOnlySpan<WordClass> opening)
    {
        if (prev < 0 || v.Cls[prev] != WordClass.Proper) return false;
        int s = prev;
        while (s > 0 && v.Cls[s - 1] == WordClass.Proper) s--;
        return s > 0 && opening.Contains(v.Cls[s - 1]);
    }

    /// <summary>
    /// Whether the clause's own verb stands at <paramref name="k"/>, after a participle's phrase: an auxiliary or modal, or a
    /// past or -s form with its object ("won the cup", "provides pensions", "said it would").
    /// </summary>
    private bool ClauseVerbAt(int k) =>
        v.Cls[k] is WordClass.Auxiliary or WordClass.Modal
        || v.VerbCapable(k) && (v.PastForm(k) || v.Lower[k].EndsWith('s') && v.Lexicon.Lemma(v.Lower[k], PartsOfSpeech.Verb) != v.Lower[k])
           && k + 1 < v.Count && (v.IsNounWord(k + 1) || v.Cls[k + 1] is WordClass.Pronoun or WordClass.Relative);

    /// <summary>
    /// Whether a verb follows the word at <paramref name="i"/>, adverbs between, so that a word that can be a plural noun
    /// is the subject's noun ("shares rose", "the European powers first gained"): an auxiliary or modal, a base form that
    /// can be nothing but a verb ("seeds contain"), or a past form that is no participle before its noun ("makes veiled references").
    /// </summary>
    private bool VerbFollows(int i)
    {
        int j = i + 1;
        while (j < v.Count && (v.Cls[j] == WordClass.Adverb || v.Lower[j] is "first" or "last")) j++; // ("first gained": an ordinal as an adverb)
        if (j >= v.Count) return false;
        if (v.Cls[j] is WordClass.Auxiliary or WordClass.Modal) return true;
        // "Wild radish seeds contain up to 48 %": a base form that can be nothing but a verb
        if (v.Cls[j] is not (WordClass.Determiner or WordClass.Preposition or WordClass.Pronoun)
            && v.Lexicon.Lemma(v.Lower[j], PartsOfSpeech.Verb) == v.Lower[j] && v.Lexicon.PartsOf(v.Lower[j]) == PartsOfSpeech.Verb) return true;
        return v.VerbCapable(j) && v.PastForm(j)
               && !(j + 1 < v.Count && v.Cls[j + 1] == WordClass.Noun && !v.InTime(j + 1));
    }

    /// <summary>
    /// Whether token <paramref name="i"/> opens an object that no noun compound can end before: a determiner, a possessive
    /// word or an object pronoun ("the series shows her", "the crisis leaves the town"; not "fishing boats sailed", nor "that",
    /// which may open a clause: "news reports that …").
    /// </summary>
    private bool ObjectOpens(int i) =>
        i < v.Count && (v.Cls[i] == WordClass.Determiner && v.Lower[i] != "that" || v.Cls[i] == WordClass.Possessive && char.IsLetter(v.Lower[i][0])
                        || v.Lower[i] is "me" or "him" or "us" or "them");

    /// <summary>
    /// Whether the comma at <paramref name="comma"/> closes a noun phrase in apposition: "A spokesman, Lars Holm, said",
    /// "Stephen McCartin, Mr. Hunt's attorney, said", "Jan Leemans, research director of the firm, said".
    /// </summary>
    private bool ClosesAppositive(int comma)
    {
        int j = comma - 1;
        while (j >= 0 && comma - j <= 10 && (v.IsNounWord(j) || v.Lower[j] == "of" && j + 1 < comma && v.IsNounWord(j + 1)
                                              || v.Lower[j] == "." && j > 0 && v.Cls[j - 1] == WordClass.Proper)) j--; // ("Mr. Hunt's")
        return j < comma - 1 && j >= 1 && v.Cls[j] == WordClass.Comma && v.Cls[j - 1] is WordClass.Noun or WordClass.Proper;
    }

    /// <summary>Reads a group that starts with an auxiliary or modal: "has already called", "was due to arrive", "will not be".</summary>
    private Group VerbGroupFrom(int start)
    {
        Modality? modality = null;
        bool negated = false, past = false;
        int i = start, lastAux = start;
        for (; i < v.Count && v.Frame(i); i++)
        {
            var c = v.Cls[i];
            // "isn't", "couldn't": a contracted negation is the group's
            if (c is WordClass.Modal or WordClass.Auxiliary && WordClasses.IsContractedNegation(v.Lower[i])) negated = true;
            var form = WordClasses.WithoutNegation(v.Lower[i]);
            if (c == WordClass.Modal)
            {
                modality ??= form is "could" or "may" or "might" ? Modality.Likely : Modality.Expected;
                lastAux = i;
                continue;
            }
            if (c == WordClass.Auxiliary) { if (form is "was" or "were" or "had" or "did") past = true; lastAux = i; continue; }
            if (c == WordClass.To) break;
            if (c == WordClass.Not) { negated = true; continue; }
            if (c == WordClass.Adverb || (v.Lower[i] == "since" && i > start)) continue;
            // "is first mentioned": an ordinal as an adverb before the participle
            if (v.Lower[i] is "first" or "last" && i + 1 < v.Count && v.VerbCapable(i + 1) && v.PastForm(i + 1)) continue;
            // "was yesterday being questioned": a one-word time inside the group
            if (v.InTime(i) && i + 1 < v.Count && !v.InTime(i + 1) && (v.Cls[i + 1] == WordClass.Auxiliary || v.VerbCapable(i + 1)
                && (v.Lower[i + 1].EndsWith("ed", StringComparison.Ordinal) || v.Lower[i + 1].EndsWith("ing", StringComparison.Ordinal)))) continue;
            break;
        }
        if (i < v.Count && v.Frame(i) && v.Tok(i).Kind == TokenKind.Word && v.VerbCapable(i) && v.Cls[i] is not WordClass.Determiner)
        {
            // "has held", "is looking", "was removed", "will sit": the main verb follows the auxiliaries
            if (v.Cls[i] != WordClass.Noun || v.Lexicon.Lemma(v.Lower[i], PartsOfSpeech.Verb) is not null && !IsNounAfterCopula(v, lastAux, i))
                return MainVerb(start, i, modality, negated, past);
        }
        // a copula or auxiliary as the main verb: "will be her first", "was due to arrive", "is likely to"
        var lemma = AuxLemma(v.Lower[lastAux]);
        return Control(new Group(start, lastAux, lastAux + 1, lemma, modality, negated, past), lastAux + 1);
    }

    /// <summary>Whether the word at <paramref name="i"/> after a form of "be" at <paramref name="aux"/> is a plural noun, not a verb ("are rumours").</summary>
    internal static bool IsNounAfterCopula(SentenceView v, int aux, int i) =>
        AuxLemma(v.Lower[aux]) == "be" && v.Lower[i].EndsWith('s') && v.Lexicon.Lemma(v.Lower[i], PartsOfSpeech.Noun) is not null;

    internal static string AuxLemma(string w) => w switch
    {
        "am" or "is" or "are" or "was" or "were" or "be" or "been" or "being" => "be",
        "has" or "have" or "had" => "have",
        "do" or "does" or "did" => "do",
        _ => WordClasses.ContractedAuxiliary(w) ?? w, // "isn't" → be, "won't" → will
    };

    internal Group MainVerb(int start, int head, Modality? modality, bool negated, bool past)
    {
        var lemma = v.Lexicon.Lemma(v.Lower[head], PartsOfSpeech.Verb) ?? v.Lower[head];
        int end = head + 1;
        // phrasal verbs: "broke down", "look for", "sit down", "take place"
        if (end < v.Count && v.Frame(end) && v.Tok(end).Kind == TokenKind.Word && v.Lexicon.Find(lemma + " " + v.Lower[end]) is { } phrasal
            && (phrasal.Parts & PartsOfSpeech.Verb) != 0 && (WordClasses.Particles.Contains(v.Lower[end]) || v.Cls[end] == WordClass.Noun))
        {
            lemma = phrasal.Lemma;
            end++;
        }
        return Control(new Group(start, head, end, lemma, modality, negated, past), end);
    }

    /// <summary>"expected to open", "plans to retire", "is likely to fall": the infinitive is the predicate.</summary>
    private Group Control(Group g, int next)
    {
        int i = next;
        string controller = g.Lemma;
        if (g.Lemma == "be" && i < v.Count && v.Cls[i] is WordClass.Adjective or WordClass.Noun or WordClass.Verb or WordClass.Adverb
            && ControlWords.ByLemma.ContainsKey(v.Lexicon.AnyLemma(v.Lower[i])) && i + 1 < v.Count && v.Cls[i + 1] == WordClass.To)
        {
            controller = v.Lexicon.AnyLemma(v.Lower[i]);
            i++;
        }
        if (!ControlWords.ByLemma.TryGetValue(controller, out var modality) || i + 1 >= v.Count || v.Cls[i] != WordClass.To) return g;
        int verb = i + 1;
        while (verb < v.Count && v.Cls[verb] == WordClass.Adverb) verb++;
        if (verb >= v.Count || !v.Frame(verb) || !v.VerbCapable(verb)) return g;
        var inner = MainVerb(g.Start, verb, null, false, g.Past);
        var m = modality == Modality.Asserted ? g.Modality : modality;
        if (g.Lemma == "be" && controller is "expect") m = Modality.Expected;
        return inner with { Modality = m ?? inner.Modality, Negated = g.Negated || inner.Negated };
    }
}
