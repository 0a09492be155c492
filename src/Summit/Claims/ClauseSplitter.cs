using Summit.Lexical;
using Summit.Text;

namespace Summit.Claims;

/// <summary>
/// Clauses and coordination: cuts a sentence into clauses between its verb groups (at subordinators, relative words,
/// coordinated clauses, commas, semicolons and dashes), makes each stand-alone quote a clause, nests relative clauses
/// and fronted subordinate clauses in the clause around them, and folds conditions into the clause they condition.
/// </summary>
internal sealed class ClauseSplitter(SentenceView v, SubjectFinder subjects)
{
    internal List<Clause> MakeClauses(List<Group> groups)
    {
        var clauses = new List<Clause>();
        int qStart = -1;
        // stand-alone quotes: each run is a clause of its own
        for (int i = 0; i <= v.Count; i++)
        {
            bool q = i < v.Count && v.StandaloneQuote[i];
            if (q && qStart < 0) qStart = i;
            if (!q && qStart >= 0)
            {
                int a = qStart, b = i;
                while (a < b && v.Tok(a).Kind == TokenKind.Punctuation) a++;
                while (b > a && v.Tok(b - 1).Kind == TokenKind.Punctuation) b--;
                if (b > a) clauses.Add(new Clause { Start = a, End = b, QuoteClaim = true });
                qStart = -1;
            }
        }
        Clause? current = null;
        int prevEnd = 0;
        foreach (var g in groups)
        {
            // (a saying with its speaker after it closes the clause before: "…, said Ann Lee")
            int boundary = current is null ? -1 : g.AfterAside || g.SpeakerAfter ? g.Start : FindBoundary(prevEnd, g.Start, current);
            if (current is not null && (boundary < 0 || g.AfterAside) && g.AfterRelative >= 0 && OuterOf(clauses, g) is { } outer)
            {
                // the relative clause ends before its antecedent's verb, which continues the clause around it
                current.End = g.Start;
                current = outer;
            }
            else if (current is not null && boundary < 0 && SayingAround(clauses, current, g) is { } saying)
            {
                // the clause fronted inside what is said ends before the complement's own subject
                current.End = g.Start - 1;
                current = saying;
            }
            else if (current is null || boundary >= 0)
            {
                if (current is not null) current.End = boundary;
                current = new Clause { Start = current is null ? FrameStart(g.Start) : boundary };
                current.Since = current.Start < v.Count && v.Lower[current.Start] == "since";
                clauses.Add(current);
            }
            current.Groups.Add(g);
            prevEnd = g.End;
        }
        if (current is not null) current.End = FrameEnd(current.Start);
        // clauses of the frame end where a stand-alone quote begins
        foreach (var c in clauses.Where(c => !c.QuoteClaim))
        {
            for (int i = c.Start; i < c.End; i++) if (!v.Frame(i)) { if (i > c.Groups[^1].End) { c.End = i; } break; }
            while (c.End > c.Start && v.Tok(c.End - 1).Kind == TokenKind.Punctuation && v.FirstChar(c.End - 1) is not ('”' or '"' or ')')) c.End--;
            while (c.Start < c.End && v.Cls[c.Start] is WordClass.Comma or WordClass.Dash or WordClass.Stop) c.Start++;
        }
        return FoldConditions(clauses.Where(c => c.End > c.Start).OrderBy(c => c.Start).ToList());
    }

