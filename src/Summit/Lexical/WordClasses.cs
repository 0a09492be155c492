namespace Summit.Lexical;

/// <summary>A coarse word class, enough to find clauses and verb groups.</summary>
internal enum WordClass : byte
{
    Other,
    Determiner,
    Pronoun,
    Possessive,
    Preposition,
    Coordinator,
    Subordinator,
    Relative,
    Auxiliary,
    Modal,
    To,
    Not,
    Verb,
    Noun,
    Adjective,
    Adverb,
    Proper,
    Number,
    Comma,
    Dash,
    Stop,
    Punctuation,
}

/// <summary>The closed word classes of English, and the particles of phrasal verbs.</summary>
internal static class WordClasses
{
    private static readonly Dictionary<string, WordClass> Closed = Build();

    /// <summary>Particles that make phrasal verbs ("break down", "look for").</summary>
    public static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "down", "up", "out", "off", "on", "in", "over", "for", "away", "back", "into", "through", "apart", "ahead",
    };

    /// <summary>
    /// Lemmas too common in news to tell one statement or event from another ("be", "say", "time", "people", "report"):
    /// the aligner does not weigh them, and a noun among them names no event ("at this time", "the rest").
    /// </summary>
    public static readonly HashSet<string> Light = new(
    [
        "be", "have", "do", "say", "tell", "make", "get", "go", "come", "take", "give", "mr", "mrs", "ms", "year", "time", "day", "week", "month",
        "report", "news", "agency", "official", "people", "way", "thing", "lot", "part", "first", "last", "new", "other", "such", "own",
        "accord", "expect", "due", "likely", "unlikely", "able", "keen", "plan", "today", "yesterday", "tomorrow",
        "earlier", "later", "now", "just", "still", "already", "also", .. CalendarWords.WeekdayNames, .. CalendarWords.MonthNames,
    ], StringComparer.Ordinal);

    /// <summary>Participles that work as prepositions and name no event ("according to", "following the storm").</summary>
    public static readonly HashSet<string> PrepositionalParticiples = new(StringComparer.Ordinal)
    {
        "according", "following", "regarding", "concerning", "pending", "considering", "excluding", "notwithstanding",
    };

    /// <summary>The closed class of a lower-case word, or <see cref="WordClass.Other"/>.</summary>
    public static WordClass Of(string lower) => Closed.GetValueOrDefault(lower, WordClass.Other);

    private static Dictionary<string, WordClass> Build()
    {
        var d = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        void Add(WordClass c, string words)
        {
            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries)) d[w] = c;
        }
        Add(WordClass.Determiner, "the a an this that these those some any no every each another such both either neither all many several few much more most other");
        Add(WordClass.Pronoun, "i you he she it we they me him us them itself himself herself themselves ourselves myself one someone something nobody everyone anyone");
        Add(WordClass.Possessive, "my your his her its our their 's ’s");
        Add(WordClass.Preposition, "as in on at by for with from of into onto over under about against between among through during without within across along around near off upon toward towards despite including like per via amid amidst behind beyond inside outside except past than alongside throughout beside besides underneath");
        Add(WordClass.Coordinator, "and or but nor yet");
        Add(WordClass.Subordinator, "while although though because since after before whereas until unless if once whether");
        Add(WordClass.Relative, "where which who whom whose when that");
        Add(WordClass.Auxiliary, "am is are was were be been being has have had do does did");
        Add(WordClass.Modal, "will would can could may might must shall should 'll ’ll");
        Add(WordClass.To, "to");
        Add(WordClass.Not, "not n't n’t never");
        Add(WordClass.Adverb, "also now already still just only even then there here soon again ever very too quite really almost nearly later earlier recently currently reportedly allegedly apparently however meanwhile instead perhaps probably possibly likely yet how why");
        return d;
    }

    /// <summary>Whether a word is an auxiliary or modal with its negation contracted, as one token: "isn't", "didn’t", "won't".</summary>
    public static bool IsContractedNegation(string lower) =>
        lower.EndsWith("n't", StringComparison.Ordinal) || lower.EndsWith("n’t", StringComparison.Ordinal);

    /// <summary>A contracted negation's auxiliary as printed ("wasn't" → "was", "couldn’t" → "could"); any other word as it is.</summary>
    public static string WithoutNegation(string lower) => IsContractedNegation(lower) ? lower[..^3] : lower;

    /// <summary>
    /// The auxiliary a contracted word holds, as one token: "don't" → do, "it's" → be, "we've" → have, "I'll" → will;
    /// null for any other word (a name's possessive "Sami's" included).
    /// </summary>
    public static string? ContractedAuxiliary(string lower)
    {
        var w = lower.Replace('’', '\'');
        int apostrophe = w.IndexOf('\'');
        if (apostrophe <= 0) return null;
        if (IsContractedNegation(w))
            return w[..^3] switch
            {
                "do" or "does" or "did" => "do",
                "is" or "are" or "was" or "were" or "ai" => "be",
                "have" or "has" or "had" => "have",
                "ca" or "could" => "can",
                "wo" or "would" => "will",
                "should" or "must" or "might" or "need" => w[..^3],
                _ => null,
            };
        var stem = w[..apostrophe];
        bool pronoun = stem is "i" or "you" or "he" or "she" or "it" or "we" or "they" or "that" or "there" or "what" or "here" or "who" or "where";
        if (!pronoun) return null;
        return w[apostrophe..] switch
        {
            "'m" or "'re" or "'s" => "be",
            "'ve" => "have",
            "'ll" => "will",
            "'d" => "have",
            _ => null,
        };
    }
}
