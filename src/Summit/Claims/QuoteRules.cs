using Summit.Documents;
using Summit.Lexical;
using Summit.Text;

namespace Summit.Claims;

/// <summary>
/// Quotes: the speaker of each stand-alone quote (the frame that names it, the quote the text analysis found, or the
/// last person named), and the verb group a quote states.
/// </summary>
internal sealed class QuoteRules(SentenceView v, SubjectFinder subjects)
{
    /// <summary>Gives each stand-alone quote of a sentence still without a source its speaker.</summary>
    internal void AttributeQuotes(List<Clause> clauses)
    {
        // a frame that names the speaker of a quote with more to say ("Ortega told Chilean radio in ...")
        // is one claim with its quote, as indirect speech is one claim with its complement
        foreach (var q in clauses.Where(x => x.QuoteClaim && x.Attribution is null))
        {
            var frame = clauses.FirstOrDefault(x => !x.QuoteClaim && !x.AttributionOnly && x.Groups.Count == 1
                                                    && SpeechVerbs.Lemmas.Contains(x.Groups[0].Lemma));
            if (frame is not null)
            {
                var (who, whoId) = subjects.Subject(frame, clauses, clauses.IndexOf(frame));
                q.Attribution = who;
                q.AttributionId = whoId;
                q.Start = Math.Min(q.Start, frame.Start);
                q.End = Math.Max(q.End, frame.End);
                if (q.Start > 0 && v.Tok(q.Start - 1).Kind == TokenKind.Punctuation && v.FirstChar(q.Start - 1) is '“' or '"') q.Start--;
                frame.AttributionOnly = true;
            }
            else
            {
                var speaker = v.State.Analysis.Quotes.FirstOrDefault(x => x.Span.Overlaps(new Span(v.SpanOf(q.Start).Start, v.SpanOf(q.End - 1).End)))?.Speaker;
                if (speaker is not null) { q.Attribution = speaker.Text; q.AttributionId = v.EntityOf(speaker); }
                else if (v.State.LastPerson is { } lp) { q.Attribution = lp.Text; q.AttributionId = lp.Id; }
            }
        }
    }

    /// <summary>How many words a stand-alone quote without a verb needs to be a claim of its own ("say").</summary>
    internal const int MinVerblessQuoteWords = 4;

    /// <summary>
    /// The verb group of a stand-alone quote: the first auxiliary or modal ("we will win"), the auxiliary a contraction
    /// holds ("I don't know", "it's tough"), or the first word that can be a verb after a subject pronoun, adverbs
    /// allowed between ("it never seems to end"), or a verb form after a name or a determined noun ("the country needs
    /// help"); null when the quote has none ("Yes", "Fix Its").
    /// </summary>
    internal Group? QuoteGroup(Clause c)
    {
        for (int i = c.Start; i < c.End; i++)
        {
            if (v.Tok(i).Kind != TokenKind.Word) continue;
            if (v.Cls[i] is WordClass.Auxiliary or WordClass.Modal) return VerbGroupFromQuoted(i, c.End);
            // the contraction as one token ("don't"), or a pronoun and its clitic as two ("It" "'s")
            int at = i;
            var aux = WordClasses.ContractedAuxiliary(v.Lower[i]);
            if (aux is null && v.Cls[i] == WordClass.Pronoun && i + 1 < c.End && v.Lower[i + 1] is ['\'' or '’', ..])
                aux = WordClasses.ContractedAuxiliary(v.Lower[i] + v.Lower[at = i + 1]);
            if (aux is not null)
            {
                // "it's tough", "I don't know", "we've gone": the verb after the contraction, else the auxiliary itself
                int verb = at + 1;
                while (verb < c.End && v.Cls[verb] is WordClass.Adverb or WordClass.Not) verb++;
                bool verbFollows = verb < c.End && v.VerbCapable(verb) && (aux is not ("be" or "have") || v.Lower[verb].EndsWith("ing", StringComparison.Ordinal)
                    || v.PastForm(verb));
                bool not = WordClasses.IsContractedNegation(v.Lower[at]);
                return verbFollows
                    ? new Group(at, verb, verb + 1, v.Lexicon.Lemma(v.Lower[verb], PartsOfSpeech.Verb)!, null, not, false)
                    : new Group(at, at, at + 1, aux, null, not, false);
            }
            int j = i + 1;
            if (v.Cls[i] == WordClass.Pronoun)
                while (j < c.End && v.Cls[j] is WordClass.Adverb or WordClass.Not) j++;
            // after a name or a noun: a word that can only be a verb, or a verb's -s, -ed or irregular form after a
            // determined noun or a name ("the country needs help", "Jermayne fired the shot")
            else if (v.Cls[i] is not (WordClass.Noun or WordClass.Proper) || j >= c.End || !(v.Cls[j] == WordClass.Verb
                     || v.VerbCapable(j) && (v.Cls[i] == WordClass.Proper || i > c.Start && v.Cls[i - 1] is WordClass.Determiner or WordClass.Possessive)
                        && (v.Lower[j].EndsWith('s') || v.PastForm(j))))
                continue;
            if (j < c.End && v.Cls[j] is WordClass.Auxiliary or WordClass.Modal) return VerbGroupFromQuoted(j, c.End);
            if (j < c.End && v.VerbCapable(j))
                return new Group(j, j, j + 1, v.Lexicon.Lemma(v.Lower[j], PartsOfSpeech.Verb)!,
                    v.Lower[j] is "hope" or "hopes" ? Modality.Hoped : null, false, false);
        }
        return null;
    }

    private Group VerbGroupFromQuoted(int i, int end)
    {
        Modality? modality = v.Cls[i] == WordClass.Modal ? (v.Lower[i] is "could" or "may" or "might" ? Modality.Likely : Modality.Expected) : null;
        int j = i + 1;
        bool negated = WordClasses.IsContractedNegation(v.Lower[i]); // "don't"
        int lastAux = i;
        while (j < end && v.Cls[j] is WordClass.Not or WordClass.Adverb or WordClass.Auxiliary)
        {
            negated |= v.Cls[j] == WordClass.Not;
            if (v.Cls[j] == WordClass.Auxiliary) lastAux = j;
            j++;
        }
        if (j < end && v.VerbCapable(j) && !(v.Cls[j] == WordClass.Noun && VerbGroupFinder.IsNounAfterCopula(v, lastAux, j))) return new Group(i, j, j + 1, v.Lexicon.Lemma(v.Lower[j], PartsOfSpeech.Verb)!, modality, negated, false);
        // "the plan was a mistake": the auxiliary is the verb, and what follows it its complement
        return new Group(i, lastAux, lastAux + 1, VerbGroupFinder.AuxLemma(v.Lower[lastAux]), modality, negated, false);
    }
}
