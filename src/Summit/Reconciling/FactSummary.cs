using Summit.Claims;
using Summit.Lexical;
using Summit.Time;

namespace Summit.Reconciling;

/// <summary>
/// The one-line statement a person reads for a fact: the fact's lead claim as a sentence of its own. The summary
/// never opens with a relative pronoun, a conjunction or an attribution: what those words carry is said in other
/// words or moved to the end.
/// <list type="bullet">
/// <item>An attribution frame moves after what is said ("Witnesses said they felt the ground shake" → "They felt the
/// ground shake (according to Witnesses)"; "According to the agency, …"; "The firm explained that …"): the summary
/// opens with the statement and still says whose it is. A claim whose predicate is the saying itself keeps its
/// frame.</item>
/// <item>A relative pronoun gives way to what it stands for ("who recognized the inmate" → "The salesman recognized
/// the inmate", from the claim's resolved subject; "whose son was arrested" → "The mayor's son was arrested" when the
/// claim's subject carries its antecedent); a "that" before a clause with its own subject is dropped ("that the talks
/// collapsed" → "The talks collapsed"); a demonstrative opening a sentence reads as one of its own ("That contract
/// was …" → "The contract was …", "That led to …" → "This led to …").</item>
/// <item>A phrase or clause fronted before the claim's own clause moves after it ("After the game, the university
/// showed a video" → "The university showed a video after the game"; "If he stays healthy, he will leave" → "He will
/// leave if he stays healthy").</item>
/// <item>A subordinator or coordinator opening the claim's own clause is dropped ("since the talks collapsed in
/// February" → "The talks collapsed in February"); a coordinated predicate gets the subject it shares ("and met the
/// mayor" → "The minister met the mayor"); a condition left alone keeps its sense at the end ("if one juror voted
/// against it" → "One juror voted against it (a condition)"), and "as many as" reads "up to".</item>
/// </list>
/// </summary>
internal static partial class FactSummary
{
    /// <summary>Words that open a clause joined to another: subordinators, coordinators and relative words, with their space.</summary>
    private static readonly string[] Connectives =
        ["where ", "which ", "while ", "whereas ", "since ", "after ", "before ", "when ", "because ", "although ", "though ", "but ", "and ", "or ", "nor ",
         "as ", "until ", "who ", "whom ", "whose ", "that ", "if ", "once "];

