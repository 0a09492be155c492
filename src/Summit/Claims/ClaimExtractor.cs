using Summit.Documents;
using Summit.Entities;
using Summit.Lexical;
using Summit.Text;
using Summit.Time;

namespace Summit.Claims;

/// <summary>
/// The default claim extractor: finds the verb groups of each sentence with a coarse, lexicon-backed
/// word classer, cuts the sentence into clauses at subordinators, relative words, coordinated
/// clauses, semicolons and dashes, keeps a speech verb and its complement together as one attributed
/// claim, makes a claim of each stand-alone direct quote (attributed to its speaker), and gives every
/// claim its subject, predicate lemma, object, place/instrument/recipient, time, modality and negation.
/// </summary>
internal sealed partial class ClaimExtractor : IClaimExtractor
{
    private readonly Lexicon _lexicon;

    /// <summary>Creates the extractor; words are classed with <paramref name="lexicon"/>'s words.</summary>
    public ClaimExtractor(LexicalResources lexicon) => _lexicon = (lexicon ?? throw new ArgumentNullException(nameof(lexicon))).Words;

    public IReadOnlyList<Claim> Extract(TextAnalysis analysis, EntityResolution entities, IReadOnlyList<TimeExpression> timeExpressions,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(timeExpressions);
        var state = new ReportState(analysis, entities, timeExpressions, _lexicon);
        foreach (var sentence in analysis.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            new SentenceParser(state, sentence).Extract();
        }
        return state.Claims;
    }

    /// <summary>What carries from one sentence to the next: claims so far, the last person, quote state.</summary>
    internal sealed class ReportState(TextAnalysis analysis, EntityResolution entities, IReadOnlyList<TimeExpression> times, Lexicon lexicon)
    {
        public Lexicon Lexicon { get; } = lexicon;
        public TextAnalysis Analysis { get; } = analysis;
        public EntityResolution Entities { get; } = entities;
        public IReadOnlyList<TimeExpression> Times { get; } = times;
        public List<Claim> Claims { get; } = [];
        public (string Text, string? Id)? LastPerson { get; set; }
        public bool InQuote { get; set; }
        public int QuoteParagraph { get; set; } = -1;
        public int MentionCursor { get; set; }
        /// <summary>How many further events (<see cref="ClaimKind.Predicate"/>, <see cref="ClaimKind.Nominal"/>) so far: their ids count apart.</summary>
        public int EventCount { get; set; }

        private readonly TimeExpression[] _sortedTimes = times.OrderBy(t => t.Span.Start).ToArray();

        /// <summary>The time expressions that overlap <paramref name="span"/> (binary search on the sorted list).</summary>
        public IEnumerable<TimeExpression> TimesIn(Span span)
        {
            int lo = 0, hi = _sortedTimes.Length;
            while (lo < hi) { int mid = (lo + hi) / 2; if (_sortedTimes[mid].Span.End <= span.Start) lo = mid + 1; else hi = mid; }
            for (int i = Math.Max(0, lo - 1); i < _sortedTimes.Length && _sortedTimes[i].Span.Start < span.End; i++)
                if (_sortedTimes[i].Span.Overlaps(span)) yield return _sortedTimes[i];
        }
        public string Text => Analysis.Report.Text;
        public string ReportId => Analysis.Report.Id;
    }

    private sealed record Group(int Start, int Head, int End, string Lemma, bool Finite, Modality? Modality, bool Negated, bool Past)
    {
        public bool Present { get; init; }

        /// <summary>The main verb after a ", who ..." aside: a clause of its own whose subject comes before the aside.</summary>
        public bool AfterAside { get; init; }

        /// <summary>
        /// The relative word of a restrictive relative clause this group follows with no boundary between them, or -1:
        /// "those who had bought a bumper will receive a refund" — the verb of the relative word's antecedent.
        /// </summary>
        public int AfterRelative { get; init; } = -1;
    }

    private sealed class Clause
    {
        public int Start;
        public int End; // exclusive token index
        public List<Group> Groups { get; } = [];
        public string? Attribution;
        public string? AttributionId;
        public bool QuoteClaim;
        public bool AttributionOnly;
        public bool Since;
        public Modality? ForcedModality;
        /// <summary>Where the clause's own words begin when a condition was folded in before them ("If it rains, the match …").</summary>
        public int? SubjectFrom;
        /// <summary>
        /// A relative clause inside this one, between its subject and its verb ("Two jurors [who spoke …] said …"): a claim
        /// of its own, so its words name neither this clause's subject nor its time.
        /// </summary>
        public (int From, int To)? Inner;
        /// <summary>This clause lies inside another's span (it is that clause's <see cref="Inner"/>).</summary>
        public bool Nested;
    }

    private sealed partial class SentenceParser
    {
        private readonly ReportState _s;
        private readonly Sentence _sentence;
        private readonly string _text;
        private readonly int _first;
        private readonly int _n;
        private readonly string[] _lower;
        private readonly WordClass[] _cls;
        private readonly bool[] _standaloneQuote;
        private readonly List<EntityMention> _mentions = [];
        private readonly List<TimeExpression> _times = []; // the report's time expressions inside this sentence

        public SentenceParser(ReportState state, Sentence sentence)
        {
            _s = state;
            _sentence = sentence;
            _text = state.Text;
            _first = sentence.FirstToken;
            _n = sentence.TokenCount;
            _lower = new string[_n];
            _cls = new WordClass[_n];
            _standaloneQuote = new bool[_n];
            var mentions = state.Analysis.Mentions;
            int m = state.MentionCursor;
            while (m < mentions.Count && mentions[m].Span.Start < sentence.Span.Start) m++;
            while (m < mentions.Count && mentions[m].Span.Start < sentence.Span.End) _mentions.Add(mentions[m++]);
            state.MentionCursor = m;
            foreach (var t in state.TimesIn(sentence.Span)) _times.Add(t);
        }

        private Lexicon Lexicon => _s.Lexicon;

        private Token Tok(int i) => _s.Analysis.Tokens[_first + i];
        private Span SpanOf(int i) => Tok(i).Span;
        private char FirstChar(int i) => _text[SpanOf(i).Start];

        public void Extract()
        {
            Classify();
            MarkQuotes();
            var groups = _groups = FindGroups();
            var clauses = MakeClauses(groups);
            Emit(clauses);
        }

