using Summit.Documents;
using Summit.Lexical;
using Summit.Quantities;
using Summit.Text;
using Summit.Time;

namespace Summit.Claims;

/// <summary>
/// A sentence as the claim rules read it: its tokens, their lower-case words and word classes, which tokens lie in a
/// stand-alone direct quote, the entity mentions and time expressions inside it, and the small helpers every rule shares.
/// </summary>
internal sealed class SentenceView
{
    private readonly int _first;

    /// <summary>
    /// Reads <paramref name="sentence"/>: takes its mentions and time expressions from <paramref name="state"/>, classes its
    /// words and marks its stand-alone quotes (moving the state's mention cursor and quote state on to the next sentence).
    /// </summary>
    internal SentenceView(ClaimExtractor.ReportState state, Sentence sentence)
    {
        State = state;
        Sentence = sentence;
        Text = state.Text;
        _first = sentence.FirstToken;
        Count = sentence.TokenCount;
        Lower = new string[Count];
        Cls = new WordClass[Count];
        StandaloneQuote = new bool[Count];
        ClosingQuote = new bool[Count];
        var mentions = state.Analysis.Mentions;
        int m = state.MentionCursor;
        while (m < mentions.Count && mentions[m].Span.Start < sentence.Span.Start) m++;
        while (m < mentions.Count && mentions[m].Span.Start < sentence.Span.End) Mentions.Add(mentions[m++]);
        state.MentionCursor = m;
        foreach (var t in state.TimesIn(sentence.Span)) Times.Add(t);
        Classify();
        MarkQuotes();
    }

    internal ClaimExtractor.ReportState State { get; }
    internal Sentence Sentence { get; }
    internal string Text { get; }
    /// <summary>How many tokens the sentence has.</summary>
    internal int Count { get; }
    /// <summary>Each token's word in lower case.</summary>
    internal string[] Lower { get; }
    /// <summary>Each token's word class.</summary>
    internal WordClass[] Cls { get; }
    /// <summary>Whether each token lies in a stand-alone direct quote (a quote that is a clause of its own).</summary>
    internal bool[] StandaloneQuote { get; }
    /// <summary>Whether each token is a quotation mark that closes a quote.</summary>
    internal bool[] ClosingQuote { get; }
    internal List<EntityMention> Mentions { get; } = [];
    internal List<TimeExpression> Times { get; } = []; // the report's time expressions inside this sentence

    internal Lexicon Lexicon => State.Lexicon;

    internal Token Tok(int i) => State.Analysis.Tokens[_first + i];
    internal Span SpanOf(int i) => Tok(i).Span;
    internal char FirstChar(int i) => Text[SpanOf(i).Start];

