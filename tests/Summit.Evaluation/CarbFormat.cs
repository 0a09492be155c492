using System.Globalization;
using System.Text;
using Summit.Claims;
using Summit.Lexical;
using Summit.Quantities;
using Summit.Text;

namespace Summit.Evaluation;

/// <summary>One Open IE tuple as CaRB reads it: relation, arguments (the first is the subject), confidence.</summary>
/// <param name="Relation">The relation's words, as the input tokenises them.</param>
/// <param name="Arguments">ARG1 (the subject, may be empty), then ARG2, ARG3… (never empty).</param>
/// <param name="Confidence">Higher is surer; every distinct value is a threshold of CaRB's precision/recall curve.</param>
internal sealed record CarbTuple(string Relation, IReadOnlyList<string> Arguments, double Confidence);

/// <summary>
/// CaRB's tabbed format (its oie_readers/tabReader.py) and the mapping of a Summit claim onto a tuple.
/// <para>
/// A line is <c>SENTENCE TAB CONFIDENCE TAB RELATION TAB ARG1 TAB ARG2 [TAB ARG3 …]</c>: the reader
/// strips the line and splits it on tabs, with no quoting, so a field never holds a tab or a line break
/// (<see cref="Field"/> turns every run of white space into one space). The sentence is the input line
/// as given; relation and arguments are compared with the gold word by word, so they are written in
/// the input's own tokens (PTB: "Barbara 's", "U.S.", "``").
/// </para>
/// <para>
/// The mapping (<see cref="FromClaim"/>), claim by claim, on the detokenised sentence the engine read:
/// <list type="bullet">
/// <item>RELATION: the claim's verb as printed: the first word of the claim's span after its subject
/// whose verb lemma is <see cref="Claim.Predicate"/>'s first word ("'s" is "be" only after a pronoun: "it 's", not
/// "the group 's gains") (else the first word after the
/// subject that can be a verb), with the auxiliaries, modals, negation, adverbs and "to" just before
/// it ("did not arrive", "will be sold"), the control word before its infinitive ("began to siphon", "was trying to
/// organise": dev F1 0.490 → 0.493) and the particle of a phrasal predicate right after it ("grew up"); "be" before a
/// participle that describes the noun before it, CaRB's gold writing it as a passive ("a charter issued by the king":
/// "be issued by"; +0.001); the predicate lemma itself when no word of the span has it.</item>
/// <item>ARG1: <see cref="Claim.Subject"/>, at its last place in the sentence before the verb (else its
/// first), in the input's tokens, as the noun phrase printed there (<see cref="NounPhrase"/>: "the Big Board" where the
/// claim names "Big Board"); a subject not found in the sentence (a pronoun resolved to a
/// person) is tokenised on its own; empty when the claim has none.</item>
/// <item>ARG2: <see cref="Claim.Object"/>, at its first place after the verb, with the adverbs right before it ("very
/// close", "only half right": dev AUC 0.338 → 0.339, F1 0.523 unchanged).</item>
/// <item>ARG3…: <see cref="Claim.Arguments"/> in the order of the sentence, each with the preposition
/// that introduces it ("in Paris", "to the minister"), those overlapping the subject or the object left out.</item>
/// <item>The rest of the claim's span after its object and arguments is one more argument: the claim says it
/// ("launched a series | of rocket attacks and raids into Israeli territory"; on dev F1 0.358 → 0.409, AUC 0.194 →
/// 0.233; cutting it at each preposition changes nothing, 0.408); so is each stretch the object and arguments leave
/// between them ("attributed the decline | to brisk demand … | by continuing expansion": dev F1 0.514 → 0.520, AUC
/// 0.330 → 0.336).</item>
/// <item>A claim with neither object nor argument takes the rest of its span after the verb as ARG2
/// (CaRB matches no tuple with fewer than two arguments); with nothing after the verb it has only ARG1, and is not
/// written (<see cref="Scorable"/>).</item>
/// <item>The claim's time, where it stands before the verb and outside the subject, is the last argument ("Several years
/// later"); with nothing after the verb, a phrase a preposition opens before the subject is ("By the end of the
/// experiment | several results | were found"; dev F1 0.520 → 0.521).</item>
/// <item>CONFIDENCE (<see cref="Confidence"/>): by modality: asserted 0.9, reported (attributed) 0.8,
/// expected/planned/hoped/likely 0.7, unlikely/denied 0.6; 0.3 less without a subject; 0.5 less for a further verb
/// inside a clause (<see cref="ClaimKind.Predicate"/>: on dev it raises AUC 0.165 → 0.193 beside the clauses' own
/// confidence, F1 0.344 → 0.356); 0.2 less when
/// ARG2 is the rest of the span rather than an object or argument the extractor found.</item>
/// </list>
/// Attribution itself ("X said") gives no tuple of its own: the claim is what was said. On dev the
/// confidence order is sound (precision 0.63 at 0.9, 0.57 at 0.7, 0.27 at 0.6) but CaRB's AUC, whose
/// curve starts at precision 1 and recall 0, gives one constant confidence more (0.202 against 0.183,
/// the same F1): kept anyway, as the order the claims' own information gives.
/// </para>
/// </summary>
internal static class CarbFormat
{
    // the package's English lexicon, as the claim extractor reads it
    private static readonly Lexicon Lexicon = new();