        private void Classify()
        {
            bool start = true;
            // in a Title Case headline only the words inside a name mention are names ("Star Esther Williams Dies At 91")
            bool titleCase = _sentence.TitleCase;
            for (int i = 0; i < _n; i++)
            {
                var t = Tok(i);
                var word = Word(t.Span.In(_text));
                _lower[i] = Lower(word);
                if (t.Kind == TokenKind.Number) { _cls[i] = WordClass.Number; start = false; continue; }
                if (t.Kind == TokenKind.Punctuation)
                {
                    _cls[i] = word switch
                    {
                        "," => WordClass.Comma,
                        "—" or "–" or "-" or "--" => WordClass.Dash,
                        ";" or ":" => WordClass.Stop,
                        _ => WordClass.Punctuation,
                    };
                    if (word is "“" or "\"" or "‘" or "(") continue; // the next word still starts the sentence
                    start = false;
                    continue;
                }
                var closed = WordClasses.Of(_lower[i]);
                bool upper = char.IsUpper(word[0]) && (!titleCase || InMention(i) || word.All(c => !char.IsLetter(c) || char.IsUpper(c)));
                if ((closed == WordClass.Other || upper) && InTime(i)) { _cls[i] = upper ? WordClass.Proper : WordClass.Noun; start = false; continue; } // "in May", "last week"
                // "later that day", "that morning": a determiner
                if (closed == WordClass.Relative && _lower[i] == "that" && (InTime(i) || i + 1 < _n && TemporalTagger.IsTimeNoun(SpanOf(i + 1).In(_text))))
                    closed = WordClass.Determiner;
                if (upper && !start && closed is WordClass.Modal or WordClass.Auxiliary) closed = WordClass.Other;
                if (upper && word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && closed != WordClass.Pronoun)
                    _cls[i] = WordClass.Proper; // "US", "UN", "NATO"
                else if (upper && word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)))
                    _cls[i] = _lower[i] == "i" ? WordClass.Pronoun : WordClass.Proper;
                else if (closed != WordClass.Other) _cls[i] = closed;
                else if (NumberWords.IsNumberWord(_lower[i])) _cls[i] = WordClass.Number;
                else if (upper && !start) _cls[i] = WordClass.Proper;
                else
                {
                    var parts = Lexicon.PartsOf(_lower[i]);
                    _cls[i] = parts == PartsOfSpeech.None ? (upper ? WordClass.Proper : WordClass.Noun)
                        : (parts & PartsOfSpeech.Noun) != 0 ? WordClass.Noun
                        : (parts & PartsOfSpeech.Adjective) != 0 ? WordClass.Adjective
                        : (parts & PartsOfSpeech.Verb) != 0 ? WordClass.Verb
                        : WordClass.Adverb;
                    if (upper && start && InMention(i)) _cls[i] = WordClass.Proper;
                }
                start = false;
            }
        }

        // Words repeat: each word as written, and its lower case, is one shared string (no string per token).
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Words = new(StringComparer.Ordinal);
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Lowers = new(StringComparer.Ordinal);

        private static string Word(ReadOnlySpan<char> span) =>
            Words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span, out var w) ? w : Words.GetOrAdd(span.ToString(), static x => x);

        private static string Lower(string word) => Lowers.GetOrAdd(word, static x => x.ToLowerInvariant());

        private bool InTime(int i)
        {
            var span = SpanOf(i);
            foreach (var t in _times)
                if (t.Span.Contains(span)) return true;
            return false;
        }

        private bool InMention(int i) => _mentions.Any(m => m.Span.Contains(SpanOf(i)) && m.Type != EntityType.Title);

        /// <summary>Marks tokens of stand-alone direct quotes (a quote that is a clause of its own), carrying quotes across sentences.</summary>
        private void MarkQuotes()
        {
            if (_s.QuoteParagraph != _sentence.Paragraph) { _s.InQuote = false; _s.QuoteParagraph = _sentence.Paragraph; }
            bool inQuote = _s.InQuote;
            bool standalone = inQuote; // a quote carried over from the previous sentence starts this one
            for (int i = 0; i < _n; i++)
            {
                var c = FirstChar(i);
                if (Tok(i).Kind == TokenKind.Punctuation && (c == '“' || (c == '"' && !inQuote)))
                {
                    inQuote = true;
                    standalone = i == 0 || _cls[i - 1] is WordClass.Stop or WordClass.Comma || FirstChar(i - 1) is '(';
                    _standaloneQuote[i] = standalone;
                    continue;
                }
                if (Tok(i).Kind == TokenKind.Punctuation && (c == '”' || (c == '"' && inQuote)))
                {
                    _standaloneQuote[i] = standalone;
                    inQuote = false;
                    standalone = false;
                    continue;
                }
                _standaloneQuote[i] = inQuote && standalone;
            }
            _s.InQuote = inQuote;
        }

        private bool Frame(int i) => !_standaloneQuote[i];

        private bool VerbCapable(int i) => _cls[i] is WordClass.Noun or WordClass.Verb or WordClass.Adjective or WordClass.Adverb
                                           && Lexicon.Lemma(_lower[i], PartsOfSpeech.Verb) is not null;

        private int PrevContent(int i)
        {
            for (int j = i - 1; j >= 0; j--)
            {
                if (!Frame(j)) return -1;
                if (_cls[j] is WordClass.Adverb or WordClass.Not || (_cls[j] == WordClass.Punctuation && FirstChar(j) is '”' or '"')) continue;
                if (_cls[j] == WordClass.Dash || (_cls[j] == WordClass.Punctuation && FirstChar(j) == ')'))
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

        /// <summary>Finds the verb groups: auxiliaries and modals with their main verb, and finite verbs by form and context.</summary>
        private List<Group> FindGroups()
        {
            var groups = new List<Group>();
            bool finiteSeen = false;
            int asideFrom = -1; // where a ", who ..." / ", which ..." aside began
            int relative = -1; // an open restrictive relative clause whose relative word is its subject ("those who had bought …")
            bool relativeVerb = false; // its verb has been seen: a verb group after it without a boundary is its antecedent's
            for (int i = 0; i < _n; i++)
            {
                if (!Frame(i) || Tok(i).Kind != TokenKind.Word) continue;
                if (_cls[i] == WordClass.Relative && _lower[i] is "who" or "which" or "that")
                {
                    relative = i > 0 && _cls[i - 1] is WordClass.Comma or WordClass.Dash ? -1 : i;
                    relativeVerb = false;
                }
                else if (_cls[i] == WordClass.Subordinator || (i > 0 && _cls[i - 1] is WordClass.Comma or WordClass.Stop or WordClass.Dash)
                         || (_cls[i] == WordClass.Coordinator && i + 1 < _n && _cls[i + 1] is WordClass.Determiner or WordClass.Possessive
                             or WordClass.Pronoun or WordClass.Proper or WordClass.Number))
                    relative = -1; // "… and the man fled": a clause of its own
                if (_cls[i] is WordClass.Subordinator or WordClass.Relative or WordClass.Coordinator) finiteSeen = false;
                if (i > 0 && _cls[i - 1] is WordClass.Comma or WordClass.Stop) finiteSeen = false;
                if (_cls[i] == WordClass.Relative && _lower[i] is "who" or "which" && i > 0 && _cls[i - 1] == WordClass.Comma) asideFrom = i;
                bool afterAside = asideFrom >= 0 && i > 0 && _cls[i - 1] == WordClass.Comma && i - 1 > asideFrom;
                int aside = afterAside ? asideFrom : -1;
                if (afterAside) asideFrom = -1;
                var c = _cls[i];
                if (c is WordClass.Auxiliary or WordClass.Modal)
                {
                    int p = PrevContent(i);
                    if (p >= 0 && _cls[p] == WordClass.To) continue; // "to be": part of another group
                    // "after being convicted": a participle, no finite group of its own
                    if (_lower[i] == "being" && (p < 0 || _cls[p] is not (WordClass.Auxiliary or WordClass.Modal))) continue;
                    var g = VerbGroupFrom(i);
                    // "Gray, who was running for his life, did not have a gun": the verb after the aside is its antecedent's
                    g = afterAside ? g with { AfterAside = true, AfterRelative = aside } : g with { AfterRelative = AfterRelative(g, p, ref relative, ref relativeVerb) };
                    groups.Add(g);
                    finiteSeen = !SpeechVerbs.Lemmas.Contains(g.Lemma);
                    i = g.End - 1;
                    continue;
                }
                if (!VerbCapable(i)) continue;
                var w = _lower[i];
                bool past = Lexicon.IsIrregularVerbForm(w) || w.EndsWith("ed", StringComparison.Ordinal);
                bool third = w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal);
                bool ing = w.EndsWith("ing", StringComparison.Ordinal);
                if (ing) continue;
                int prev = PrevContent(i);
                var pc = prev < 0 ? WordClass.Other : _cls[prev];
                bool subjectBefore = pc is WordClass.Noun or WordClass.Proper or WordClass.Pronoun or WordClass.Number
                                     || (pc == WordClass.Relative && _lower[prev] is "who" or "which" or "that");
                bool nounReading = Lexicon.Lemma(w, PartsOfSpeech.Noun) is not null;
                bool verbFollows = i + 1 < _n && (_cls[i + 1] is WordClass.Auxiliary or WordClass.Modal
                    || (VerbCapable(i + 1) && (_lower[i + 1].EndsWith("ed", StringComparison.Ordinal) || Lexicon.IsIrregularVerbForm(_lower[i + 1]))));
                bool finite, willContracted = false;
                if (past)
                {
                    bool directlyAfterComma = i > 0 && _cls[i - 1] == WordClass.Comma && !ClosesAppositive(i - 1);
                    if (i > 0 && _cls[i - 1] == WordClass.Comma && ClosesAppositive(i - 1)) subjectBefore = true;
                    finite = (subjectBefore && !directlyAfterComma && !(finiteSeen && pc == WordClass.Noun))
                             || (pc == WordClass.Coordinator && groups.Count > 0);
                }
                else if (third)
                {
                    var nounOnly = Lexicon.Lemma(w, PartsOfSpeech.Verb) is null;
                    // "future generations of Tar Heel fans that …": a noun before "that", after a preposition's object, not a verb
                    // (a verb of saying is: "the leader of the party says that …")
                    bool nounOfObject = nounReading && i + 1 < _n && _lower[i + 1] == "that" && prev >= 0 && IsNounPhraseToken(prev)
                                        && !SpeechVerbs.Lemmas.Contains(Lexicon.Lemma(w, PartsOfSpeech.Verb) ?? w)
                                        && NounPhraseStart(prev) is > 0 and var np && _cls[np - 1] == WordClass.Preposition;
                    finite = !nounOnly && !finiteSeen && !(nounReading && verbFollows) && !nounOfObject
                             && (pc is WordClass.Proper or WordClass.Pronoun || (pc == WordClass.Relative && _lower[prev] is "who" or "which" or "that")
                                 || (pc == WordClass.Noun && !_lower[prev].EndsWith('s')));
                }
                else
                {
                    bool pluralSubject = pc == WordClass.Pronoun && _lower[prev] is "i" or "we" or "they" or "you"
                                         || (pc is WordClass.Noun or WordClass.Proper && _lower[prev].EndsWith('s') && !_lower[prev].EndsWith("ss", StringComparison.Ordinal));
                    bool objectAfter = i + 1 < _n && _cls[i + 1] is WordClass.Determiner or WordClass.Adjective or WordClass.Noun or WordClass.Proper
                        or WordClass.Preposition or WordClass.Number or WordClass.Possessive or WordClass.Adverb or WordClass.To or WordClass.Pronoun;
                    finite = !finiteSeen && pluralSubject && objectAfter && Lexicon.Lemma(w, PartsOfSpeech.Verb) == w;
                    // "they'll tell", "we'll see": the modal is in the pronoun's word
                    if (prev >= 0 && Lexicon.Lemma(w, PartsOfSpeech.Verb) == w && WordClasses.ContractedAuxiliary(_lower[prev]) == "will") { finite = true; willContracted = true; }
                }
                // "The ministers, who met in Geneva, agreed ...": the verb after the aside is the main verb
                if (!finite && afterAside && (past || third || Lexicon.Lemma(w, PartsOfSpeech.Verb) == w)) finite = true;
                // "The storm that struck the coast on Monday destroyed 100 homes", "Two jurors who … declined to be identified said":
                // a verb form after a relative clause's verb (not a passive's or infinitive's participle, and not after a common
                // noun, which may govern it as a participle: "a harbour used for …", "houses damaged by …")
                if (!finite && relative >= 0 && relativeVerb && (past || (third && !nounReading)) // ("… naval ships": a plural noun)
                    && pc is not (WordClass.Noun or WordClass.Auxiliary or WordClass.Modal or WordClass.To or WordClass.Coordinator or WordClass.Relative or WordClass.Other)) finite = true;
                if (!finite) continue;
                bool never = prev >= 0 && prev < i - 1 && Enumerable.Range(prev + 1, i - prev - 1).Any(k => _cls[k] == WordClass.Not)
                             || (i > 0 && _cls[i - 1] == WordClass.Not);
                var group = MainVerb(i, i, willContracted ? Modality.Expected : null, never, past) with { AfterAside = afterAside };
                group = group with { AfterRelative = afterAside ? aside : AfterRelative(group, prev, ref relative, ref relativeVerb) };
                groups.Add(group);
                finiteSeen = !SpeechVerbs.Lemmas.Contains(group.Lemma); // "said the quake killed 15": a complement follows
                i = group.End - 1;
            }
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
                    if (_cls[j] is not (WordClass.Adverb or WordClass.Not)) { relative = -1; return -1; }
                relativeVerb = true;
                if (SpeechVerbs.Lemmas.Contains(g.Lemma)) relative = -1; // "who said he would go": what follows is what was said
                return -1;
            }
            if (prev >= 0 && _cls[prev] == WordClass.Coordinator) return -1;
            int r = relative;
            relative = -1;
            return r;
        }

        /// <summary>Whether the comma at <paramref name="comma"/> closes a name in apposition: "A spokesman, Lars Holm, said".</summary>
        private bool ClosesAppositive(int comma)
        {
            int j = comma - 1;
            while (j >= 0 && _cls[j] == WordClass.Proper) j--;
            return j < comma - 1 && j >= 1 && _cls[j] == WordClass.Comma && _cls[j - 1] is WordClass.Noun or WordClass.Proper;
        }

        /// <summary>Reads a group that starts with an auxiliary or modal: "has already called", "was due to arrive", "will not be".</summary>
        private Group VerbGroupFrom(int start)
        {
            Modality? modality = null;
            bool negated = false, past = false;
            int i = start, lastAux = start;
            for (; i < _n && Frame(i); i++)
            {
                var c = _cls[i];
                if (c == WordClass.Modal)
                {
                    modality ??= _lower[i] is "could" or "may" or "might" ? Modality.Likely : Modality.Expected;
                    lastAux = i;
                    continue;
                }
                if (c == WordClass.Auxiliary) { if (_lower[i] is "was" or "were" or "had" or "did") past = true; lastAux = i; continue; }
                if (c == WordClass.To) break;
                if (c == WordClass.Not) { negated = true; continue; }
                if (c == WordClass.Adverb || (_lower[i] == "since" && i > start)) continue;
                break;
            }
            if (i < _n && Frame(i) && Tok(i).Kind == TokenKind.Word && VerbCapable(i) && _cls[i] is not WordClass.Determiner)
            {
                // "has held", "is looking", "was removed", "will sit": the main verb follows the auxiliaries
                if (_cls[i] != WordClass.Noun || Lexicon.Lemma(_lower[i], PartsOfSpeech.Verb) is not null && !IsNounAfterCopula(lastAux, i))
                    return MainVerb(start, i, modality, negated, past);
            }
            // a copula or auxiliary as the main verb: "will be her first", "was due to arrive", "is likely to"
            var lemma = AuxLemma(_lower[lastAux]);
            return Control(new Group(start, lastAux, lastAux + 1, lemma, true, modality, negated, past), lastAux + 1);
        }

        private bool IsNounAfterCopula(int aux, int i) =>
            AuxLemma(_lower[aux]) == "be" && _lower[i].EndsWith('s') && Lexicon.Lemma(_lower[i], PartsOfSpeech.Noun) is not null;

        private static string AuxLemma(string w) => w switch
        {
            "am" or "is" or "are" or "was" or "were" or "be" or "been" or "being" => "be",
            "has" or "have" or "had" => "have",
            "do" or "does" or "did" => "do",
            _ => w,
        };

        private Group MainVerb(int start, int head, Modality? modality, bool negated, bool past)
        {
            var lemma = Lexicon.Lemma(_lower[head], PartsOfSpeech.Verb) ?? _lower[head];
            int end = head + 1;
            // phrasal verbs: "broke down", "look for", "sit down", "take place"
            if (end < _n && Frame(end) && Tok(end).Kind == TokenKind.Word && Lexicon.Find(lemma + " " + _lower[end]) is { } phrasal
                && (phrasal.Parts & PartsOfSpeech.Verb) != 0 && (WordClasses.Particles.Contains(_lower[end]) || _cls[end] == WordClass.Noun))
            {
                lemma = phrasal.Lemma;
                end++;
            }
            return Control(new Group(start, head, end, lemma, true, modality, negated, past), end);
        }

        /// <summary>"expected to take place", "plans to stay", "is likely to focus": the infinitive is the predicate.</summary>
        private Group Control(Group g, int next)
        {
            int i = next;
            string controller = g.Lemma;
            if (g.Lemma == "be" && i < _n && _cls[i] is WordClass.Adjective or WordClass.Noun or WordClass.Verb or WordClass.Adverb
                && ControlWords.ByLemma.ContainsKey(Lexicon.AnyLemma(_lower[i])) && i + 1 < _n && _cls[i + 1] == WordClass.To)
            {
                controller = Lexicon.AnyLemma(_lower[i]);
                i++;
            }
            if (!ControlWords.ByLemma.TryGetValue(controller, out var modality) || i + 1 >= _n || _cls[i] != WordClass.To) return g;
            int v = i + 1;
            while (v < _n && _cls[v] == WordClass.Adverb) v++;
            if (v >= _n || !Frame(v) || !VerbCapable(v)) return g;
            var inner = MainVerb(g.Start, v, null, false, g.Past);
            var m = modality == Modality.Asserted ? g.Modality : modality;
            if (g.Lemma == "be" && controller is "expect") m = Modality.Expected;
            return inner with { Modality = m ?? inner.Modality, Negated = g.Negated || inner.Negated };
        }

        private List<Clause> MakeClauses(List<Group> groups)
        {
            var clauses = new List<Clause>();
            int qStart = -1;
            // stand-alone quotes: each run is a clause of its own
            for (int i = 0; i <= _n; i++)
            {
                bool q = i < _n && _standaloneQuote[i];
                if (q && qStart < 0) qStart = i;
                if (!q && qStart >= 0)
                {
                    int a = qStart, b = i;
                    while (a < b && Tok(a).Kind == TokenKind.Punctuation) a++;
                    while (b > a && Tok(b - 1).Kind == TokenKind.Punctuation) b--;
                    if (b > a) clauses.Add(new Clause { Start = a, End = b, QuoteClaim = true });
                    qStart = -1;
                }
            }
            Clause? current = null;
            int prevEnd = 0;
            foreach (var g in groups)
            {
                int boundary = current is null ? -1 : g.AfterAside ? g.Start : FindBoundary(prevEnd, g.Start, current);
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
                    current.Since = current.Start < _n && _lower[current.Start] == "since";
                    clauses.Add(current);
                }
                current.Groups.Add(g);
                prevEnd = g.End;
            }
            if (current is not null) current.End = FrameEnd(current.Start);
            // clauses of the frame end where a stand-alone quote begins
            foreach (var c in clauses.Where(c => !c.QuoteClaim))
            {
                for (int i = c.Start; i < c.End; i++) if (!Frame(i)) { if (i > c.Groups[^1].End) { c.End = i; } break; }
                while (c.End > c.Start && Tok(c.End - 1).Kind == TokenKind.Punctuation && FirstChar(c.End - 1) is not ('”' or '"' or ')')) c.End--;
                while (c.Start < c.End && _cls[c.Start] is WordClass.Comma or WordClass.Dash or WordClass.Stop) c.Start++;
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
            int a = AntecedentStart(r);
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
                    if (_cls[j] == WordClass.Comma) { comma = j; break; }
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
            if (current.QuoteClaim || current.Groups.Count == 0 || _lower[current.Start] == "if"
                || !(_cls[current.Start] == WordClass.Subordinator || _lower[current.Start] == "when")) return null;
            if (g.Start - 1 < current.Groups[^1].End || _cls[g.Start - 1] != WordClass.Pronoun) return null;
            int at = clauses.IndexOf(current);
            if (at <= 0 || clauses[at - 1] is not { QuoteClaim: false } frame || frame.End != current.Start || frame.Groups.Count != 1
                || !SpeechVerbs.Lemmas.Contains(frame.Groups[0].Lemma)) return null;
            for (int i = frame.Groups[0].End; i < current.Start; i++)
                if (_lower[i] != "that" && _cls[i] is not (WordClass.Adverb or WordClass.Not) && (Lexicon.PartsOf(_lower[i]) & PartsOfSpeech.Adverb) == 0) return null; // ("just")
            current.Nested = true;
            frame.Inner = (current.Start, g.Start - 1);
            return frame;
        }

        /// <summary>The clause before the <paramref name="k"/>-th that is not nested in another, or null.</summary>
        private static Clause? Before(List<Clause> clauses, int k)
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
                if (c.QuoteClaim || _lower[c.Start] != "if") continue;
                var next = k + 1 < clauses.Count ? clauses[k + 1] : null;
                var previous = k > 0 ? clauses[k - 1] : null;
                bool fronted = (previous is null || previous.QuoteClaim || previous.End <= c.Start && Enumerable.Range(previous.End, c.Start - previous.End).Any(i => _cls[i] is WordClass.Stop or WordClass.Comma))
                               && next is { QuoteClaim: false } && next.Start > 0 && Enumerable.Range(c.End, Math.Max(0, next.Start - c.End + 1)).Any(i => i < _n && _cls[i] == WordClass.Comma);
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
            while (i > 0 && Frame(i - 1)) i--;
            while (i < groupStart && Tok(i).Kind == TokenKind.Punctuation && _cls[i] != WordClass.Punctuation) i++;
            return i;
        }

        private int FrameEnd(int from)
        {
            int i = from;
            while (i < _n && Frame(i)) i++;
            return i;
        }

        /// <summary>Where a new clause begins between two verb groups, or -1 when the second group continues the clause.</summary>
        private int FindBoundary(int from, int groupStart, Clause current)
        {
            int comma = -1;
            for (int i = groupStart - 1; i >= from; i--)
            {
                if (!Frame(i)) return i + 1; // a stand-alone quote separates them
                var c = _cls[i];
                if (c is WordClass.Subordinator) return i; // "since", "while", "now that"
                if (c == WordClass.Relative)
                {
                    // "has nothing to do with who our governor is": a clause as a preposition's object names a thing, no event
                    if (i > 0 && _cls[i - 1] == WordClass.Preposition && _lower[i] is not ("which" or "whom" or "whose")) continue;
                    // "said (on Monday) that ...": the complement of a speech verb stays with it
                    if (_lower[i] == "that" && current.Groups.Count > 0
                        && SpeechVerbs.Lemmas.Contains(current.Groups[^1].Lemma) && current.Groups[^1].End >= i - 12) return -1;
                    if (_lower[i] == "that" && i > 0 && _cls[i - 1] == WordClass.Subordinator) return i - 1;
                    return i;
                }
                if (c is WordClass.Coordinator && (i + 1 == groupStart || (i > 0 && _cls[i - 1] == WordClass.Comma)
                    || _cls[i + 1] is WordClass.Determiner or WordClass.Pronoun or WordClass.Possessive)) return i;
                if (c is WordClass.Stop) return i + 1;
                if (c is WordClass.Dash && i + 1 < groupStart) return i + 1;
                if (c is WordClass.Comma && comma < 0 && i + 1 < groupStart) comma = i + 1;
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

        private void Emit(List<Clause> clauses)
        {
            // attribution-only clauses ("Russian media reported", "he said through an interpreter")
            for (int k = 0; k < clauses.Count; k++)
            {
                var c = clauses[k];
                if (c.QuoteClaim || c.Groups.Count != 1) continue;
                var g = c.Groups[0];
                if (!SpeechVerbs.Lemmas.Contains(g.Lemma)) continue;
                if (HasObject(g, c)) continue;
                c.AttributionOnly = true;
                var (who, whoId) = Subject(c, clauses, k);
                if (who is null) continue;
                if (g.Lemma == "deny")
                {
                    var target = Before(clauses, k);
                    if (target is not null) target.ForcedModality = Modality.Denied;
                    continue;
                }
                // the quote of this sentence, else the clause before it, else the one after
                var quote = clauses.FirstOrDefault(x => x.QuoteClaim && x.Attribution is null);
                var targetClause = quote ?? Before(clauses, k) ?? (k + 1 < clauses.Count ? clauses[k + 1] : null);
                if (targetClause is not null && targetClause.Attribution is null)
                {
                    targetClause.Attribution = who;
                    targetClause.AttributionId = whoId;
                    // "The border will reopen on Friday, a spokesman said": the claim keeps its source in its span
                    if (!targetClause.QuoteClaim && targetClause.End <= c.Start && c.Start - targetClause.End <= 1) targetClause.End = c.End;
                }
            }
            // a frame that names the speaker of a quote with more to say ("Ortega told Chilean radio in ...")
            // is one claim with its quote, as indirect speech is one claim with its complement
            foreach (var q in clauses.Where(x => x.QuoteClaim && x.Attribution is null))
            {
                var frame = clauses.FirstOrDefault(x => !x.QuoteClaim && !x.AttributionOnly && x.Groups.Count == 1
                                                        && SpeechVerbs.Lemmas.Contains(x.Groups[0].Lemma));
                if (frame is not null)
                {
                    var (who, whoId) = Subject(frame, clauses, clauses.IndexOf(frame));
                    q.Attribution = who;
                    q.AttributionId = whoId;
                    q.Start = Math.Min(q.Start, frame.Start);
                    q.End = Math.Max(q.End, frame.End);
                    if (q.Start > 0 && Tok(q.Start - 1).Kind == TokenKind.Punctuation && FirstChar(q.Start - 1) is '“' or '"') q.Start--;
                    frame.AttributionOnly = true;
                }
                else
                {
                    var speaker = _s.Analysis.Quotes.FirstOrDefault(x => x.Span.Overlaps(new Span(SpanOf(q.Start).Start, SpanOf(q.End - 1).End)))?.Speaker;
                    if (speaker is not null) { q.Attribution = speaker.Text; q.AttributionId = EntityOf(speaker); }
                    else if (_s.LastPerson is { } lp) { q.Attribution = lp.Text; q.AttributionId = lp.Id; }
                }
            }
            TimeExpression? sinceTime = null;
            foreach (var c in clauses.Where(x => x.Since)) sinceTime ??= TimeIn(c);
            int before = _s.Claims.Count;
            for (int k = 0; k < clauses.Count; k++)
            {
                var c = clauses[k];
                if (c.AttributionOnly) continue;
                EmitClaim(c, clauses, k, sinceTime);
            }
            if (_s.Claims.Count == before && _n > 2)
            {
                // nothing found: the sentence itself is the claim, so no statement is lost
                var whole = new Clause { Start = 0, End = _n };
                while (whole.End > 1 && Tok(whole.End - 1).Kind == TokenKind.Punctuation && FirstChar(whole.End - 1) is '.' or '!' or '?') whole.End--;
                whole.Groups.AddRange(clauses.SelectMany(x => x.Groups).Take(1));
                if (whole.Groups.Count == 0)
                    for (int i = 0; i < _n; i++)
                        if (VerbCapable(i) && _cls[i] != WordClass.Proper) { whole.Groups.Add(MainVerb(i, i, null, false, false)); break; }
                if (whole.Groups.Count > 0) EmitClaim(whole, [whole], 0, sinceTime);
            }
        }

        private bool HasObject(Group g, Clause c)
        {
            int i = g.End;
            while (i < c.End && _cls[i] == WordClass.Adverb) i++;
            if (i >= c.End) return false;
            if (g.Lemma == "tell")
            {
                if (_cls[i] is not (WordClass.Proper or WordClass.Noun or WordClass.Adjective or WordClass.Determiner or WordClass.Possessive)) return false;
                // ", the minister told reporters." closing a statement is its source; "Ortega told Chilean radio in …" says more
                int j = i;
                while (j < c.End && IsNounPhraseToken(j)) j++;
                bool trailing = c.Start > 0 && _cls[c.Start - 1] is WordClass.Comma;
                return !(trailing && j >= c.End && c.Groups.Count == 1);
            }
            // "said on Wednesday that ..." keeps its complement; "said through an interpreter" has none
            for (int j = i; j < c.End; j++)
                if (_cls[j] is WordClass.Relative && _lower[j] == "that") return true;
            return c.Groups.Count > 1;
        }

        private (string? Text, string? Id) Subject(Clause c, List<Clause> clauses, int k, bool complement = false)
        {
            var g = c.Groups.Count > 0 ? c.Groups[0] : null;
            if (g is null) return (null, null);
            int from = c.SubjectFrom ?? c.Start;
            while (from < g.Start && _cls[from] is WordClass.Subordinator or WordClass.Coordinator or WordClass.Comma or WordClass.Adverb) from++;
            // a demonstrative opening the sentence is the subject ("That brought him another sentence"), not a relative
            if (from == 0 && from + 1 == g.Start && _lower[from] is "that" or "this") return (SpanOf(from).Of(_text), null);
            if (from < g.Start && _cls[from] == WordClass.Relative)
            {
                if (_lower[from] is "who" or "which" or "that" && from + 1 >= g.Start) return Antecedent(c.Start);
                from++;
            }
            // noun phrases before the verb group; the subject is the first one not governed by a preposition
            // (the last one in a complement clause: "told a briefing on Tuesday talks will ...")
            var runs = new List<(int Start, int End, bool Governed)>();
            for (int i = from; i < g.Start;)
            {
                if (c.Inner is { } inner && i >= inner.From && i < inner.To) { i = inner.To; continue; }
                if (!IsNounPhraseToken(i)) { i++; continue; }
                int s = i;
                if (_cls[i] == WordClass.Pronoun) i++;
                else while (i < g.Start && _cls[i] != WordClass.Pronoun && (IsNounPhraseToken(i) || (_cls[i] == WordClass.Coordinator && i + 1 < g.Start && IsNounPhraseToken(i + 1) && i > s))) i++;
                int before = s - 1;
                bool governed = before >= from && _cls[before] is WordClass.Preposition or WordClass.Subordinator or WordClass.To;
                runs.Add((s, i, governed));
            }
            // "There were no bids": the expletive "there" right before "be" is the grammatical subject
            if (runs.Count == 0 && g.Start > c.Start && _lower[g.Start - 1] == "there" && g.Lemma == "be") return (SpanOf(g.Start - 1).Of(_text), null);
            if (runs.Count == 0)
            {
                // "... and met the mayor": the subject of the clause before
                if (k > 0 && clauses[k - 1].Groups.Count > 0 && !clauses[k - 1].QuoteClaim) return Subject(clauses[k - 1], clauses, k - 1);
                return (null, null);
            }
            var run = complement ? runs[^1] : runs.FirstOrDefault(r => !r.Governed, runs[^1]);
            int a = run.Start, b = run.End;
            while (a < b && _times.Any(t => t.Span.Contains(SpanOf(a)))) a++; // "Tuesday talks" → "talks"
            if (a >= b) { a = run.Start; }
            if (b - a == 1 && _cls[a] == WordClass.Pronoun)
            {
                // "he", "she": the person the entity layer resolved the pronoun to (not worked out again here)
                if (_lower[a] is "he" or "she" && _s.Entities.EntityAt(_s.ReportId, SpanOf(a)) is { } person) return (person.Name, person.Id);
                return (SpanOf(a).Of(_text), null);
            }
            var range = new Span(SpanOf(a).Start, SpanOf(b - 1).End);
            var mention = _mentions.Where(m => range.Contains(m.Span) && m.Type is not (EntityType.Title or EntityType.Nationality))
                .OrderBy(m => m.Type switch { EntityType.Person => 0, EntityType.Organisation => 1, _ => 2 }).ThenBy(m => m.Span.Start).FirstOrDefault();
            // "Lars Holm" names the subject; in "Health officials" or "the state news agency" the head is a common noun
            if (mention is not null && mention.Span.End >= range.End - 1) return (mention.Text, EntityOf(mention));
            return (range.Of(_text), null);
        }

        private bool IsNounPhraseToken(int i) =>
            Frame(i) && _cls[i] is WordClass.Determiner or WordClass.Adjective or WordClass.Noun or WordClass.Proper or WordClass.Number
                or WordClass.Possessive or WordClass.Pronoun
            || (Frame(i) && _cls[i] == WordClass.Adverb && i + 1 < _n && _cls[i + 1] is WordClass.Adjective);

        private (string?, string?) Antecedent(int relative) => AntecedentOf(relative) is { } a ? (a.Text, a.Id) : (null, null);

        /// <summary>The noun phrase a relative word refers back to ("Valparaíso's old harbour, where …"), and its entity when a name heads it.</summary>
        private (Span Span, string Text, string? Id)? AntecedentOf(int relative)
        {
            int j = relative - 1;
            while (j >= 0 && _cls[j] == WordClass.Comma) j--;
            if (j < 0) return null;
            var at = SpanOf(j);
            var mention = _mentions.LastOrDefault(m => m.Span.End <= at.End && m.Span.End >= at.Start);
            int start = NounPhraseStart(j);
            while (start < j && _cls[start] == WordClass.Determiner) start++;
            var span = new Span(SpanOf(start).Start, at.End);
            return (span, span.Of(_text), mention is null ? null : EntityOf(mention));
        }

        /// <summary>Where the noun phrase ending at token <paramref name="j"/> begins (a pronoun ends the way back).</summary>
        private int NounPhraseStart(int j)
        {
            int start = j;
            while (start > 0 && IsNounPhraseToken(start - 1) && _cls[start - 1] != WordClass.Pronoun) start--;
            return start;
        }

        /// <summary>The first token of the noun phrase right before the relative word at <paramref name="relative"/>, or -1.</summary>
        private int AntecedentStart(int relative)
        {
            int j = relative - 1;
            while (j >= 0 && _cls[j] == WordClass.Comma) j--; // ", who …": an aside
            return j >= 0 && IsNounPhraseToken(j) ? NounPhraseStart(j) : -1;
        }

        private string? EntityOf(EntityMention m) => _s.Entities.EntityAt(_s.ReportId, m.Span)?.Id;

        private TimeExpression? TimeIn(Clause c, int from = -1)
        {
            int first = Math.Max(c.Start, from);
            if (first >= c.End) return null; // nothing after the speech verb
            var span = new Span(SpanOf(first).Start, SpanOf(c.End - 1).End);
            TimeExpression? best = null;
            foreach (var t in _times)
            {
                if (!span.Contains(t.Span) || t.Type == TimeType.Duration) continue; // "a few hours" is no event time
                if (c.Inner is { } inner && t.Span.Start >= SpanOf(inner.From).Start && t.Span.End <= SpanOf(inner.To - 1).End) continue; // the relative clause's time
                if (best is null || (!best.Anchored && t.Anchored)) best = t;
            }
            return best;
        }

        private void EmitClaim(Clause c, List<Clause> clauses, int k, TimeExpression? sinceTime)
        {
            int first = c.Start;
            while (first + 1 < c.End && _cls[first] is WordClass.Coordinator or WordClass.Comma) first++; // "and met the mayor" → "met the mayor"
            var span = new Span(SpanOf(first).Start, SpanOf(c.End - 1).End);
            Group? g = c.Groups.Count == 0 ? null : c.Groups[0];
            string? attribution = c.Attribution;
            string? attributionId = c.AttributionId;
            Modality? modality = null;
            bool negated = false;
            string predicate;
            string? subject = null, subjectId = null, obj = null;
            int timeFrom = -1;
            if (c.QuoteClaim)
            {
                var inner = QuoteGroup(c);
                // a short quote without a verb ("Yes", "Oh, God", "Murderers") states no event: no claim
                if (inner is null && Enumerable.Range(c.Start, c.End - c.Start).Count(i => Tok(i).Kind == TokenKind.Word) < MinVerblessQuoteWords) return;
                predicate = inner?.Lemma ?? "say";
                modality = inner?.Modality;
                negated = inner?.Negated ?? false;
                subject = attribution;
                subjectId = attributionId;
                g = inner;
            }
            else
            {
                (subject, subjectId) = Subject(c, clauses, k);
                var main = g!;
                // indirect speech: "Analysts say he is now looking ...", "a spokesman told a briefing the ministers will meet ..."
                if (c.Groups.Count > 1 && SpeechVerbs.Lemmas.Contains(main.Lemma) && main.Lemma is not "expect" and not "agree")
                {
                    attribution ??= subject;
                    attributionId ??= subjectId;
                    var complement = c.Groups[1];
                    var sub = new Clause { Start = main.End, End = c.End, Inner = c.Inner };
                    sub.Groups.AddRange(c.Groups.Skip(1));
                    (subject, subjectId) = Subject(sub, clauses, -1, complement: true);
                    main = complement;
                    // the time of what is said, not of the saying: from the complement's subject on
                    timeFrom = complement.Start;
                    while (timeFrom - 1 >= c.Groups[0].End && IsNounPhraseToken(timeFrom - 1)) timeFrom--;
                    while (timeFrom < complement.Start && _times.Any(t => t.Span.Contains(SpanOf(timeFrom)))) timeFrom++;
                    if (main.Lemma == "hope" || c.Groups[0].Lemma == "hope") modality = Modality.Hoped;
                }
                predicate = main.Lemma;
                modality ??= main.Modality;
                negated = main.Negated;
                g = main;
                obj = Object(main, c.End);
                var according = AccordingTo(c);
                if (according is not null) { attribution ??= according.Value.Text; attributionId ??= according.Value.Id; }
                // "allegations that it meddled", "his statement that the bullet bounced": what a noun of saying holds is its word, not the report's
                if (attribution is null && c.Start > 0 && _lower[c.Start] == "that" && _cls[c.Start - 1] == WordClass.Noun && NounOfSaying(c.Start - 1))
                {
                    // the noun phrase of the noun, back to the verb group before it ("rejected allegations" → "allegations")
                    int from = c.Start - 1;
                    while (from > 0 && IsNounPhraseToken(from - 1) && _cls[from - 1] != WordClass.Pronoun
                           && !clauses.Any(x => x.Groups.Any(v => v.Start <= from - 1 && from - 1 < v.End))) from--;
                    var holder = new Span(SpanOf(from).Start, SpanOf(c.Start - 1).End);
                    attribution = holder.Of(_text);
                    attributionId = _mentions.FirstOrDefault(m => holder.Contains(m.Span)) is { } named ? EntityOf(named) : null;
                }
            }
            if (predicate is "hope" or "wish") modality = Modality.Hoped;
            if (c.ForcedModality is { } forced) modality = forced;
            for (int i = c.Start; i < c.End; i++)
                if (_lower[i] == "unlikely") modality = Modality.Unlikely;
            modality ??= attribution is null ? Modality.Asserted : Modality.Reported;

            var tense = c.QuoteClaim ? Tense.Past : TenseOf(g, modality.Value, c);
            var time = (c.QuoteClaim ? null : TimeIn(c, timeFrom))
                       // what is said in the present holds when it is said: "said on Wednesday that Beijing is happy"
                       ?? (timeFrom >= 0 && tense == Tense.Present ? TimeIn(c) : null)
                       ?? (c.Since ? null : sinceTime) ?? Inherited(tense);
            var ids = new List<string>();
            if (subjectId is not null) ids.Add(subjectId);
            foreach (var m in _mentions)
                if (span.Contains(m.Span) && EntityOf(m) is { } id && !ids.Contains(id)) ids.Add(id);
            var arguments = Arguments(c, g);
            if (c.Start > 0 && _cls[c.Start] == WordClass.Relative && _lower[c.Start] is "where")
            {
                var (place, placeId) = Antecedent(c.Start);
                if (place is not null)
                {
                    arguments.Insert(0, new ClaimArgument("place", place, AntecedentSpan(c.Start), placeId));
                    if (placeId is not null && !ids.Contains(placeId)) ids.Add(placeId);
                }
            }
            if (attributionId is not null && !ids.Contains(attributionId)) ids.Add(attributionId);
            var claim = new Claim($"{_s.ReportId}-c{_s.Claims.Count + 1}", _s.ReportId, span, span.Of(_text), predicate)
            {
                Sentence = _sentence.Index,
                Subject = subject,
                SubjectEntityId = subjectId,
                Object = obj,
                Arguments = arguments,
                Attribution = attribution,
                AttributionEntityId = attributionId,
                Modality = modality.Value,
                Tense = tense,
                Negated = negated,
                Time = time,
                EntityIds = ids,
            };
            _s.Claims.Add(claim);
            EmitEvents(c, first, g, claim);
            var speakerId = attributionId ?? subjectId;
            if (speakerId is not null && _s.Entities.ById(speakerId) is { Type: EntityType.Person or EntityType.Other } person
                && (person.Type == EntityType.Person || c.QuoteClaim || SpeechVerbs.Lemmas.Contains(predicate) || attributionId is not null))
                _s.LastPerson = (person.Name, person.Id);
            else if (subjectId is not null && _s.Entities.ById(subjectId) is { Type: EntityType.Person or EntityType.Other } subj
                && subj.Mentions.Count > 1 && !subj.Name.Contains(' ') && Lexicon.Find(subj.Name.ToLowerInvariant()) is null)
                _s.LastPerson = (subj.Name, subj.Id);
            else if (_s.LastPerson is null)
                foreach (var m in _mentions)
                    if (span.Contains(m.Span) && m.Type == EntityType.Person) _s.LastPerson = (m.Text, EntityOf(m));
        }

        private Tense TenseOf(Group? g, Modality modality, Clause c)
        {
            if (modality is Modality.Expected || (modality is Modality.Planned && g is not { Past: true })) return Tense.Future;
            if (g is null) return c.QuoteClaim ? Tense.Past : Tense.Unknown;
            if (g.Past) return Tense.Past;
            for (int i = g.Start; i <= g.Head && i < _n; i++)
                if (_cls[i] is WordClass.Auxiliary or WordClass.Modal) return _lower[i] is "will" or "shall" or "’ll" or "'ll" ? Tense.Future : Tense.Present;
            var w = _lower[g.Head];
            if (w.EndsWith("ed", StringComparison.Ordinal) || Lexicon.IsIrregularVerbForm(w)) return Tense.Past;
            return Tense.Present;
        }

        /// <summary>Whether the noun at <paramref name="i"/> names a saying: a verb of saying as a noun ("report", "claim") or derived from one ("statement", "allegation").</summary>
        private bool NounOfSaying(int i)
        {
            if (Lexicon.Lemma(_lower[i], PartsOfSpeech.Noun) is not { } lemma) return false;
            static bool Saying(string l) => SpeechVerbs.FrameLemmas.Contains(l);
            if (Saying(lemma) || (Lexicon.Find(lemma)?.Derivations.Any(Saying) ?? false)) return true;
            // the lexicon's derivations miss some: "allegation" ← "allege", "confirmation" ← "confirm"
            if (!lemma.EndsWith("ation", StringComparison.Ordinal)) return false;
            var stem = lemma[..^5];
            return Saying(stem) || Saying(stem + "e") || SpeechVerbs.FrameLemmas.Any(l => Lexicon.Find(l)?.Derivations.Contains(lemma) == true);
        }

        private Span AntecedentSpan(int relative) => AntecedentOf(relative)?.Span ?? SpanOf(Math.Max(0, relative - 1));

        /// <summary>
        /// A narrative clause with no time of its own happens when the recent claims of the same tense did,
        /// on the story's own days (a week before the report's date to a week after).
        /// </summary>
        private TimeExpression? Inherited(Tense tense)
        {
            if (tense is not (Tense.Past or Tense.Future)) return null;
            var published = _s.Analysis.Report.Published;
            if (published is null) return null;
            for (int k = _s.Claims.Count - 1; k >= 0; k--)
            {
                var previous = _s.Claims[k];
                if (_sentence.Index - previous.Sentence > 1) return null;
                if (previous.Tense != tense) continue;
                if (previous.Time is not { Anchored: true, Granularity: Granularity.Day } t) continue;
                if (!DateOnly.TryParseExact(t.Value, "yyyy-MM-dd", out var day)) continue;
                var delta = published.Value.DayNumber - day.DayNumber;
                return delta is >= -7 and <= 7 ? t : null;
            }
            return null;
        }

        /// <summary>How many words a stand-alone quote without a verb needs to be a claim of its own ("say").</summary>
        private const int MinVerblessQuoteWords = 4;

        /// <summary>
        /// The verb group of a stand-alone quote: the first auxiliary or modal ("we will win"), the auxiliary a contraction
        /// holds ("I don't know", "it's tough"), or the first word that can be a verb after a subject pronoun, adverbs
        /// allowed between ("it never seems to end"), or a verb form after a name or a determined noun ("the country needs
        /// help"); null when the quote has none ("Yes", "Fix Its").
        /// </summary>
        private Group? QuoteGroup(Clause c)
        {
            for (int i = c.Start; i < c.End; i++)
            {
                if (Tok(i).Kind != TokenKind.Word) continue;
                if (_cls[i] is WordClass.Auxiliary or WordClass.Modal) return VerbGroupFromQuoted(i, c.End);
                // the contraction as one token ("don't"), or a pronoun and its clitic as two ("It" "'s")
                int at = i;
                var aux = WordClasses.ContractedAuxiliary(_lower[i]);
                if (aux is null && _cls[i] == WordClass.Pronoun && i + 1 < c.End && _lower[i + 1] is ['\'' or '’', ..])
                    aux = WordClasses.ContractedAuxiliary(_lower[i] + _lower[at = i + 1]);
                if (aux is not null)
                {
                    // "it's tough", "I don't know", "we've gone": the verb after the contraction, else the auxiliary itself
                    int v = at + 1;
                    while (v < c.End && _cls[v] is WordClass.Adverb or WordClass.Not) v++;
                    bool verbFollows = v < c.End && VerbCapable(v) && (aux is not ("be" or "have") || _lower[v].EndsWith("ing", StringComparison.Ordinal)
                        || _lower[v].EndsWith("ed", StringComparison.Ordinal) || Lexicon.IsIrregularVerbForm(_lower[v]));
                    bool not = _lower[at].EndsWith("n't", StringComparison.Ordinal) || _lower[at].EndsWith("n’t", StringComparison.Ordinal);
                    return verbFollows
                        ? new Group(at, v, v + 1, Lexicon.Lemma(_lower[v], PartsOfSpeech.Verb)!, true, null, not, false)
                        : new Group(at, at, at + 1, aux, true, null, not, false);
                }
                int j = i + 1;
                if (_cls[i] == WordClass.Pronoun)
                    while (j < c.End && _cls[j] is WordClass.Adverb or WordClass.Not) j++;
                // after a name or a noun: a word that can only be a verb, or a verb's -s, -ed or irregular form after a
                // determined noun or a name ("the country needs help", "Jermayne fired the shot")
                else if (_cls[i] is not (WordClass.Noun or WordClass.Proper) || j >= c.End || !(_cls[j] == WordClass.Verb
                         || VerbCapable(j) && (_cls[i] == WordClass.Proper || i > c.Start && _cls[i - 1] is WordClass.Determiner or WordClass.Possessive)
                            && (_lower[j].EndsWith('s') || _lower[j].EndsWith("ed", StringComparison.Ordinal) || Lexicon.IsIrregularVerbForm(_lower[j]))))
                    continue;
                if (j < c.End && _cls[j] is WordClass.Auxiliary or WordClass.Modal) return VerbGroupFromQuoted(j, c.End);
                if (j < c.End && VerbCapable(j))
                    return new Group(j, j, j + 1, Lexicon.Lemma(_lower[j], PartsOfSpeech.Verb)!, true,
                        _lower[j] is "hope" or "hopes" ? Modality.Hoped : null, false, false);
            }
            return null;
        }

        private Group VerbGroupFromQuoted(int i, int end)
        {
            Modality? modality = _cls[i] == WordClass.Modal ? (_lower[i] is "could" or "may" or "might" ? Modality.Likely : Modality.Expected) : null;
            int j = i + 1;
            bool negated = false;
            while (j < end && _cls[j] is WordClass.Not or WordClass.Adverb or WordClass.Auxiliary) { negated |= _cls[j] == WordClass.Not; j++; }
            var lemma = j < end && VerbCapable(j) ? Lexicon.Lemma(_lower[j], PartsOfSpeech.Verb)! : AuxLemma(_lower[i]);
            return new Group(i, j, j + 1, lemma, true, modality, negated, false);
        }

        private string? Object(Group g, int end)
        {
            int i = g.End;
            while (i < end && _cls[i] is WordClass.Adverb or WordClass.Not) i++;
            int s = i;
            while (i < end && _cls[i] is WordClass.Determiner or WordClass.Adjective or WordClass.Noun or WordClass.Proper or WordClass.Number
                       or WordClass.Possessive || (i < end && Tok(i).Kind == TokenKind.Word && _cls[i] == WordClass.Verb && i > s)) i++;
            if (i <= s) return null;
            return _text[SpanOf(s).Start..SpanOf(i - 1).End];
        }

        private List<ClaimArgument> Arguments(Clause c, Group? g)
        {
            var list = new List<ClaimArgument>();
            int from = g?.End ?? c.Start;
            for (int i = Math.Max(c.Start, from); i < c.End; i++)
            {
                if (_cls[i] != WordClass.Preposition && _cls[i] != WordClass.To) continue;
                int j = i + 1;
                while (j < c.End && _cls[j] is WordClass.Determiner or WordClass.Adjective or WordClass.Noun or WordClass.Proper or WordClass.Number or WordClass.Possessive) j++;
                if (j == i + 1) continue;
                var span = new Span(SpanOf(i + 1).Start, SpanOf(j - 1).End);
                if (_times.Any(t => t.Span.Overlaps(span))) continue;
                var mention = _mentions.FirstOrDefault(m => span.Contains(m.Span));
                string? role = _lower[i] switch
                {
                    "in" or "at" or "on" or "near" or "inside" when mention is { Type: EntityType.Place } || _cls[i + 1] == WordClass.Proper => "place",
                    "by" when mention is not { Type: EntityType.Person } => "instrument",
                    "to" when mention is { Type: EntityType.Person } => "recipient",
                    "with" => "with",
                    _ => null,
                };
                if (role is null) continue;
                list.Add(new ClaimArgument(role, span.Of(_text), span, mention is null ? null : EntityOf(mention)));
            }
            return list;
        }

        private (string Text, string? Id)? AccordingTo(Clause c)
        {
            for (int i = c.Start; i + 2 < c.End; i++)
            {
                if (_lower[i] != "according" || _lower[i + 1] != "to") continue;
                int j = i + 2;
                while (j < c.End && _cls[j] is not (WordClass.Comma or WordClass.Stop or WordClass.Relative)) j++;
                if (j == i + 2) continue; // "according to," names no one
                var span = new Span(SpanOf(i + 2).Start, SpanOf(j - 1).End);
                var mention = _mentions.FirstOrDefault(m => span.Contains(m.Span));
                return (span.Of(_text), mention is null ? null : EntityOf(mention));
            }
            return null;
        }
    }
}
