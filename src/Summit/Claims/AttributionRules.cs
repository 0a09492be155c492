using Summit.Documents;
using Summit.Lexical;

namespace Summit.Claims;

/// <summary>
/// Attribution: who a claim is according to — the speaker of a clause of saying with nothing more to say ("…, a
/// spokesman said"), "according to …", and the holder of a noun of saying ("allegations that …").
/// </summary>
internal sealed class AttributionRules(SentenceView v, SubjectFinder subjects)
{
    /// <summary>Marks the attribution-only clauses of a sentence and attributes the clause each speaks for.</summary>
    internal void AttributeSayings(List<Clause> clauses)
    {
        // attribution-only clauses ("state media reported", "she said in a statement")
        for (int k = 0; k < clauses.Count; k++)
        {
            var c = clauses[k];
            if (c.QuoteClaim || c.Groups.Count != 1) continue;
            var g = c.Groups[0];
            if (!SpeechVerbs.Lemmas.Contains(g.Lemma)) continue;
            if (HasObject(g, c)) continue;
            c.AttributionOnly = true;
            var (who, whoId) = subjects.Subject(c, clauses, k);
            if (who is null) continue;
            if (g.Lemma == "deny")
            {
                var target = ClauseSplitter.Before(clauses, k);
                if (target is not null) target.ForcedModality = Modality.Denied;
                continue;
            }
            // the quote of this sentence, else the clause before it, else the one after
            var quote = clauses.FirstOrDefault(x => x.QuoteClaim && x.Attribution is null);
            var targetClause = quote ?? ClauseSplitter.Before(clauses, k) ?? (k + 1 < clauses.Count ? clauses[k + 1] : null);
            if (targetClause is not null && targetClause.Attribution is null)
            {
                targetClause.Attribution = who;
                targetClause.AttributionId = whoId;
                // "The border will reopen on Friday, a spokesman said": the claim keeps its source in its span
                if (!targetClause.QuoteClaim && targetClause.End <= c.Start && c.Start - targetClause.End <= 1) targetClause.End = c.End;
            }
        }
    }

    private bool HasObject(Group g, Clause c)
    {
        int i = g.End;
        while (i < c.End && v.Cls[i] == WordClass.Adverb) i++;
        if (i >= c.End) return false;
        if (g.Lemma == "tell")
        {
            if (v.Cls[i] is not (WordClass.Proper or WordClass.Noun or WordClass.Adjective or WordClass.Determiner or WordClass.Possessive)) return false;
            // ", the minister told reporters." closing a statement is its source; "Ortega told Chilean radio in …" says more
            int j = i;
            while (j < c.End && v.IsNounPhraseToken(j)) j++;
            bool trailing = c.Start > 0 && v.Cls[c.Start - 1] is WordClass.Comma;
            return !(trailing && j >= c.End && c.Groups.Count == 1);
        }
        // "doctors report headaches.": a noun phrase it reports, closing the sentence (not a time: "said Monday"; not the subject
        // of what is said after it: "said the first truck, with tents, was sent")
        if (v.IsNounWord(i) && v.Cls[i] != WordClass.Number && !v.InTime(i) && !v.AfterComma(c.Start) && !(c.Start > 0 && v.ClosingQuote[c.Start - 1]))
        {
            int j = i;
            while (j < v.Count && (v.IsNounWord(j) || v.Lower[j] == "of")) j++;
            if (j == v.Count || j == v.Count - 1 && v.Cls[j] is WordClass.Stop or WordClass.Punctuation) return true;
        }
        // "said on Wednesday that ..." keeps its complement; "said in a statement" has none
        for (int j = i; j < c.End; j++)
            if (v.Cls[j] is WordClass.Relative && v.Lower[j] == "that") return true;
        return c.Groups.Count > 1;
    }

    internal (string Text, string? Id)? AccordingTo(Clause c)
    {
        for (int i = c.Start; i + 2 < c.End; i++)
        {
            if (v.Lower[i] != "according" || v.Lower[i + 1] != "to") continue;
            int j = i + 2;
            while (j < c.End && v.Cls[j] is not (WordClass.Comma or WordClass.Stop or WordClass.Relative)) j++;
            if (j == i + 2) continue; // "according to," names no one
            var span = new Span(v.SpanOf(i + 2).Start, v.SpanOf(j - 1).End);
            return (span.Of(v.Text), v.EntityIn(span));
        }
        return null;
    }

    /// <summary>Whether the noun at <paramref name="i"/> names a saying: a verb of saying as a noun ("report", "claim") or derived from one ("statement", "allegation").</summary>
    private bool NounOfSaying(int i)
    {
        if (v.Lexicon.Lemma(v.Lower[i], PartsOfSpeech.Noun) is not { } lemma) return false;
        static bool Saying(string l) => SpeechVerbs.FrameLemmas.Contains(l);
        if (Saying(lemma) || (v.Lexicon.Find(lemma)?.Derivations.Any(Saying) ?? false)) return true;
        // the lexicon's derivations miss some: "allegation" ← "allege", "confirmation" ← "confirm"
        if (!lemma.EndsWith("ation", StringComparison.Ordinal)) return false;
        var stem = lemma[..^5];
        return Saying(stem) || Saying(stem + "e") || SpeechVerbs.FrameLemmas.Any(l => v.Lexicon.Find(l)?.Derivations.Contains(lemma) == true);
    }

    /// <summary>
    /// Who holds what the clause <paramref name="c"/> says when it is a noun of saying's "that …" ("claims that it
    /// cheated"): the noun's phrase and its entity, else null.
    /// </summary>
    internal (string Text, string? Id)? HolderOf(Clause c, List<Clause> clauses)
    {
        // "claims that it cheated", "his statement that the bullet bounced": what a noun of saying holds is its word, not the report's
        if (!(c.Start > 0 && v.Lower[c.Start] == "that" && v.Cls[c.Start - 1] == WordClass.Noun && NounOfSaying(c.Start - 1))) return null;
        // the noun phrase of the noun, back to the verb group before it ("rejected allegations" → "allegations")
        int from = c.Start - 1;
        while (from > 0 && v.IsNounPhraseToken(from - 1) && v.Cls[from - 1] != WordClass.Pronoun
               && !clauses.Any(x => x.Groups.Any(g => g.Start <= from - 1 && from - 1 < g.End))) from--;
        var holder = new Span(v.SpanOf(from).Start, v.SpanOf(c.Start - 1).End);
        return (holder.Of(v.Text), v.EntityIn(holder));
    }
}