    private void Classify()
    {
        bool start = true;
        // in a Title Case headline only the words inside a name mention are names ("Star Esther Williams Dies At 91")
        bool titleCase = Sentence.TitleCase;
        for (int i = 0; i < Count; i++)
        {
            var t = Tok(i);
            var word = Word(t.Span.In(Text));
            Lower[i] = LowerCase(word);
            if (t.Kind == TokenKind.Number) { Cls[i] = WordClass.Number; start = false; continue; }
            if (t.Kind == TokenKind.Punctuation)
            {
                Cls[i] = word switch
                {
                    "," => WordClass.Comma,
                    "—" or "–" or "-" or "--" => WordClass.Dash,
                    ";" or ":" => WordClass.Stop,
                    _ => WordClass.Punctuation,
                };
                // the point of an abbreviation inside a noun phrase belongs to it: "U.S. Senator", "Dr. Jagan", "St. Gwynno Church"
                if (word == "." && AbbreviationPoint(i)) Cls[i] = WordClass.Proper;
                if (word is "“" or "\"" or "‘" or "(") continue; // the next word still starts the sentence
                start = false;
                continue;
            }
            var closed = WordClasses.Of(Lower[i]);
            bool upper = char.IsUpper(word[0]) && (!titleCase || InMention(i) || word.All(c => !char.IsLetter(c) || char.IsUpper(c)));
            if ((closed == WordClass.Other || upper) && InTime(i)) { Cls[i] = upper ? WordClass.Proper : WordClass.Noun; start = false; continue; } // "in May", "last week"
            // "later that day", "that morning": a determiner
            if (closed == WordClass.Relative && Lower[i] == "that" && (InTime(i) || i + 1 < Count && TemporalTagger.IsTimeNoun(SpanOf(i + 1).In(Text))))
                closed = WordClass.Determiner;
            if (upper && !start && closed is WordClass.Modal or WordClass.Auxiliary) closed = WordClass.Other;
            if (upper && word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && closed != WordClass.Pronoun)
                Cls[i] = WordClass.Proper; // "US", "UN", "NATO"
            else if (upper && word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)))
                Cls[i] = Lower[i] == "i" ? WordClass.Pronoun : WordClass.Proper;
            else if (closed != WordClass.Other) Cls[i] = closed;
            // "isn't", "didn't", "won't" as one token: the auxiliary or modal it holds (its negation read with the group)
            else if (WordClasses.IsContractedNegation(Lower[i]))
                Cls[i] = WordClasses.ContractedAuxiliary(Lower[i]) switch
                {
                    "be" or "have" or "do" => WordClass.Auxiliary,
                    null => upper && !start ? WordClass.Proper : WordClass.Noun,
                    _ => WordClass.Modal,
                };
            else if (NumberWords.IsNumberWord(Lower[i])) Cls[i] = WordClass.Number;
            else if (upper && !start) Cls[i] = WordClass.Proper;
            else
            {
                var parts = Lexicon.PartsOf(Lower[i]);
                Cls[i] = parts == PartsOfSpeech.None ? (upper ? WordClass.Proper : WordClass.Noun)
                    : (parts & PartsOfSpeech.Noun) != 0 ? WordClass.Noun
                    : (parts & PartsOfSpeech.Adjective) != 0 ? WordClass.Adjective
                    : (parts & PartsOfSpeech.Verb) != 0 ? WordClass.Verb
                    : WordClass.Adverb;
                if (upper && start && InMention(i)) Cls[i] = WordClass.Proper;
            }
            start = false;
        }
    }

    /// <summary>
    /// Whether the "." at <paramref name="i"/> ends an abbreviation inside the sentence: right after a short capitalised word
    /// ("U.S", "Dr", "St", "Calif") not after a comma, with a word or number after it.
    /// </summary>
    private bool AbbreviationPoint(int i)
    {
        if (i == 0 || i + 1 >= Count || SpanOf(i - 1).End != SpanOf(i).Start || Tok(i - 1).Kind != TokenKind.Word) return false;
        if (i >= 2 && Cls[i - 2] == WordClass.Comma) return false; // "Comeaux, Jr. allegedly produced": a name's suffix after a comma ends it
        var before = SpanOf(i - 1);
        return before.End - before.Start <= 5 && char.IsUpper(Text[before.Start]) && Tok(i + 1).Kind is TokenKind.Word or TokenKind.Number;
    }

    // Words repeat: each word as written, and its lower case, is one shared string (no string per token).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Words = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Lowers = new(StringComparer.Ordinal);

    private static string Word(ReadOnlySpan<char> span) =>
        Words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span, out var w) ? w : Words.GetOrAdd(span.ToString(), static x => x);

    private static string LowerCase(string word) => Lowers.GetOrAdd(word, static x => x.ToLowerInvariant());

    internal bool InTime(int i)
    {
        var span = SpanOf(i);
        foreach (var t in Times)
            if (t.Span.Contains(span)) return true;
        return false;
    }

    internal bool InMention(int i) => Mentions.Any(m => m.Span.Contains(SpanOf(i)) && m.Type != EntityType.Title);

    /// <summary>Marks tokens of stand-alone direct quotes (a quote that is a clause of its own), carrying quotes across sentences.</summary>
    private void MarkQuotes()
    {
        if (State.QuoteParagraph != Sentence.Paragraph) { State.InQuote = false; State.QuoteParagraph = Sentence.Paragraph; }
        bool inQuote = State.InQuote;
        bool standalone = inQuote; // a quote carried over from the previous sentence starts this one
        for (int i = 0; i < Count; i++)
        {
            var c = FirstChar(i);
            if (Tok(i).Kind == TokenKind.Punctuation && (c == '“' || (c == '"' && !inQuote)))
            {
                inQuote = true;
                standalone = i == 0 || Cls[i - 1] is WordClass.Stop or WordClass.Comma || FirstChar(i - 1) is '(';
                StandaloneQuote[i] = standalone;
                continue;
            }
            if (Tok(i).Kind == TokenKind.Punctuation && (c == '”' || (c == '"' && inQuote)))
            {
                StandaloneQuote[i] = standalone;
                ClosingQuote[i] = true;
                inQuote = false;
                standalone = false;
                continue;
            }
            StandaloneQuote[i] = inQuote && standalone;
        }
        State.InQuote = inQuote;
    }

    internal bool Frame(int i) => !StandaloneQuote[i];

    /// <summary>Whether token <paramref name="i"/> follows a comma, or a quote closed right after one ("…,” a spokesman said").</summary>
    internal bool AfterComma(int i) => i > 0 && Cls[i - 1] == WordClass.Comma || i > 1 && ClosingQuote[i - 1] && Cls[i - 2] == WordClass.Comma;

    /// <summary>Whether token <paramref name="i"/> has a verb's past form: an -ed ending or an irregular form ("said", "went").</summary>
    internal bool PastForm(int i) => Lower[i].EndsWith("ed", StringComparison.Ordinal) || Lexicon.IsIrregularVerbForm(Lower[i]);

    internal bool VerbCapable(int i) => Cls[i] is WordClass.Noun or WordClass.Verb or WordClass.Adjective or WordClass.Adverb
                                        && Lexicon.Lemma(Lower[i], PartsOfSpeech.Verb) is not null;

    internal int PrevContent(int i)
    {
        for (int j = i - 1; j >= 0; j--)
        {
            if (!Frame(j)) return -1;
            if (Cls[j] is WordClass.Adverb or WordClass.Not || (Cls[j] == WordClass.Punctuation && FirstChar(j) is '”' or '"')) continue;
            if (Cls[j] == WordClass.Dash || (Cls[j] == WordClass.Punctuation && FirstChar(j) == ')'))
            {
                // "The convoy carrying the minister — on her first official visit — pulled": skip the aside
                char open = FirstChar(j) == ')' ? '(' : FirstChar(j);
                int k = j - 1;
                while (k >= 0 && !(Tok(k).Kind == TokenKind.Punctuation && FirstChar(k) == open)) k--;
                if (k > 0) { j = k; continue; }
                return j;
            }
            return j;
        }
        return -1;
    }

    /// <summary>
    /// Where a speaker's noun phrase that starts at token <paramref name="i"/> ends (exclusive) when it runs to a comma or
    /// the sentence's end, else -1: a name or a determiner's phrase after a saying ("…, said chief prosecutor Ann
    /// Lee.", "…, says the ministry, which …"), with the points of the abbreviations inside a name ("Paul J. Smith").
    /// </summary>
    internal int SpeakerEnd(int i)
    {
        if (i >= Count || Cls[i] is not (WordClass.Proper or WordClass.Determiner or WordClass.Noun or WordClass.Adjective)) return -1;
        int j = i;
        while (j < Count && Frame(j) && (IsNounWord(j) || Lower[j] == "." && j > i && Cls[j - 1] == WordClass.Proper && j + 1 < Count && Cls[j + 1] == WordClass.Proper)) j++;
        bool end = j == Count || Cls[j] == WordClass.Comma || j == Count - 1 && Tok(j).Kind == TokenKind.Punctuation;
        return j > i && end ? j : -1;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is a word of an object's noun phrase: a noun-phrase word other than a pronoun
    /// (<see cref="IsNounWord"/>), or a currency sign or per cent sign beside its number ("$ 1 million", "23.8 %"); not a
    /// time right after a noun or number, which is the verb's ("killed three people Wednesday", not "the 2012 election").
    /// </summary>
    internal bool IsObjectWord(int i) =>
        IsNounWord(i) && !(i > 0 && InTime(i) && !InTime(i - 1) && Cls[i - 1] is WordClass.Noun or WordClass.Proper or WordClass.Number)
        || (Tok(i).Kind != TokenKind.Word && (FirstChar(i) is '%' && i > 0 && Cls[i - 1] == WordClass.Number
                                           || FirstChar(i) is '$' or '€' or '£' && i + 1 < Count && Cls[i + 1] == WordClass.Number));

    /// <summary>
    /// The number of words of a quantity's qualifier at token <paramref name="i"/> ("at least", "about", "more than") when a
    /// figure follows it (a number or a currency sign, not a time: "about 8.40pm"), else 0.
    /// </summary>
    internal int QualifierBeforeFigure(int i)
    {
        int n = QuantityLexicon.QualifierAt(Lower, i);
        int k = i + n;
        return n > 0 && k < Count && !InTime(k) && (Cls[k] == WordClass.Number || Tok(k).Kind != TokenKind.Word && FirstChar(k) is '$' or '€' or '£') ? n : 0;
    }

    internal bool IsNounPhraseToken(int i) =>
        Frame(i) && (IsNounWord(i) || Cls[i] == WordClass.Pronoun)
        || (Frame(i) && Cls[i] == WordClass.Adverb && i + 1 < Count && Cls[i + 1] is WordClass.Adjective);

    /// <summary>Whether token <paramref name="i"/> is a word of a noun phrase other than a pronoun: a determiner, adjective, noun, name, number or possessive.</summary>
    internal bool IsNounWord(int i) =>
        Cls[i] is WordClass.Determiner or WordClass.Adjective or WordClass.Noun or WordClass.Proper or WordClass.Number or WordClass.Possessive;

    /// <summary>Where the noun phrase ending at token <paramref name="j"/> begins (a pronoun ends the way back).</summary>
    internal int NounPhraseStart(int j)
    {
        int start = j;
        // (a determiner opens it: "want a plan", not "want" as well)
        while (start > 0 && IsNounPhraseToken(start - 1) && Cls[start - 1] != WordClass.Pronoun && !(Cls[start] == WordClass.Determiner && start < j)) start--;
        return start;
    }

    internal string? EntityOf(EntityMention m) => State.Entities.EntityAt(State.ReportId, m.Span)?.Id;

    /// <summary>The entity of the first name mentioned inside <paramref name="span"/>, or null.</summary>
    internal string? EntityIn(Span span) => Mentions.FirstOrDefault(m => span.Contains(m.Span)) is { } m ? EntityOf(m) : null;
}