    /// <summary>Subject pronouns, and the expletive "there" ("said there was no record").</summary>
    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "we", "i", "it", "you", "there" };

    /// <summary>The summary of a fact whose lead claim is <paramref name="lead"/> (see the class summary).</summary>
    public static string Of(Claim lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var original = lead.Text.Trim().TrimEnd(',', ';', ':', '—').Trim();
        var text = Unwrapped(original);
        // a stray closing quote before the words ("'\" Howard said"): the corpus's, not the claim's
        while (FirstWord(text) is { Word: { Length: > 0 } stray, After: { Length: > 0 } rest } && stray.All(ch => ch is '\'' or '"' or '”' or '’')) text = rest;
        string? source = null;
        bool condition = false;
        for (int pass = 0; pass < 6; pass++)
        {
            string? next;
            if (WithoutAttribution(text, lead) is { } said)
            {
                // who said it moves to the end: the summary must not read as the outlet's own statement
                // the speaker the text names, else (a pronoun) the one the claim resolved
                // (the claim's resolved name when the speaker's words hold it: "ministry spokesperson Ann Lee" → "Ann Lee")
                var resolved = lead.Attribution is { Length: > 0 } a && !a.StartsWith("according", StringComparison.OrdinalIgnoreCase) ? a : null;
                source ??= said.Speaker is { Length: > 0 } named && !SubjectPronouns.Contains(named)
                    ? resolved is not null && ContainsWords(named, resolved) ? resolved : named
                    : resolved ?? said.Speaker;
                next = said.Said;
            }
            else if (FrontedToEnd(text, lead) is { } reordered) next = reordered;
            else if (WithoutConnective(text, lead, ref condition, ref source) is { } rest) next = rest;
            else if (StatementBy(text, lead) is { } statement) { text = statement; break; } // the event it is, said once
            else next = WithoutDemonstrative(text) ?? WithoutLeadingWord(text);
            if (next is null || next.Length == 0) break;
            text = Unwrapped(next);
        }
        if (ReferenceEquals(text, original)) return Balanced(text);
        text = Balanced(char.ToUpperInvariant(text[0]) + text[1..]);
        if (condition) text += " (a condition)";
        if (source is null) return text;
        if (WordClasses.Of(Lower(FirstWord(source).Word)) is WordClass.Determiner) source = char.ToLowerInvariant(source[0]) + source[1..]; // "(according to the spokesman)", "(according to some analysts)"
        return $"{text} (according to {source})";
    }

    /// <summary>
    /// The text with the quotation marks it opens closed ("Fans will vote on “a new name" → "… “a new name”"): a claim
    /// cut inside a quote must not leave the summary's quote open.
    /// </summary>
    private static string Balanced(string text)
    {
        int open = 0, straight = 0;
        foreach (char ch in text)
        {
            if (ch == '“') open++;
            else if (ch == '”' && open > 0) open--;
            else if (ch == '"') straight++;
        }
        if (open == 0 && straight % 2 == 0) return text;
        var closed = text.TrimEnd();
        if (straight % 2 == 1) closed += "\"";
        return closed + new string('”', open);
    }

    /// <summary>The text without an opening bracket or quote before a connective or "according to", and its closing one ("(but the …)" → "but the …").</summary>
    private static string Unwrapped(string text)
    {
        if (text.Length < 3 || text[0] is not ('(' or '“' or '"' or '‘')) return text;
        var inner = text[1..].TrimStart();
        if (ConnectiveOf(inner) is null && !inner.StartsWith("according to ", StringComparison.OrdinalIgnoreCase)) return text;
        char close = text[0] switch { '(' => ')', '“' => '”', '‘' => '’', _ => '"' };
        int at = inner.IndexOf(close);
        return at < 0 ? inner : at == inner.Length - 1 ? inner[..^1].TrimEnd() : text;
    }

    /// <summary>Whether <paramref name="words"/> holds <paramref name="part"/> as whole words ("Ann Lee" holds "Lee"; "Another witness" does not hold "he").</summary>
    private static bool ContainsWords(string words, string part)
    {
        for (int at = words.IndexOf(part, StringComparison.OrdinalIgnoreCase); at >= 0; at = words.IndexOf(part, at + 1, StringComparison.OrdinalIgnoreCase))
            if ((at == 0 || !char.IsLetterOrDigit(words[at - 1])) && (at + part.Length == words.Length || !char.IsLetterOrDigit(words[at + part.Length]))) return true;
        return false;
    }

    private static (string Word, string After) FirstWord(string s)
    {
        int end = s.IndexOf(' ');
        return end < 0 ? (s, "") : (s[..end], s[(end + 1)..]);
    }

    private static string Lower(string word) => word.Trim('“', '”', '"', '‘', '’', '(', ')', ',', '.', '…', ':').ToLowerInvariant();

    /// <summary>The connective the text opens with ("which, apparently, …" and "that... weren't" too), with its space, and the text after it; else null.</summary>
    private static (string Connective, string After)? ConnectiveOf(string text)
    {
        var (word, rest) = FirstWord(text);
        var lower = Lower(word);
        if (lower.Length == 0 || !char.IsLetter(word[0]) || !IsConnective(lower)) return null;
        return (lower + " ", rest.TrimStart(',', ' ', '.', '…'));
    }

    private static bool IsConnective(string word) => Connectives.Contains(word.ToLowerInvariant() + " ");

    /// <summary>Whether a clause starts with a subject pronoun followed by a word that is not a connective ("he was killed").</summary>
    private static bool StartsWithPronounSubject(string clause)
    {
        var (word, rest) = FirstWord(clause);
        int apostrophe = word.IndexOfAny(['\'', '’']);
        if (apostrophe > 0 && SubjectPronouns.Contains(word[..apostrophe]) && rest.Length > 0) return true; // "he's talked", "they'll"
        if (!SubjectPronouns.Contains(word) || rest.Length == 0) return false;
        var next = Lower(FirstWord(rest).Word);
        return !IsConnective(next) && WordClasses.Of(next) is not (WordClass.Comma or WordClass.Preposition);
    }

    /// <summary>
    /// Whether a clause opens with its own subject: a subject pronoun, the claim's subject after words that can belong
    /// to its noun phrase ("agent Scott Boras countered"), or a determiner, possessive, number or name.
    /// </summary>
    private static bool SubjectFollows(string clause, Claim lead)
    {
        if (StartsWithPronounSubject(clause)) return true;
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return false;
        if (lead.Subject is { Length: >= 2 } subject && !IsConnective(subject) && !SubjectPronouns.Contains(subject))
        {
            int at = clause.IndexOf(subject, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && at <= 60)
            {
                var before = clause[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var after = clause[(at + subject.Length)..].TrimStart();
                bool nounPhrase = before.All(w => WordClasses.Of(Lower(w)) is WordClass.Determiner or WordClass.Possessive or WordClass.Other or WordClass.Number);
                var next = after.Length == 0 ? "" : Lower(FirstWord(after).Word);
                if (nounPhrase && next.Length > 0 && !IsConnective(next) && WordClasses.Of(next) is not (WordClass.Preposition or WordClass.Comma)) return true;
            }
        }
        var first = Lower(words[0]);
        if (WordClasses.Of(first) is WordClass.Determiner or WordClass.Possessive && first is not ("that" or "this" or "all" or "both" or "each")) return true;
        if (NumberWords.IsNumberWord(first)) return true; // "one person was arrested"
        var bare = words[0].TrimStart('“', '"', '(', '‘');
        return WordClasses.Of(first) == WordClass.Other && bare.Length > 0 && (char.IsUpper(bare[0]) || char.IsDigit(bare[0]) || NumberWords.IsNumberWord(first));
    }

    /// <summary>Whether a clause opens with a verb group, not a subject: an auxiliary or modal, or the claim's own verb ("met the mayor").</summary>
    private static bool VerbFirst(string clause, Claim lead)
    {
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || StartsWithPronounSubject(clause)) return false;
        int i = 0;
        while (i < words.Length - 1 && WordClasses.Of(Lower(words[i])) is WordClass.Adverb or WordClass.Not) i++;
        var w = Lower(words[i]);
        if (WordClasses.Of(w) is WordClass.Auxiliary or WordClass.Modal) return true;
        var verb = lead.Predicate.Split(' ')[0];
        return char.IsLower(words[i][0]) && verb.Length >= 3 && w.StartsWith(verb[..Math.Min(verb.Length, verb.EndsWith('e') ? verb.Length - 1 : verb.Length)], StringComparison.Ordinal);
    }

    /// <summary>
    /// The subject a relative pronoun or a coordinated predicate stands for, when the claim resolved it to words of its
    /// own (not a pronoun, not a connective, not words the clause itself opens with), else null.
    /// </summary>
    private static string? Antecedent(Claim lead, string rest)
    {
        if (lead.Subject is not { Length: >= 2 } subject) return null;
        var first = Lower(FirstWord(subject).Word);
        if (IsConnective(first) || SubjectPronouns.Contains(subject) || first is "according" || subject.StartsWith('\'') || subject.StartsWith('’')
            || WordClasses.Of(first) is WordClass.Auxiliary or WordClass.Modal or WordClass.Preposition or WordClass.Relative or WordClass.Coordinator or WordClass.Subordinator)
            return null;
        var subjectWords = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (subjectWords.Any(w => SpeechVerbs.FrameForms.Contains(Lower(w)))) return null; // "police say": a frame misread as the subject
        // a subject that is no noun phrase: "0)", "Italy and", "adopted a policy"
        if (!char.IsLetter(subject[0]) || WordClasses.Of(Lower(subjectWords[^1])) is WordClass.Coordinator or WordClass.Preposition or WordClass.Determiner
            || (char.IsLower(subject[0]) && first.EndsWith("ed", StringComparison.Ordinal))) return null;
        return rest.StartsWith(subject, StringComparison.OrdinalIgnoreCase) || rest.Contains(" " + subject + " ", StringComparison.OrdinalIgnoreCase) ? null : subject;
    }

    /// <summary>
    /// The text without an attribution frame before what is said, and who the frame names; null when it has none to
    /// drop: "According to X, …", or a speaker and a verb of saying among the first words, before any comma and not
    /// after a form of "be" ("Police said …", "The company's spokesman later told reporters …", "The operator has explained
    /// that …"), followed by a clause with its own subject. When the claim's predicate is the saying itself, only a
    /// "that" or a subject pronoun marks such a clause ("Smith added 17 points" is no frame).
    /// </summary>
    private static (string Said, string? Speaker)? WithoutAttribution(string text, Claim lead)
    {
        if (text.StartsWith("according to ", StringComparison.OrdinalIgnoreCase))
        {
            int comma = text.IndexOf(',');
            if (comma > 0 && comma < 80 && text[(comma + 1)..].TrimStart() is { } after && after.Split(' ').Length >= 3)
                return (after, text["according to ".Length..comma].Trim());
            // "According to the commission the turnout was high": the claim's attribution is the source
            if (lead.Attribution is { Length: > 0 } named && text["according to ".Length..].StartsWith(named, StringComparison.OrdinalIgnoreCase)
                && text[("according to ".Length + named.Length)..].Trim() is { } said && said.Split(' ').Length >= 3 && ConnectiveOf(said) is null)
                return (said, named);
            // else the clause begins at its subject: a determiner, possessive or subject pronoun after the source's words
            var after3 = text["according to ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int p = 2; p < Math.Min(after3.Length - 2, 10); p++)
                if (WordClasses.Of(Lower(after3[p - 1])) is WordClass.Relative) break;
                else if (WordClasses.Of(Lower(after3[p])) is WordClass.Determiner or WordClass.Possessive || StartsWithPronounSubject(string.Join(' ', after3[p..])))
                    return (string.Join(' ', after3[p..]), string.Join(' ', after3[..p]));
            return null;
        }
        if (ConnectiveOf(text) is not null) return null; // a frame inside a clause is the clause's own: the connective decides
        // "noting that both unions have …", "announcing it had raised prices": a participle framing what follows
        var (opening, afterOpening) = FirstWord(text);
        if (SpeechVerbs.ParticipleFrames.Contains(Lower(opening)) && char.IsLower(opening[0]) && afterOpening.Length > 0)
        {
            var said = afterOpening.StartsWith("that ", StringComparison.OrdinalIgnoreCase) ? afterOpening[5..] : afterOpening;
            // (not a demand: "insisting she be replaced")
            if (said.Split(' ').Length >= 2 && (said.Length < afterOpening.Length || StartsWithPronounSubject(said) || SubjectFollows(said, lead))
                && !said.Split(' ').Take(4).Any(w => w == "be"))
                return (said, null);
        }
        var predicate = lead.Predicate.Split(' ')[0];
        bool speechPredicate = SpeechVerbs.Lemmas.Contains(predicate);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // (further when a relative clause describes the speaker: "Two jurors who spoke at the news conference but declined to be identified said …")
        int upTo = Math.Min(words.Length - 1, words.Take(4).Any(x => WordClasses.Of(Lower(x)) == WordClass.Relative && Lower(x) != "that") ? 20 : 8);
        for (int i = 1; i < upTo; i++)
        {
            if (words[i - 1].EndsWith(',')) break;
            var w = Lower(words[i]);
            if (!SpeechVerbs.FrameForms.Contains(w) || !char.IsLower(words[i][0])) continue; // ("Bridgewater State Hospital": a name)
            var previous = Lower(words[i - 1]);
            // "will be announced", "were also reported damaged": a passive (adverbs between)
            var auxiliary = previous;
            for (int back = i - 2; back >= 0 && WordClasses.Of(auxiliary) == WordClass.Adverb; back--) auxiliary = Lower(words[back]);
            if (auxiliary is "is" or "are" or "was" or "were" or "be" or "been" or "being") continue;
            if (previous is "a" or "an" or "the" || WordClasses.Of(previous) is WordClass.Possessive) continue; // "a state official", "the final say": a noun
            // "could accurately write that …": a possible saying, not someone's word ("I must say", "I can tell you that" are)
            var modal = previous.EndsWith("ly", StringComparison.Ordinal) && i > 1 ? Lower(words[i - 2]) : previous;
            if (modal is "could" or "might" or "may") continue;
            if (words[..i].Any(x => WordClasses.Of(Lower(x)) is WordClass.Subordinator)) break;
            // the speaker is a noun phrase, not a clause of its own ("he responded he said …")
            // (a verb inside a relative clause of the speaker is the speaker's: "The officer who fired the shot says …")
            int relative = Array.FindIndex(words, 0, i, x => WordClasses.Of(Lower(x)) == WordClass.Relative && Lower(x) != "that");
            bool verbInSpeaker = false;
            for (int j = 1; j < (relative < 0 ? i : relative); j++)
                verbInSpeaker |= char.IsLower(words[j][0]) && WordClasses.Of(Lower(words[j - 1])) is not (WordClass.Determiner or WordClass.Possessive) // ("The report says": a noun)
                                 && (Lower(words[j]).EndsWith("ed", StringComparison.Ordinal) || SpeechVerbs.FrameForms.Contains(Lower(words[j])));
            if (verbInSpeaker) break;
            bool tell = w is "tell" or "tells" or "told";
            bool saying = speechPredicate && SpeechVerbs.Inflect(predicate).Contains(w); // the claim is this saying
            int k = i + 1;
            string clause;
            bool thatClause = false;
            if (words[i].EndsWith(','))
                clause = string.Join(' ', words[k..]); // "authorities said, as protests continued …"
            else
            {
                // "said Tuesday it was …", "said yesterday that …", "also said"
                while (k < words.Length - 1 && (CalendarWords.Weekdays.ContainsKey(Lower(words[k])) || Lower(words[k]) is "today" or "yesterday"
                                                || (WordClasses.Of(Lower(words[k])) == WordClass.Adverb && !StartsWithPronounSubject(string.Join(' ', words[k..]))))) k++;
                // "that" within a few words ("said on Friday that", "told the court that")
                // ("told a House hearing on the administration's last-minute rules that …": a hearer may take more words)
                int that = Array.FindIndex(words, k, Math.Min(tell ? 14 : 8, words.Length - k), x => Lower(x) == "that");
                // (not the "that" of the clause's own verb: "said the reporter could write that …")
                thatClause = that > 0 && !words[k..that].Any(x => x.EndsWith(',') || WordClasses.Of(Lower(x)) is WordClass.Auxiliary or WordClass.Modal);
                // "said of the new aircraft “It fits our plans”": what is said is the quote after the phrase
                int quote = -1;
                if (!thatClause && WordClasses.Of(Lower(words[k])) == WordClass.Preposition)
                    for (int h = k + 1; h < Math.Min(words.Length - 2, k + 12) && !words[h - 1].EndsWith(','); h++)
                        if (words[h][0] is '“' or '"') { quote = h; break; }
                if (thatClause) k = that + 1;
                else if (quote > 0) k = quote;
                else
                {
                    // the hearer or a phrase before the clause: "told police he fired", "told reporters on Tuesday prices will …"
                    for (int h = k; h <= Math.Min(words.Length - 2, k + 6) && !words[h - 1].EndsWith(','); h++)
                    {
                        var from = string.Join(' ', words[h..]);
                        if (StartsWithPronounSubject(from) || (h > k && (tell || WordClasses.Of(Lower(words[k])) == WordClass.Preposition) && lead.Subject is { Length: >= 2 } sub && !SubjectPronouns.Contains(sub)
                                && from.StartsWith(sub, StringComparison.OrdinalIgnoreCase) && VerbFirst(from[sub.Length..].TrimStart(), lead)))
                        { k = h; break; }
                    }
                }
                if (k >= words.Length) break;
                clause = string.Join(' ', words[k..]);
                var first = Lower(words[k]);
                bool ownSubject = thatClause || StartsWithPronounSubject(clause)
                    || (lead.Subject is { Length: >= 2 } subject && clause.StartsWith(subject, StringComparison.OrdinalIgnoreCase))
                    || (!tell && (SubjectFollows(clause, lead) || WordClasses.Of(first) is WordClass.Determiner or WordClass.Possessive or WordClass.Other or WordClass.Number)
                        && !(saying && !char.IsUpper(words[k][0]) && !VerbSoon(words[k..], lead)) // the saying's own clause opens with a name ("said Lee's health has …") or a verb soon follows ("said an officer says …"); "added 17 points" is an object
                        && (VerbSoon(words[k..], lead) || (!saying && lead.Subject is { Length: >= 2 } inside && clause.Contains(inside, StringComparison.OrdinalIgnoreCase))))
                    // "told reporters": the hearer; "indicated an unwillingness": an object
                    || (!saying && words[k][0] is '“' or '"' && words.Length - k >= 3); // a quote: what is said
                if (!ownSubject) continue;
            }
            // a quote that is all that is said loses its marks ("… aircraft “It fits our plans.”" → "It fits our plans")
            if (clause.StartsWith('“') && clause.IndexOf('”') is var close && (close == clause.Length - 1 || close == clause.Length - 2 && clause[^1] == '.'))
                clause = clause[..close].TrimEnd('.', ' ');
            else if (clause.StartsWith('‘') && clause.IndexOf('’') is var inner && (inner < 0 || inner >= clause.Length - 2))
                clause = (inner < 0 ? clause : clause[..inner]).TrimEnd('.', ',', ' '); // a quote inside a quote: "‘ Freeze"
            clause = clause.TrimStart('“', '"', '‘', ' ', ',');
            // what is said is itself a saying with its quote: the quote first ("an officer says, ‘Freeze" → "‘Freeze,’ an
            // officer says"), so that no one's word opens the summary
            if (SayingThenQuote().Match(clause) is { Success: true } nested)
                clause = $"‘{nested.Groups["quote"].Value.Trim().TrimEnd('.', ',')},’ {nested.Groups["speaker"].Value} {nested.Groups["verb"].Value}";
            if (clause.Split(' ').Length < 2) continue; // "told police he fired"
            return (clause, Speaker(words, i));
        }
        return null;
    }

    /// <summary>The speaker of a frame whose verb of saying is word <paramref name="verb"/>: the words before it, without adverbs, auxiliaries and a verb before "to" ("The spokesman later told", "He has said", "I wanted to say").</summary>
    private static string Speaker(string[] words, int verb)
    {
        int end = verb;
        while (end > 1 && WordClasses.Of(Lower(words[end - 1])) is WordClass.Adverb or WordClass.Auxiliary or WordClass.Modal or WordClass.Not or WordClass.To)
        {
            if (WordClasses.Of(Lower(words[end - 1])) == WordClass.To && end > 2) end--; // the verb before "to"
            end--;
        }
        return string.Join(' ', words[..end]);
    }

    /// <summary>
    /// A claim that is only the saying, with nothing said in its text ("The boxer said", "her agent told the paper", "The
    /// company said in a statement"), as the event it is: "Statement by the boxer", "Statement by her agent to the paper";
    /// null for any other text.
    /// </summary>
    private static string? StatementBy(string text, Claim lead)
    {
        var verb = lead.Predicate.Split(' ')[0];
        // a claim that is only its source ("according to court records")
        if (text.StartsWith("according to ", StringComparison.OrdinalIgnoreCase) && text.Length > "according to ".Length + 2)
            return "statement by " + text["according to ".Length..].Trim().TrimEnd(')');
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 1; i < Math.Min(words.Length, 8); i++)
        {
            // the saying is the claim, or the claim's verb is a word of the speaker misread ("court sources said last night")
            if (!SpeechVerbs.Lemmas.Contains(verb) && !words[..i].Any(x => Lower(x).StartsWith(verb, StringComparison.Ordinal))) continue;
            if (words[i - 1].IndexOfAny([',', '“', '”', '"', ':']) >= 0) return null; // something is said before the frame
            var w = Lower(words[i]);
            if (!SpeechVerbs.FrameForms.Contains(w) || !char.IsLower(words[i][0])) continue;
            var previous = Lower(words[i - 1]);
            if (previous is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "to") return null; // "was reported", "declined to say"
            if (words[..i].Any(x => WordClasses.Of(Lower(x)) is WordClass.Relative or WordClass.Subordinator)) return null;
            var after = words[(i + 1)..];
            if (after.Length > 0 && Lower(after[^1]) == "that") after = after[..^1]; // "Police said that": what follows is cut off
            bool tell = w is "tell" or "tells" or "told";
            // nothing said: the text ends, or goes on with where, when or how it was said ("in a statement", "on Tuesday"), or whom to
            if (after.Length > 0 && !tell && !(WordClasses.Of(Lower(after[0])) is WordClass.Preposition or WordClass.Adverb
                                              || CalendarWords.Weekdays.ContainsKey(Lower(after[0])) || Lower(after[0]) is "today" or "yesterday" or "last")) return null;
            var rest = string.Join(' ', after).TrimEnd(',', ':', ';');
            var speaker = Speaker(words, i);
            if (WordClasses.Of(Lower(speaker)) is WordClass.Determiner || Lower(speaker) is "this" or "that" or "it") return null;
            speaker = Lower(speaker) switch { "he" => "him", "she" => "her", "they" => "them", "we" => "us", "i" => "me", _ => speaker };
            if (WordClasses.Of(Lower(FirstWord(speaker).Word)) is WordClass.Determiner) speaker = char.ToLowerInvariant(speaker[0]) + speaker[1..]; // "by the company"
            if (tell && rest.Length > 0) rest = "to " + rest;
            return $"statement by {speaker}{(rest.Length > 0 ? " " + rest : "")}";
        }
        return null;
    }

    /// <summary>
    /// A phrase or clause fronted before a comma, moved after the claim's own clause that follows the comma ("After the
    /// game, the university showed …" → "the university showed … after the game"); null when what follows the comma is
    /// no clause with a subject of its own.
    /// </summary>
    private static string? FrontedToEnd(string text, Claim lead)
    {
        var (word, _) = FirstWord(text);
        var lower = Lower(word);
        if (!IsConnective(lower) || WordClasses.Of(lower) is WordClass.Relative or WordClass.Coordinator && lower is not ("when" or "once")) return null;
        int depth = 0, comma = -1;
        for (int i = 0; i < text.Length && i < 160 && comma < 0; i++)
        {
            char c = text[i];
            if (c is '(' or '“' or '‘') depth++;
            else if (c is ')' or '”' or '’' && depth > 0) depth--;
            else if (c == ',' && depth == 0) comma = i;
        }
        if (comma < 0) return null;
        var head = text[..comma].Trim();
        var tail = text[(comma + 1)..].Trim();
        var tailWords = tail.Split(' ');
        if (tailWords.Length < 3 || head.Split(' ').Length < 2) return null;
        var first = Lower(tailWords[0]);
        if (first is not ("that" or "this") && IsConnective(first) || first.EndsWith("ing", StringComparison.Ordinal)
            || WordClasses.Of(first) is WordClass.Preposition or WordClass.Auxiliary or WordClass.Modal or WordClass.Coordinator or WordClass.Subordinator or WordClass.To or WordClass.Adverb)
            return null;
        if (!(first is "that" or "this" || SubjectFollows(tail, lead) || NounThenVerb(tailWords, lead))) return null;
        return tail.TrimEnd(',', ';', ':') + " " + char.ToLowerInvariant(head[0]) + head[1..];
    }

    /// <summary>Whether a verb group comes within the first words: an auxiliary or modal, a past form, or the claim's own verb.</summary>
    private static bool VerbSoon(string[] words, Claim lead)
    {
        for (int j = 1; j < Math.Min(words.Length, 12); j++)
        {
            var w = Lower(words[j]);
            if (w.Length == 0) return false;
            if (WordClasses.Of(w) is WordClass.Auxiliary or WordClass.Modal || (char.IsLower(words[j][0]) && w.EndsWith("ed", StringComparison.Ordinal))
                || VerbFirst(string.Join(' ', words[j..]), lead)) return true;
        }
        return false;
    }

    /// <summary>Whether words open with a short noun phrase and then a verb group ("officials briefly stopped", "crews were called").</summary>
    private static bool NounThenVerb(string[] words, Claim lead)
    {
        if (words.Length < 2 || WordClasses.Of(Lower(words[0])) is not (WordClass.Other or WordClass.Determiner or WordClass.Possessive)) return false;
        for (int j = 1; j < Math.Min(words.Length, 4); j++)
        {
            var w = Lower(words[j]);
            if (WordClasses.Of(w) is WordClass.Auxiliary or WordClass.Modal || (w.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(words[j][0]))
                || VerbFirst(string.Join(' ', words[j..]), lead)) return true;
            if (WordClasses.Of(w) is not (WordClass.Other or WordClass.Adverb)) return false;
        }
        return false;
    }

    /// <summary>The text without its leading connective, or what the connective stands for in its place; null when it has none.</summary>
    private static string? WithoutConnective(string text, Claim lead, ref bool condition, ref string? source)
    {
        if (ConnectiveOf(text) is not var (connective, rest))
        {
            // "who's no longer tempted": the relative pronoun and its verb in one word
            var (w, after) = FirstWord(text);
            if (Lower(w) is "who's" or "who’s" && after.Length > 0)
                return $"{Antecedent(lead, after) ?? "this person"} is {after}";
            return null;
        }
        if (rest.Length < 2) return null;
        bool own = SubjectFollows(rest, lead);
        switch (connective)
        {
            case "where ":
                if (lead.Arguments.FirstOrDefault(a => a.Role == "place" && !lead.Span.Contains(a.Span) && !Lower(FirstWord(a.Text).Word).EndsWith("ing", StringComparison.Ordinal) && !SpeechVerbs.FrameForms.Contains(Lower(FirstWord(a.Text).Word))) is { } place)
                    rest += $" ({place.Text})";
                return rest;
            case "which " or "who " or "that ":
                // a "that" before a clause with its own subject ("that the talks collapsed"), a relative pronoun
                // before its verb, which the subject it stands for replaces ("that plagues the city" → "Gang violence plagues the city")
                if (connective == "that " && char.IsUpper(text[0])) return null; // a demonstrative: see WithoutDemonstrative
                var (verbWord, afterVerb) = FirstWord(rest);
                if (SpeechVerbs.FrameForms.Contains(Lower(verbWord)) && afterVerb.StartsWith("that ", StringComparison.OrdinalIgnoreCase) && afterVerb.Length > 10)
                {
                    // "which said that the economy shed 663,000 jobs": what is said, on the word of what the pronoun stands for
                    source ??= lead.Attribution ?? Antecedent(lead, rest);
                    return afterVerb[5..];
                }
                if (FrameInside(rest, lead) is var (said, speaker))
                {
                    // "who agents said were his confederates": the antecedent is the subject of what is said
                    source ??= lead.Attribution ?? speaker;
                    return (Antecedent(lead, said) ?? (connective == "who " ? "they" : "this")) + " " + said;
                }
                if (connective == "that " && !VerbFirst(rest, lead) && WordClasses.Of(Lower(FirstWord(rest).Word)) is WordClass.Preposition or WordClass.Number)
                    return rest; // "that from 1969 to 1995, he had been …"
                if (VerbFirst(rest, lead) || !own) return Antecedent(lead, rest) is { } who ? who + " " + rest : connective == "who " ? rest : "this " + rest;
                // the content of a saying whose source the claim names ("claims that it cheated"): said once, at the end
                if (connective == "that " && lead.Attribution is { Length: > 0 } holder && !text.Contains(holder, StringComparison.OrdinalIgnoreCase)) source ??= holder;
                return rest;
            case "whom ":
                return rest;
            case "whose ":
                // "whose son was arrested": the claim's subject carries the antecedent ("the mayor's son")
                if (lead.Subject is { } s && s.IndexOf("'s ", StringComparison.Ordinal) is var at and > 0 && rest.StartsWith(s[(at + 3)..], StringComparison.OrdinalIgnoreCase))
                    return s + rest[(s.Length - at - 3)..];
                return "the " + rest;
            case "and " or "but " or "or " or "nor ":
                // a coordinated predicate shares its subject ("and met the mayor" → "The minister met the mayor")
                bool predicateFirst = VerbFirst(rest, lead) || (!SubjectFollows(rest, lead) && char.IsLower(rest[0]) && WordClasses.Of(Lower(FirstWord(rest).Word)) == WordClass.Other);
                return predicateFirst && Antecedent(lead, rest) is { } shared ? shared + " " + rest : rest;
            case "if ":
                // a condition is not a statement: it keeps its sense at the end
                condition = true;
                return rest;
            case "as ":
                // "as many as 80 people were wounded": a bound, not a comparison with what came before
                foreach (var (bound, say) in new[] { ("many as ", "up to "), ("much as ", "up to "), ("few as ", "only "), ("little as ", "only ") })
                    if (rest.StartsWith(bound, StringComparison.OrdinalIgnoreCase)) return say + rest[bound.Length..];
                if (rest.StartsWith("well as ", StringComparison.OrdinalIgnoreCase)) return "also " + rest["well as ".Length..];
                // "as of 11 p.m. authorities were …", "as for the team …": one preposition with what follows
                if (WordClasses.Of(Lower(FirstWord(rest).Word)) == WordClass.Preposition && FirstWord(rest).After is { Length: > 0 } after) return after;
                return rest;
            default:
                // "when", "after", "because", "since", "although", "while", "before", "until", "once": the clause's own event,
                // unless the claim's subject comes later, after the subordinate clause that opens what is said ("when the water
                // rose they fled" → "they fled … when the water rose")
                if (lead.Subject is { } pronoun && SubjectPronouns.Contains(pronoun) && !rest.StartsWith(pronoun + " ", StringComparison.OrdinalIgnoreCase)
                    && rest.IndexOf(" " + pronoun + " ", StringComparison.OrdinalIgnoreCase) is var later and > 0
                    && rest[..later].Split(' ') is { Length: >= 2 } before // a clause of its own before the subject ("the water rose"), not "after announcing it …"
                    && !before.Any(w => Lower(w) == "that" || SpeechVerbs.FrameForms.Contains(Lower(w)) || SpeechVerbs.ParticipleFrames.Contains(Lower(w)))) // ("when the leader told the president that he …": his word)
                    return rest[(later + 1)..].TrimEnd() + " " + connective + rest[..later];
                return rest;
        }
    }

    /// <summary>
    /// A frame between a relative pronoun and its verb ("who agents said were …", "which she said were …"): what is said,
    /// from its verb on, and the speaker; null when the clause has none.
    /// </summary>
    private static (string Said, string Speaker)? FrameInside(string rest, Claim lead)
    {
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int j = 1; j < Math.Min(words.Length - 1, 5); j++)
        {
            if (words[j - 1].EndsWith(',')) return null;
            if (!SpeechVerbs.FrameForms.Contains(Lower(words[j])) || !char.IsLower(words[j][0])
                || WordClasses.Of(Lower(words[j - 1])) is WordClass.Determiner or WordClass.Possessive) continue;
            if (WordClasses.Of(Lower(words[0])) is WordClass.Preposition) return null; // "who in turn said …": no speaker between
            var said = string.Join(' ', words[(j + 1)..]);
            var first = Lower(words[j + 1]);
            if (WordClasses.Of(first) is WordClass.Auxiliary or WordClass.Modal || VerbFirst(said, lead)) return (said, string.Join(' ', words[..j]));
        }
        return null;
    }

    /// <summary>
    /// The last resort, so that no summary opens with a relative pronoun or a conjunction: a text that still does
    /// (a phrase the rules above cannot turn into a clause: "as opposed to …") is read without that word.
    /// </summary>
    private static string? WithoutLeadingWord(string text) => ConnectiveOf(text) is var (_, rest) && rest.Length > 0 ? rest : null;

    /// <summary>A demonstrative opening a sentence: "That contract was …" → "The contract was …", "That led to …" → "This led to …" (after an opening quote too).</summary>
    private static string? WithoutDemonstrative(string text)
    {
        int open = 0;
        while (open < text.Length && text[open] is '“' or '"' or '‘' or ' ') open++;
        if (open > 0) return open < text.Length && WithoutDemonstrative(text[open..]) is { } inner ? text[..open] + inner : null;
        var (word, rest) = FirstWord(text);
        var lower = Lower(word);
        if (lower is "that's" or "that’s") return rest.Length > 0 ? "This is " + rest : null;
        if (lower != "that" || rest.Length == 0) return null;
        // "That said, the team won …": a fronted phrase of two words, dropped
        if (FirstWord(rest).Word.EndsWith(',') && FirstWord(rest).After is { Length: > 0 } clause) return clause;
        var next = Lower(FirstWord(rest).Word);
        if (next.EndsWith("ly", StringComparison.Ordinal) && FirstWord(rest).After is { Length: > 0 } afterAdverb) next = Lower(FirstWord(afterAdverb).Word); // "That ultimately led"
        bool verb = WordClasses.Of(next) is WordClass.Auxiliary or WordClass.Modal or WordClass.Adverb or WordClass.Not || next is "" or "s" or "'s" or "’s"
                    || next.EndsWith("ed", StringComparison.Ordinal) || (next.EndsWith('s') && !next.EndsWith("ss", StringComparison.Ordinal));
        return (verb ? "This " : "The ") + rest;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<speaker>[^,‘“""]{2,60}?) (?<verb>says|said|shouts|shouted|yells|yelled), [‘“""] ?(?<quote>[^‘“""’”]+)[’”""]?$")]
    private static partial System.Text.RegularExpressions.Regex SayingThenQuote();
}