    /// <summary>
    /// The clause that <paramref name="g"/>, the verb of a relative word's antecedent, continues around the relative
    /// clause (<see cref="Group.AfterRelative"/>): the clause before when the relative word began a clause of its own
    /// ("Jobs said that those | who had bought a bumper | will receive a refund"), else a new clause from where the
    /// relative word's clause began, which now begins at the relative word ("Two jurors who spoke … said …"). The
    /// relative clause (and any clause coordinated with it) is nested: <see cref="Clause.Inner"/> of the outer clause.
    /// Null when the antecedent is not right before the relative word in the same frame.
    /// </summary>
    private Clause? OuterOf(List<Clause> clauses, Group g)
    {
        int r = g.AfterRelative;
        int a = subjects.AntecedentStart(r);
        int at = clauses.FindLastIndex(x => !x.QuoteClaim && x.Start <= r);
        if (a < 0 || at < 0) return null;
        var rel = clauses[at];
        Clause outer;
        if (rel.Start == r)
        {
            if (at == 0 || clauses[at - 1] is not { QuoteClaim: false } before || before.End != r || before.Start > a) return null;
            // "when her employer called, a man who … said …": after a comma the antecedent begins a clause of its own
            int comma = -1;
            for (int j = a - 1; before.Groups.Count > 0 && j >= before.Groups[^1].End; j--)
                if (v.Cls[j] == WordClass.Comma) { comma = j; break; }
            if (comma >= 0)
            {
                outer = new Clause { Start = comma + 1 };
                before.End = comma;
                clauses.Insert(at, outer);
            }
            else outer = before;
        }
        else if (rel.Start <= a)
        {
            outer = new Clause { Start = rel.Start, SubjectFrom = rel.SubjectFrom, Since = rel.Since };
            rel.Start = r;
            rel.SubjectFrom = null;
            rel.Since = false;
            clauses.Insert(at, outer);
        }
        else return null;
        foreach (var x in clauses)
            if (!x.QuoteClaim && x.Start >= r && x.Start < g.Start) x.Nested = true;
        outer.Inner = (r, g.Start);
        return outer;
    }

    /// <summary>
    /// The clause of a verb of saying whose complement opens with a subordinate clause ("Mrs Lee says that just before the
    /// shots were fired she passed a group of men"): when <paramref name="current"/> is that subordinate clause, right
    /// after "says (that)", and <paramref name="g"/> follows it with a subject pronoun of its own and no boundary, <paramref name="g"/>
    /// is what is said: the saying's clause takes it, with the subordinate clause nested (<see cref="Clause.Inner"/>). Else null.
    /// </summary>
    private Clause? SayingAround(List<Clause> clauses, Clause current, Group g)
    {
        if (current.QuoteClaim || current.Groups.Count == 0 || v.Lower[current.Start] == "if"
            || !(v.Cls[current.Start] == WordClass.Subordinator || v.Lower[current.Start] == "when")) return null;
        if (g.Start - 1 < current.Groups[^1].End || v.Cls[g.Start - 1] != WordClass.Pronoun) return null;
        int at = clauses.IndexOf(current);
        if (at <= 0 || clauses[at - 1] is not { QuoteClaim: false } frame || frame.End != current.Start || frame.Groups.Count != 1
            || !SpeechVerbs.Lemmas.Contains(frame.Groups[0].Lemma)) return null;
        for (int i = frame.Groups[0].End; i < current.Start; i++)
            if (v.Lower[i] != "that" && v.Cls[i] is not (WordClass.Adverb or WordClass.Not) && (v.Lexicon.PartsOf(v.Lower[i]) & PartsOfSpeech.Adverb) == 0) return null; // ("just")
        current.Nested = true;
        frame.Inner = (current.Start, g.Start - 1);
        return frame;
    }

    /// <summary>The clause before the <paramref name="k"/>-th that is not nested in another, or null.</summary>
    internal static Clause? Before(List<Clause> clauses, int k)
    {
        for (int j = k - 1; j >= 0; j--)
            if (!clauses[j].Nested) return clauses[j];
        return null;
    }

    /// <summary>
    /// A condition ("if …") is not an event the report asserts: it joins the clause it conditions, the one after it
    /// when it comes first and a comma closes it ("If he stays healthy, he will leave …"), else the one before it
    /// ("… would be arrested if she continued to flout the order"; "asked if the governor is …").
    /// </summary>
    private List<Clause> FoldConditions(List<Clause> clauses)
    {
        for (int k = 0; k < clauses.Count; k++)
        {
            var c = clauses[k];
            if (c.QuoteClaim || v.Lower[c.Start] != "if") continue;
            var next = k + 1 < clauses.Count ? clauses[k + 1] : null;
            var previous = k > 0 ? clauses[k - 1] : null;
            bool fronted = (previous is null || previous.QuoteClaim || previous.End <= c.Start && Enumerable.Range(previous.End, c.Start - previous.End).Any(i => v.Cls[i] is WordClass.Stop or WordClass.Comma))
                           && next is { QuoteClaim: false } && next.Start > 0 && Enumerable.Range(c.End, Math.Max(0, next.Start - c.End + 1)).Any(i => i < v.Count && v.Cls[i] == WordClass.Comma);
            if (fronted)
            {
                next!.SubjectFrom ??= next.Start;
                next.Start = c.Start;
            }
            else if (previous is { QuoteClaim: false } && previous.End <= c.Start && c.Start - previous.End <= 1) previous.End = c.End;
            else continue;
            clauses.RemoveAt(k--);
        }
        return clauses;
    }