    /// <summary>A field with every run of white space (tabs, line breaks) made one space, trimmed.</summary>
    public static string Field(string value)
    {
        var sb = new StringBuilder(value.Length);
        bool space = false;
        foreach (var ch in value)
        {
            if (char.IsWhiteSpace(ch)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>
    /// One line of the tabbed format (no line break at its end). The subject may be empty; empty
    /// arguments after it are left out, so that no field is empty at the end of the line (the reader's
    /// strip would drop it).
    /// </summary>
    public static string Line(string sentence, CarbTuple tuple)
    {
        var fields = new List<string>
        {
            Field(sentence),
            tuple.Confidence.ToString("0.###", CultureInfo.InvariantCulture),
            Field(tuple.Relation),
        };
        var args = tuple.Arguments.Select(Field).ToList();
        fields.Add(args.Count > 0 ? args[0] : "");
        fields.AddRange(args.Skip(1).Where(a => a.Length > 0));
        return string.Join('\t', fields);
    }

    /// <summary>
    /// Whether CaRB can match the tuple at all: every gold tuple has two arguments or more, and its matcher scores a
    /// tuple with fewer as no match, so such a tuple is written nowhere (a claim with nothing after its verb: "they
    /// continue").
    /// </summary>
    public static bool Scorable(CarbTuple tuple) => tuple.Arguments.Count >= 2;

    /// <summary>The confidence of a claim's tuple (see the class summary).</summary>
    public static double Confidence(Claim claim, bool restAsObject)
    {
        double c = claim.Modality switch
        {
            Modality.Asserted => 0.9,
            Modality.Reported => 0.8,
            Modality.Expected or Modality.Planned or Modality.Hoped or Modality.Likely => 0.7,
            _ => 0.6,
        };
        if (string.IsNullOrWhiteSpace(claim.Subject)) c -= 0.3;
        if (restAsObject) c -= 0.2;
        if (claim.Kind == ClaimKind.Predicate) c -= 0.5; // a further verb of a clause: after the clauses on the curve
        return Math.Round(Math.Max(0.01, c), 3);
    }

    /// <summary>
    /// The tuple of <paramref name="claim"/>, made on <paramref name="text"/> (the detokenised sentence the
    /// engine read, the claim's spans point into it) whose input tokens are <paramref name="tokens"/> at
    /// <paramref name="spans"/>.
    /// </summary>
    public static CarbTuple FromClaim(Claim claim, string text, IReadOnlyList<string> tokens, IReadOnlyList<(int Start, int End)> spans)
    {
        int cs = claim.Span.Start, ce = claim.Span.End;
        var inSpan = Within(cs, ce, spans);

        // the subject's place: its last place before the verb, else its first
        (int Start, int End)? subject = null;
        var subjectPlaces = string.IsNullOrWhiteSpace(claim.Subject) ? [] : Places(text, claim.Subject);
        var predicateWords = claim.Predicate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var verb = predicateWords[0]; // "check into": the verb of a phrasal predicate
        int head = -1;
        foreach (var i in inSpan)
            if (IsPredicate(tokens[i], verb) && !(tokens[i] is "'s" or "’s" && !(i > 0 && WordClasses.ContractedAuxiliary(tokens[i - 1].ToLowerInvariant() + "'s") is not null))
                && (subjectPlaces.Count == 0 || subjectPlaces.Any(p => p.End <= spans[i].Start) || !subjectPlaces.Any(p => p.Start <= spans[i].Start && spans[i].Start < p.End)))
            {
                head = i;
                break;
            }
        if (subjectPlaces.Count > 0)
        {
            int before = head >= 0 ? spans[head].Start : ce;
            subject = subjectPlaces.Where(p => p.End <= before).Select(p => ((int, int)?)p).LastOrDefault() ?? subjectPlaces[0];
        }
        if (head < 0)
        {
            int after = subject is { } s && s.End <= ce ? s.End : cs;
            head = inSpan.Where(i => spans[i].Start >= after).FirstOrDefault(i => Lexicon.Lemma(tokens[i].ToLowerInvariant(), PartsOfSpeech.Verb) is not null, -1);
        }

        string relation;
        int relEnd, relStart = ce;
        if (head >= 0)
        {
            int start = head;
            while (start - 1 >= 0 && spans[start - 1].Start >= cs && (subject is not { } sub || spans[start - 1].Start >= sub.End)
                   && (WordClasses.Of(tokens[start - 1].ToLowerInvariant()) is WordClass.Auxiliary or WordClass.Modal or WordClass.Not or WordClass.To
                       || IsControl(tokens, start - 1)
                       || IsAdverb(tokens[start - 1]))) // ("usually caused", "unsuccessfully proposed")
                start--;
            int end = head;
            // the particle of a phrasal predicate right after the verb: "grew up", "checked into"
            for (int k = 1; k < predicateWords.Length && end + 1 < tokens.Count && spans[end + 1].End <= ce
                            && string.Equals(tokens[end + 1], predicateWords[k], StringComparison.OrdinalIgnoreCase); k++)
                end++;
            relation = string.Join(' ', tokens.Skip(start).Take(end - start + 1));
            // a participle describing the noun before it ("a Royal Charter issued by …"): CaRB's gold states it as a passive
            // ("was issued by"), and its matcher takes "be" for any form of it
            if (claim.Kind == ClaimKind.Predicate && start == head && head > 0 && subject is { } described && described.End <= spans[head].Start
                && spans[head].Start - described.End <= 1 && IsParticiple(tokens[head], verb)
                && (head + 1 >= tokens.Count || IsPunctuation(tokens[head + 1]) || WordClasses.Of(tokens[head + 1].ToLowerInvariant()) is WordClass.Preposition))
                relation = "be " + relation;
            relStart = spans[start].Start;
            relEnd = spans[end].End;
        }
        else
        {
            relation = claim.Predicate;
            relEnd = subject is { } s && s.End <= ce ? s.End : cs;
        }

        string arg1 = "";
        if (subject is { } subj)
        {
            subject = subj = NounPhrase(subj, tokens, spans, head >= 0 ? spans[head].Start : ce);
            if (claim.Kind == ClaimKind.Clause && head >= 0) subject = subj = UpToTheVerb(subj, relStart, tokens, spans);
            arg1 = TokensIn(subj, tokens, spans);
        }
        else if (!string.IsNullOrWhiteSpace(claim.Subject)) arg1 = claim.Subject; // not in the sentence as printed

        var taken = new List<(int Start, int End)>();
        if (subject is { } t) taken.Add(t);
        var rest = new List<(int Start, string Text)>();
        if (!string.IsNullOrWhiteSpace(claim.Object))
        {
            var places = Places(text, claim.Object!);
            if (places.Count > 0)
            {
                var o = places.FirstOrDefault(p => p.Start >= relEnd, places[0]);
                // with the adverbs right before it ("come | very close", "is | too early"): the object's degree, not a stretch of its own
                for (int j = FirstTokenAt(o.Start, spans, 0) - 1; j >= 0 && spans[j].Start >= relEnd && IsAdverb(tokens[j]); j--)
                    o = (spans[j].Start, o.End);
                taken.Add(o);
                rest.Add((o.Start, TokensIn(o, tokens, spans)));
            }
            else { rest.Add((relEnd, claim.Object!)); taken.Add((relEnd, ce)); } // (not in the text as printed: nothing after the verb is left)
        }
        foreach (var a in claim.Arguments)
        {
            var range = (a.Span.Start, a.Span.End);
            if (taken.Any(x => x.Start < range.End && range.Start < x.End)) continue;
            // the preposition that introduces it
            int first = FirstTokenAt(range.Start, spans, -1);
            if (first > 0 && WordClasses.Of(tokens[first - 1].ToLowerInvariant()) is WordClass.Preposition or WordClass.To)
                range = (spans[first - 1].Start, range.End);
            taken.Add(range);
            rest.Add((range.Start, TokensIn(range, tokens, spans)));
        }
        bool restAsObject = false;
        int said = SourceAtEnd(claim, text, Math.Max(relEnd, cs), ce);
        if (rest.Count > 0)
        {
            // what the claim says after the verb beside its object and arguments, each stretch one more argument ("… a series |
            // of rocket attacks and raids into Israeli territory", "attributed the decline | to brisk demand … | by …")
            var free = inSpan.Where(i => spans[i].Start >= relEnd && spans[i].Start < said
                                         && !taken.Any(x => x.Start < spans[i].End && spans[i].Start < x.End)).ToList();
            for (int k = 0; k < free.Count;)
            {
                int e = k + 1;
                while (e < free.Count && free[e] == free[e - 1] + 1) e++;
                var run = TrimPunctuation(free.GetRange(k, e - k), tokens);
                if (run.Count > 0) rest.Add((spans[run[0]].Start, Joined(run, tokens)));
                k = e;
            }
        }
        if (rest.Count == 0)
        {
            var trailing = TrimPunctuation(inSpan.Where(i => spans[i].Start >= relEnd && spans[i].Start < said).ToList(), tokens, leading: false);
            if (trailing.Count > 0)
            {
                rest.Add((spans[trailing[0]].Start, Joined(trailing, tokens)));
                restAsObject = true;
            }
        }
        var args = new List<string> { arg1 };
        args.AddRange(rest.OrderBy(r => r.Start).Select(r => r.Text).Where(x => x.Length > 0));
        // the claim's time where it stands before the verb, outside the subject ("Several years later | the trackage … was
        // abandoned"), last: CaRB's gold tuples carry their times (dev F1 0.477 → 0.479)
        if (head >= 0 && claim.Time is { } time && time.Span.Start >= cs && time.Span.End <= relStart
            && !(subject is { } su && su.Start < time.Span.End && time.Span.Start < su.End))
            args.Add(TokensIn((time.Span.Start, time.Span.End), tokens, spans));
        // nothing after the verb: the phrase the claim opens with before its subject is what it says besides ("After the battle
        // in 1746 | these rebellions | were crushed")
        else if (args.Count == 1 && subject is { } opened && opened.Start > cs)
        {
            var front = TrimPunctuation(inSpan.Where(i => spans[i].End <= opened.Start).ToList(), tokens, leading: false);
            // (a phrase a preposition opens, or a time: not the relative word or subordinator of the clause)
            if (front.Count > 1 && !front.Any(i => tokens[i] == ",") && (WordClasses.Of(tokens[front[0]].ToLowerInvariant()) == WordClass.Preposition
                                    || claim.Time is { } t0 && t0.Span.Start == spans[front[0]].Start))
                args.Add(Joined(front, tokens));
        }
        return PrepositionToRelation(new CarbTuple(relation, args, Confidence(claim, restAsObject)));
    }

    /// <summary>Whether a token is an adverb: of the closed class ("very", "too") or only an adverb in the lexicon ("usually").</summary>
    private static bool IsAdverb(string token) =>
        WordClasses.Of(token.ToLowerInvariant()) == WordClass.Adverb || Lexicon.PartsOf(token.ToLowerInvariant()) == PartsOfSpeech.Adverb;

    /// <summary>
    /// Where the claim's source begins when its span ends with it (", exchange officials said", ", Mr. Hatch argues",
    /// ", said Ann Lee, a spokesman"): the comma before the attribution, after <paramref name="from"/> (the
    /// relation's end); else <paramref name="end"/>. The source is the claim's attribution, not what it says.
    /// </summary>
    private static int SourceAtEnd(Claim claim, string text, int from, int end)
    {
        if (string.IsNullOrWhiteSpace(claim.Attribution) || end <= from) return end;
        int at = text.LastIndexOf(claim.Attribution, end - 1, end - from, StringComparison.Ordinal);
        if (at <= from) return end;
        int comma = text.LastIndexOf(',', at - 1, at - from);
        return comma > from ? comma : end;
    }

    /// <summary>
    /// CaRB's relations end with the preposition that introduces the argument after them ("reside in | Lugo | Venezuela",
    /// "was born in", "operate under"): a preposition opening ARG2 moves to the relation (on dev F1 0.447 → 0.467).
    /// </summary>
    public static CarbTuple PrepositionToRelation(CarbTuple tuple)
    {
        if (tuple.Arguments.Count < 2) return tuple;
        var words = tuple.Arguments[1].Split(' ', 2);
        // an infinitive opening ARG2 joins the relation too ("attempted | to popularize it" → "attempted to popularize | it";
        // dev F1 0.501 → 0.502)
        if (words.Length == 2 && words[0] == "to" && words[1].Split(' ', 2) is [var verb, var after] && IsBaseVerb(verb) && WordClasses.Of(verb.ToLowerInvariant()) is WordClass.Other)
            return PrepositionToRelation(tuple with { Relation = $"{tuple.Relation} to {verb}", Arguments = [tuple.Arguments[0], after, .. tuple.Arguments.Skip(2)] });
        // a copula's complement of up to four words with the preposition that follows it ("was | vague | about details" →
        // "was vague about | details", "is | the twelfth album | by Melvins" → "is the twelfth album by | Melvins"; 0.502 → 0.503)
        if (tuple.Arguments.Count > 2 && IsPredicate(tuple.Relation.Split(' ')[^1], "be") && tuple.Arguments[1].Split(' ').Length <= 4
            && tuple.Arguments[2].Split(' ', 2) is [var prep, var rest] && WordClasses.Of(prep.ToLowerInvariant()) is WordClass.Preposition or WordClass.To)
        {
            var relation = $"{tuple.Relation} {tuple.Arguments[1]} {prep}";
            if (prep == "to" && rest.Split(' ', 2) is [var verb2, var after2] && IsBaseVerb(verb2)) (relation, rest) = ($"{relation} {verb2}", after2);
            return tuple with { Relation = relation, Arguments = [tuple.Arguments[0], rest, .. tuple.Arguments.Skip(3)] };
        }
        if (words.Length < 2 || WordClasses.Of(words[0].ToLowerInvariant()) is not (WordClass.Preposition or WordClass.To)) return tuple;
        // a quantity's qualifier is the object's, not a preposition ("killing | at least eight people")
        if (QualifiesFigure(tuple.Arguments[1].Split(' '))) return tuple;
        return tuple with { Relation = tuple.Relation + " " + words[0], Arguments = [tuple.Arguments[0], words[1], .. tuple.Arguments.Skip(2)] };

        static bool IsBaseVerb(string word) => Lexicon.Lemma(word.ToLowerInvariant(), PartsOfSpeech.Verb) == word.ToLowerInvariant();
    }

    /// <summary>Whether <paramref name="words"/> open with a quantity's qualifier and then a figure ("at least 15", "about $ 2").</summary>
    private static bool QualifiesFigure(string[] words)
    {
        int n = QuantityLexicon.QualifierAt(words.Select(w => w.ToLowerInvariant()).ToArray(), 0);
        return n > 0 && n < words.Length && words[n] is var next
               && (char.IsDigit(next[0]) || next[0] is '$' or '€' or '£' || NumberWords.IsNumberWord(next.ToLowerInvariant()));
    }

    /// <summary>
    /// The tuple of a verb of saying with what it says as ARG2: the words of the clause <paramref name="said"/> after the
    /// verb ("Mr. Wathen says | the firm will …"), else, the verb standing last, those before its speaker ("the firm will …
    /// | , Mr. Wathen says"; CaRB reads a saying's arguments in either order).
    /// </summary>
    public static CarbTuple WithWhatIsSaid(CarbTuple saying, Claim verb, Claim said, IReadOnlyList<string> tokens, IReadOnlyList<(int Start, int End)> spans)
    {
        var after = Within(verb.Span.End, said.Span.End, spans);
        TrimPunctuation(after, tokens);
        if (after.Count == 0)
        {
            // (the speaker's first word as a whole token, the last before the verb: not the "a" of "at a leftist union hall" for "authorities")
            int speaker = verb.Span.Start;
            var speakerFirst = saying.Arguments[0].Split(' ')[0];
            if (speakerFirst.Length > 0)
                foreach (var i in Within(said.Span.Start, verb.Span.Start, spans))
                    if (tokens[i] == speakerFirst) speaker = spans[i].Start;
            after = Within(said.Span.Start, speaker, spans);
            TrimPunctuation(after, tokens);
        }
        if (after.Count == 0) return saying;
        return saying with { Arguments = [saying.Arguments[0], Joined(after, tokens)] };
    }

    /// <summary>Removes the punctuation tokens at the end of <paramref name="words"/> (token indices), and at its start with <paramref name="leading"/>.</summary>
    private static List<int> TrimPunctuation(List<int> words, IReadOnlyList<string> tokens, bool leading = true)
    {
        while (words.Count > 0 && IsPunctuation(tokens[words[^1]])) words.RemoveAt(words.Count - 1);
        while (leading && words.Count > 0 && IsPunctuation(tokens[words[0]])) words.RemoveAt(0);
        return words;
    }

    /// <summary>
    /// The subject's noun phrase as printed: with the determiner before the name the claim gives ("the Big Board"), and
    /// the phrases "of" joins to it before the verb ("The Lletty Shenkin explosion of 1849"). On dev F1 0.470 → 0.476.
    /// </summary>
    private static (int Start, int End) NounPhrase((int Start, int End) subject, IReadOnlyList<string> tokens, IReadOnlyList<(int Start, int End)> spans, int verbStart)
    {
        var words = Overlapping(subject, spans);
        if (words.Count == 0) return subject;
        int first = words[0], last = words[^1];
        if (first > 0 && WordClasses.Of(tokens[first - 1].ToLowerInvariant()) is WordClass.Determiner or WordClass.Possessive) first--;
        while (last + 2 < tokens.Count && tokens[last + 1] is "of" && spans[last + 2].End <= verbStart)
        {
            int j = last + 2;
            while (j < tokens.Count && spans[j].End <= verbStart
                   && (!IsPunctuation(tokens[j]) && WordClasses.Of(tokens[j].ToLowerInvariant()) is WordClass.Determiner or WordClass.Possessive or WordClass.Other
                       || tokens[j] == "-" && spans[j].Start == spans[j - 1].End)) j++; // (a hyphen inside its word: "mortgage-backed")
            if (j == last + 2) break;
            last = j - 1;
        }
        return (spans[first].Start, spans[last].End);
    }

    /// <summary>
    /// A clause's subject with what follows it up to the verb ("Legislation sponsored by Sweeney | provides", "employees
    /// from both companies | will work"): CaRB's ARG1 is the whole noun phrase. Not across a comma, bracket, dash or colon,
    /// an auxiliary, modal, "to" or "that", a relative word or pronoun (a clause of its own), nor when a coordinator ends it
    /// ("he patented in 1913 and | sold"), and not beyond twelve words. On dev F1 0.494 → 0.498 (0.501 with adverbs in the
    /// relation, which the stretch would otherwise take).
    /// </summary>
    private static (int Start, int End) UpToTheVerb((int Start, int End) subject, int verbStart, IReadOnlyList<string> tokens, IReadOnlyList<(int Start, int End)> spans)
    {
        var gap = Within(subject.End, verbStart, spans);
        while (gap.Count > 0 && IsPunctuation(tokens[gap[^1]]) && tokens[gap[^1]] is not ("," or "--" or "(" or ";" or ":")) gap.RemoveAt(gap.Count - 1);
        if (gap.Count is 0 or > 12) return subject;
        foreach (var i in gap)
        {
            var lower = tokens[i].ToLowerInvariant();
            if (lower is "," or "--" or "(" or ")" or ";" or ":" or "that"
                || WordClasses.Of(lower) is WordClass.Auxiliary or WordClass.Modal or WordClass.To or WordClass.Relative or WordClass.Pronoun) return subject;
        }
        if (WordClasses.Of(tokens[gap[^1]].ToLowerInvariant()) is WordClass.Coordinator) return subject;
        return (subject.Start, spans[gap[^1]].End);
    }

    /// <summary>Whether a word prints the predicate lemma ("was" for "be", "said" for "say").</summary>
    internal static bool IsPredicate(string token, string predicate)
    {
        var lower = token.ToLowerInvariant();
        if (lower == predicate) return true;
        if (Lexicon.Lemma(lower, PartsOfSpeech.Verb) == predicate) return true;
        if (WordClasses.IsContractedNegation(lower) && WordClasses.ContractedAuxiliary(lower) == predicate) return true; // "wasn't" prints "be"
        return predicate switch
        {
            "be" => lower is "is" or "am" or "are" or "was" or "were" or "been" or "being" or "'s" or "'re" or "'m",
            "have" => lower is "has" or "had" or "'ve" or "'d",
            "do" => lower is "does" or "did",
            "will" => lower is "'ll",
            _ => false,
        };
    }

    /// <summary>Whether the word at <paramref name="i"/> is a control word before "to" ("began to siphon", "was trying to organise").</summary>
    private static bool IsControl(IReadOnlyList<string> tokens, int i) =>
        i + 1 < tokens.Count && WordClasses.Of(tokens[i + 1].ToLowerInvariant()) is WordClass.To
        && ControlWords.ByLemma.ContainsKey(Lexicon.AnyLemma(tokens[i].ToLowerInvariant()));

    /// <summary>Whether a word is the past participle of <paramref name="verb"/> (not its base or third-person form).</summary>
    private static bool IsParticiple(string token, string verb)
    {
        var lower = token.ToLowerInvariant();
        // "-ed" or an irregular participle's ending ("taken", "shown", "born", "done"), not a simple past ("became", "went")
        return lower != verb && (lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("en", StringComparison.Ordinal) || lower.EndsWith("wn", StringComparison.Ordinal)
                                 || lower.EndsWith("rn", StringComparison.Ordinal) || lower.EndsWith("ne", StringComparison.Ordinal))
               && Lexicon.Lemma(lower, PartsOfSpeech.Verb) == verb;
    }

    private static bool IsPunctuation(string token) => token.All(c => char.IsPunctuation(c) || char.IsSymbol(c));

    /// <summary>Every place where <paramref name="phrase"/> stands in <paramref name="text"/> (ordinal).</summary>
    private static List<(int Start, int End)> Places(string text, string phrase)
    {
        var list = new List<(int, int)>();
        if (phrase.Length == 0) return list;
        for (int i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + 1, StringComparison.Ordinal))
            list.Add((i, i + phrase.Length));
        return list;
    }

    /// <summary>The indices of the input tokens (not empty) that lie wholly within <paramref name="from"/>..<paramref name="to"/>.</summary>
    /// <summary>The first input token (with text) that ends after <paramref name="position"/>, else <paramref name="none"/>.</summary>
    private static int FirstTokenAt(int position, IReadOnlyList<(int Start, int End)> spans, int none) =>
        Enumerable.Range(0, spans.Count).FirstOrDefault(i => spans[i].End > position && spans[i].End > spans[i].Start, none);

    /// <summary>The input tokens <paramref name="words"/> (indices) joined by spaces.</summary>
    private static string Joined(IEnumerable<int> words, IReadOnlyList<string> tokens) => string.Join(' ', words.Select(i => tokens[i]));

    private static List<int> Within(int from, int to, IReadOnlyList<(int Start, int End)> spans) =>
        Enumerable.Range(0, spans.Count).Where(i => spans[i].End > spans[i].Start && spans[i].Start >= from && spans[i].End <= to).ToList();

    /// <summary>The input tokens that overlap a range of the text, joined by spaces.</summary>
    private static string TokensIn((int Start, int End) range, IReadOnlyList<string> tokens, IReadOnlyList<(int Start, int End)> spans) =>
        Joined(Overlapping(range, spans), tokens);

    /// <summary>The indices of the input tokens (not empty) that overlap a range of the text.</summary>
    private static List<int> Overlapping((int Start, int End) range, IReadOnlyList<(int Start, int End)> spans) =>
        Enumerable.Range(0, spans.Count).Where(i => spans[i].End > spans[i].Start && spans[i].Start < range.End && range.Start < spans[i].End).ToList();
}
