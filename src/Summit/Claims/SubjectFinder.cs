using Summit.Documents;
using Summit.Lexical;
using Summit.Text;

namespace Summit.Claims;

/// <summary>
/// Subjects: the subject of a clause (the first noun phrase before its verb not governed by a preposition, a resolved
/// pronoun, a name's entity), and the antecedent a relative word refers back to.
/// </summary>
internal sealed class SubjectFinder(SentenceView v)
{
    /// <summary>The speaker after a saying that closes what was said: "…, said Ann Lee, a spokesman" → "Ann Lee".</summary>
    private (string? Text, string? Id) SpeakerAfter(Group g)
    {
        int j = v.SpeakerEnd(g.End);
        if (j < 0) return (null, null);
        var span = new Span(v.SpanOf(g.End).Start, v.SpanOf(j - 1).End);
        return (span.Of(v.Text), v.EntityIn(span));
    }

    internal (string? Text, string? Id) Subject(Clause c, List<Clause> clauses, int k, bool complement = false)
    {
        var g = c.Groups.Count > 0 ? c.Groups[0] : null;
        if (g is null) return (null, null);
        if (g.SpeakerAfter) return SpeakerAfter(g);
        int from = c.SubjectFrom ?? c.Start;
        while (from < g.Start && v.Cls[from] is WordClass.Subordinator or WordClass.Coordinator or WordClass.Comma or WordClass.Adverb) from++;
        // a demonstrative opening the sentence is the subject ("That brought him another sentence"), not a relative
        if (from == 0 && from + 1 == g.Start && v.Lower[from] is "that" or "this") return (v.SpanOf(from).Of(v.Text), null);
        if (from < g.Start && v.Cls[from] == WordClass.Relative)
        {
            // ("a player who mainly featured": adverbs between the relative word and its verb)
            if (v.Lower[from] is "who" or "which" or "that" && Enumerable.Range(from + 1, g.Start - from - 1).All(j => v.Cls[j] is WordClass.Adverb or WordClass.Not && v.Lower[j] != "there"))
                return Antecedent(c.Start);
            from++;
        }
        // noun phrases before the verb group; the subject is the first one not governed by a preposition
        // (the last one in a complement clause: "told reporters on Tuesday prices will ...")
        var runs = new List<(int Start, int End, bool Governed)>();
        for (int i = from; i < g.Start;)
        {
            if (c.Inner is { } inner && i >= inner.From && i < inner.To) { i = inner.To; continue; }
            if (!v.IsNounPhraseToken(i)) { i++; continue; }
            int s = i;
            if (v.Cls[i] == WordClass.Pronoun) i++;
            else while (i < g.Start && v.Cls[i] != WordClass.Pronoun && (v.IsNounPhraseToken(i) || (v.Cls[i] == WordClass.Coordinator && i + 1 < g.Start && v.IsNounPhraseToken(i + 1) && i > s)
                                                                      || AbbreviationPoint(i, s, g.Start))) i++;
            int before = s - 1;
            // (a subordinator skipped at the clause's start governs too: "After a break of four years, he became")
            bool governed = before >= c.Start && v.Cls[before] is WordClass.Preposition or WordClass.Subordinator or WordClass.To;
            runs.Add((s, i, governed));
        }
        // "There were no bids": the expletive "there" right before "be" is the grammatical subject
        if (runs.Count == 0 && g.Start > c.Start && v.Lower[g.Start - 1] == "there" && g.Lemma == "be") return (v.SpanOf(g.Start - 1).Of(v.Text), null);
        // "… and in 2012 joined the board": only a governed phrase before the coordinated verb
        // (not "and from then on it was": a pronoun is its own clause's subject; nor a sentence's first clause: "But with 12
        // seconds left, …")
        if (k > 0 && runs.Count > 0 && runs.All(r => r.Governed && v.Cls[r.Start] != WordClass.Pronoun)
            && c.Start + 1 < v.Count && v.Cls[c.Start] == WordClass.Coordinator && v.Cls[c.Start + 1] == WordClass.Preposition) runs.Clear();
        if (runs.Count == 0)
        {
            // "... and met the mayor": the subject of the clause before
            if (k > 0 && clauses[k - 1].Groups.Count > 0 && !clauses[k - 1].QuoteClaim) return Subject(clauses[k - 1], clauses, k - 1);
            return (null, null);
        }
        // (in what is said, the last one — "told reporters on Tuesday prices will …" —, but the first after "that": "say that
        // factors outside their control caused …")
        bool afterThat = runs[0].Start > 0 && v.Lower[runs[0].Start - 1] == "that";
        var run = complement && !afterThat ? runs[^1] : runs.FirstOrDefault(r => !r.Governed, runs[^1]);
        // a fronted phrase closed by a comma is not the subject: the last free noun phrase is, when a comma opens it and
        // none follows it before the verb ("Following his death, a statue of Sir Arthur was erected", "Indeed, the art of
        // doctoring does"); not an apposition between commas ("Stephen McCartin, Mr. Hunt's attorney, said") nor one of a
        // list ("John, Paul and George went")
        if (!complement && !run.Governed && Enumerable.Range(run.End, Math.Max(0, g.Start - run.End)).Any(i => v.Cls[i] == WordClass.Comma))
        {
            var last = runs.Last(r => !r.Governed);
            if (last.Start > run.End && v.Cls[last.Start - 1] == WordClass.Comma
                && !Enumerable.Range(last.End, g.Start - last.End).Any(i => v.Cls[i] == WordClass.Comma)
                && !Enumerable.Range(last.Start, last.End - last.Start).Any(i => v.Cls[i] == WordClass.Coordinator))
                run = last;
        }
        int a = run.Start, b = run.End;
        while (a < b && v.Times.Any(t => t.Span.Contains(v.SpanOf(a)))) a++; // "Tuesday talks" → "talks"
        if (a >= b) { a = run.Start; }
        // "A man said to have been released … was", "Houses damaged by the storm were": a participle before its infinitive
        // or its agent is not the subject's
        // (or its phrase: "Machines dedicated solely to printing are")
        if (b - a > 1 && b < v.Count && (v.Cls[b] is WordClass.To or WordClass.Preposition or WordClass.Adverb) && v.VerbCapable(b - 1) && v.PastForm(b - 1)) b--;
        // "The European powers first gained": an ordinal right before the verb is its adverb, not the subject's
        if (b == g.Start && b - a > 1 && v.Lower[b - 1] is "first" or "last" && v.Cls[b - 2] is WordClass.Noun or WordClass.Proper) b--;
        if (b - a == 1 && v.Cls[a] == WordClass.Pronoun)
        {
            // "he", "she": the person the entity layer resolved the pronoun to (not worked out again here)
            if (v.Lower[a] is "he" or "she" && v.State.Entities.EntityAt(v.State.ReportId, v.SpanOf(a)) is { } person) return (person.Name, person.Id);
            return (v.SpanOf(a).Of(v.Text), null);
        }
        var range = new Span(v.SpanOf(a).Start, v.SpanOf(b - 1).End);
        var mention = v.Mentions.Where(m => range.Contains(m.Span) && m.Type is not (EntityType.Title or EntityType.Nationality))
            .OrderBy(m => m.Type switch { EntityType.Person => 0, EntityType.Organisation => 1, _ => 2 }).ThenBy(m => m.Span.Start).FirstOrDefault();
        // "Lars Holm" names the subject; in "Health officials" or "the state news agency" the head is a common noun, and
        // in "Smith and Jones Ltd" the subject is both
        if (mention is not null && mention.Span.End >= range.End - 1 && !CoordinatedBefore(a, mention.Span.Start))
            return (mention.Text, v.EntityOf(mention));
        return (range.Of(v.Text), null);
    }