    /// <summary>The first frame token at or before <paramref name="groupStart"/> that begins its stretch of the frame.</summary>
    private int FrameStart(int groupStart)
    {
        int i = groupStart;
        while (i > 0 && v.Frame(i - 1)) i--;
        while (i < groupStart && v.Tok(i).Kind == TokenKind.Punctuation && v.Cls[i] != WordClass.Punctuation) i++;
        return i;
    }

    private int FrameEnd(int from)
    {
        int i = from;
        while (i < v.Count && v.Frame(i)) i++;
        return i;
    }

    /// <summary>
    /// Whether the tokens [<paramref name="from"/>, <paramref name="groupStart"/>) are a phrase a preposition opens, right
    /// before the verb: the coordinated verb's own time or place ("… and in 2012 joined the board").
    /// </summary>
    private bool FrontedPhrase(int from, int groupStart) =>
        from + 1 < groupStart && v.Cls[from] == WordClass.Preposition && v.QualifierBeforeFigure(from) == 0 // ("and at least 50 injured")
        && Enumerable.Range(from + 1, groupStart - from - 1).All(j => v.IsNounWord(j) || v.Cls[j] is WordClass.Comma or WordClass.Preposition);

    /// <summary>Where a new clause begins between two verb groups, or -1 when the second group continues the clause.</summary>
    private int FindBoundary(int from, int groupStart, Clause current)
    {
        int comma = -1;
        for (int i = groupStart - 1; i >= from; i--)
        {
            if (!v.Frame(i)) return i + 1; // a stand-alone quote separates them
            var c = v.Cls[i];
            if (c is WordClass.Subordinator) return i; // "since", "while", "now that"
            if (c == WordClass.Relative)
            {
                // "has nothing to do with who our governor is": a clause as a preposition's object names a thing, no event
                if (i > 0 && v.Cls[i - 1] == WordClass.Preposition && v.Lower[i] is not ("which" or "whom" or "whose")) continue;
                // "said (on Monday) that ...": the complement of a speech verb stays with it
                if (v.Lower[i] == "that" && current.Groups.Count > 0
                    && SpeechVerbs.Lemmas.Contains(current.Groups[^1].Lemma) && current.Groups[^1].End >= i - 12) return -1;
                if (v.Lower[i] == "that" && i > 0 && v.Cls[i - 1] == WordClass.Subordinator) return i - 1;
                // "a home for poor women, of which she would become …", "the degree to which …": the preposition is the clause's
                if (i > from && v.Cls[i - 1] is WordClass.Preposition or WordClass.To) return i - 1;
                return i;
            }
            if (c is WordClass.Coordinator && (i + 1 == groupStart || (i > 0 && v.Cls[i - 1] == WordClass.Comma)
                || v.Cls[i + 1] is WordClass.Determiner or WordClass.Pronoun or WordClass.Possessive || FrontedPhrase(i + 1, groupStart))) return i;
            if (c is WordClass.Stop) return i + 1;
            if (c is WordClass.Dash && i + 1 < groupStart) return i + 1;
            // (after the quote the comma closes: "The plan \"was a mistake,\" | a spokeswoman said")
            if (c is WordClass.Comma && comma < 0 && i + 1 < groupStart) comma = v.ClosingQuote[i + 1] && i + 2 < groupStart ? i + 2 : i + 1;
        }
        if (comma >= 0)
        {
            // a comma right after the first group's complement of a speech verb does not cut it
            var last = current.Groups[^1];
            if (SpeechVerbs.Lemmas.Contains(last.Lemma) && comma <= last.End + 1) return -1;
            return comma;
        }
        return -1;
    }
}