    /// <summary>
    /// Whether a coordinator between <paramref name="from"/> and a name starting at <paramref name="nameStart"/> joins another
    /// noun phrase to it: a name before it or a determiner after it ("Smith and Jones Ltd", "the banks and the IMF"); not
    /// the words of a description ("Actress and champion swimmer Esther Williams").
    /// </summary>
    private bool CoordinatedBefore(int from, int nameStart)
    {
        for (int i = from; i < v.Count && v.SpanOf(i).End <= nameStart; i++)
            if (v.Cls[i] == WordClass.Coordinator && i > from
                && (v.Cls[i - 1] == WordClass.Proper && !CommonNounOpening(i - 1)
                    || i + 1 < v.Count && v.Cls[i + 1] is WordClass.Determiner or WordClass.Possessive or WordClass.Pronoun))
                return true;
        return false;
    }

    /// <summary>A common noun capitalised because it opens the sentence ("Actress and …").</summary>
    private bool CommonNounOpening(int i) => i == 0 && v.Lexicon.Lemma(v.Lower[i], PartsOfSpeech.Noun) is not null;

    /// <summary>The point of a title's abbreviation inside a name: "Ms. Shere", "Mr. Hunt" (read as "Ms", ".", "Shere").</summary>
    private bool AbbreviationPoint(int i, int start, int end) =>
        v.Lower[i] == "." && i > start && i + 1 < end && char.IsUpper(v.FirstChar(i - 1)) && v.Cls[i + 1] == WordClass.Proper && v.Lower[i - 1].Length <= 3;

    internal (string?, string?) Antecedent(int relative) => AntecedentOf(relative) is { } a ? (a.Text, a.Id) : (null, null);

    /// <summary>The noun phrase a relative word refers back to ("Valparaíso's old harbour, where …"), and its entity when a name heads it.</summary>
    internal (Span Span, string Text, string? Id)? AntecedentOf(int relative)
    {
        int j = relative - 1;
        while (j >= 0 && v.Cls[j] == WordClass.Comma) j--;
        if (j < 0) return null;
        var at = v.SpanOf(j);
        var mention = v.Mentions.LastOrDefault(m => m.Span.End <= at.End && m.Span.End >= at.Start);
        int start = v.NounPhraseStart(j);
        while (start < j && v.Cls[start] == WordClass.Determiner) start++;
        var span = new Span(v.SpanOf(start).Start, at.End);
        return (span, span.Of(v.Text), mention is null ? null : v.EntityOf(mention));
    }

    /// <summary>The first token of the noun phrase right before the relative word at <paramref name="relative"/>, or -1.</summary>
    internal int AntecedentStart(int relative)
    {
        int j = relative - 1;
        while (j >= 0 && v.Cls[j] == WordClass.Comma) j--; // ", who …": an aside
        return j >= 0 && v.IsNounPhraseToken(j) ? v.NounPhraseStart(j) : -1;
    }

    internal Span AntecedentSpan(int relative) => AntecedentOf(relative)?.Span ?? v.SpanOf(Math.Max(0, relative - 1));
}
