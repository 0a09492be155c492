using Summit.Documents;
using Summit.Lexical;

namespace Summit.Text;

/// <summary>
/// Finds entity mentions without a trained model: runs of capitalised words (with inner
/// connectors such as "of"), typed by titles, context words and a small list of place and
/// nationality words; places and demonyms by the gazetteer of its <see cref="LexicalResources"/>.
/// </summary>
internal sealed class MentionFinder(LexicalResources lexicon)
{
    private readonly Gazetteer _gazetteer = lexicon.Gazetteer;
    private readonly Lexicon _words = lexicon.Words;

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "President", "Prime", "Minister", "Chancellor", "King", "Queen", "Prince", "Princess", "Pope", "Secretary", "Senator", "Governor",
        "Mayor", "General", "Gen", "Lt", "Col", "Colonel", "Captain", "Mr", "Mrs", "Ms", "Dr", "Judge", "Chairman", "Chief", "Leader",
        "Spokesman", "Spokeswoman", "Spokesperson", "Ambassador", "Sheikh", "Rep", "Sen", "Gov",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitlesLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "de", "del", "da", "von", "van", "al", "bin", "the", "for", "and" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorsLookup = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The weekdays' and months' names as written ("Monday", "January"): no name starts or ends with one.</summary>
    private static string[] CalendarNames => [.. CalendarWords.Capitalised(CalendarWords.WeekdayNames), .. CalendarWords.Capitalised(CalendarWords.MonthNames)];

    private static readonly HashSet<string> Stop = new(
    [
        "The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "If", "As", "By", "To", "Of", "It", "He", "She", "They", "We", "I",
        "His", "Her", "Their", "Its", "This", "That", "These", "Those", "There", "Then", "While", "When", "After", "Before", "Since",
        "Earlier", "Later", "Now", "Soon", "Meanwhile", "However", "Also", "Analysts", "Officials", "Some", "Many", "Both", "Our", "Your",
        "Mr", "Mrs", "Ms", "Dr", "What", "Who", "Where", "Why", "How", "Not", "No", "Yes", "All", "Each", "Every", "Here", "Such",
        .. CalendarNames,
    ], StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = Stop.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "Ministry", "Agency", "Council", "Party", "Bank", "Union", "Committee", "Court", "Army", "Navy", "Police", "Company", "Group",
        "University", "Institute", "Association", "Organisation", "Organization", "Commission", "Department", "Office", "Kremlin", "Elysee",
        "Parliament", "Congress", "Senate", "Assembly", "Corporation", "Corp", "Co", "Plc", "PLC", "LLC", "Inc", "Ltd", "Times", "Post", "News", "Television", "Reuters", "AFP",
        "House", "Pentagon", "Ministry", "Government", "Forces", "Fund", "Foundation", "Press", "Agency",
    };

    /// <summary>The words a company's name ends with ("Corp", "Inc"): such a name is one organisation, a title inside it none.</summary>
    private static readonly HashSet<string> CompanyEndings = new(StringComparer.Ordinal) { "Corp", "Corporation", "Inc", "Ltd", "Co", "Company", "Plc", "PLC", "LLC" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CompanyEndingsLookup = CompanyEndings.GetAlternateLookup<ReadOnlySpan<char>>();

    public IReadOnlyList<EntityMention> Find(string text, List<Token> tokens, List<Sentence> sentences)
    {
        var mentions = new List<EntityMention>();
        // the body first: a headline in Title Case capitalises every word, so there a capitalised word is a name only
        // when the body writes it in a name too, or the lexicon does not know it as a common word
        HashSet<string>? bodyNames = null;
        foreach (var sentence in sentences)
            if (!sentence.Heading) Find(text, tokens, sentence, null, mentions);
        bool sort = false;
        foreach (var sentence in sentences)
        {
            if (!sentence.Heading) continue;
            HashSet<string>? names = null;
            if (sentence.TitleCase)
            {
                bodyNames ??= NameWords(text, tokens, mentions);
                names = bodyNames;
            }
            int before = mentions.Count;
            Find(text, tokens, sentence, names, mentions);
            sort |= mentions.Count > before;
        }
        if (sort) mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return mentions;
    }

    /// <summary>The words of the names found so far ("Esther", "Williams", "Betty", "Ford", "Center").</summary>
    private static HashSet<string> NameWords(string text, List<Token> tokens, List<EntityMention> mentions)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type == EntityType.Title) continue;
            foreach (var w in m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (w.Length > 0 && char.IsUpper(w[0])) words.Add(NameKey(w));
        }
        return words;
    }

    /// <summary>
    /// The mentions of one sentence: runs of capitalised words. With <paramref name="titleCaseNames"/> (a Title Case
    /// headline) a capitalised word counts only when it is one of those name words or unknown to the lexicon.
    /// </summary>
    private void Find(string text, List<Token> tokens, Sentence sentence, HashSet<string>? titleCaseNames, List<EntityMention> mentions)
    {
        int end = sentence.FirstToken + sentence.TokenCount;
        int i = sentence.FirstToken;
        bool Capitalised(int k) => IsCapitalised(text, tokens[k]) && (titleCaseNames is null || IsNameWord(text, tokens[k], titleCaseNames));
        while (i < end)
        {
            if (!Capitalised(i) || (i == sentence.FirstToken || AfterOpening(text, tokens, i)) && StopLookup.Contains(tokens[i].Span.In(text)))
            {
                i++;
                continue;
            }
            int s = i, j = i + 1;
            while (j < end)
            {
                if (Capitalised(j) && !StopLookup.Contains(tokens[j].Span.In(text))) { j++; continue; }
                if (j + 1 < end && tokens[j].Kind == TokenKind.Word && ConnectorsLookup.Contains(tokens[j].Span.In(text)) && Capitalised(j + 1)
                    && tokens[j].Span.In(text) is not ("and" or "the")) { j += 2; continue; }
                break;
            }
            Add(text, tokens, s, j, sentence.Index, mentions);
            i = j;
        }
    }

    /// <summary>A name word without its possessive or plural ending, so "Lohan's" in a headline matches "Lohan" in the body.</summary>
    private static string NameKey(string word) => word.TrimEnd('\'', '’', 's');

    private bool IsNameWord(string text, Token t, HashSet<string> names)
    {
        var w = t.Span.Of(text);
        if (names.Contains(NameKey(w))) return true;
        if (w.Length > 1 && w.All(c => !char.IsLetter(c) || char.IsUpper(c))) return true; // "US", "NATO"
        return _words.PartsOf(w.ToLowerInvariant()) == PartsOfSpeech.None;
    }

    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "Peninsula", "Ocean", "Sea", "Island", "Islands", "River", "Mountains", "Lake", "Gulf", "Bay", "Strait", "Valley", "Province",
        "Region", "Square", "Street", "Airport", "Station", "Port", "Coast", "Desert", "Canal", "County", "State", "City", "District",
    };

    private static readonly HashSet<string> Calendar = new(CalendarNames, StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CalendarLookup = Calendar.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Adds the mentions of the capitalised run [s, e): a title before a name is a mention of its own
    /// ("President" + "Emmanuel Macron"), a month or weekday is none, a known place or demonym is typed by the gazetteer.
    /// </summary>
    private void Add(string text, List<Token> tokens, int s, int e, int sentence, List<EntityMention> mentions)
    {
        while (s < e && CalendarLookup.Contains(tokens[s].Span.In(text))) s++;
        while (e > s && CalendarLookup.Contains(tokens[e - 1].Span.In(text))) e--;
        if (s >= e) return;
        // "Chilean President Ana Ortega": the title splits the run (not a company's name: "General Motors Corp")
        bool company = CompanyEndingsLookup.Contains(tokens[e - 1].Span.In(text));
        for (int k = s; k < e - 1 && !company; k++)
        {
            if (!TitlesLookup.Contains(tokens[k].Span.In(text))) continue;
            int t = k;
            while (t + 1 < e - 1 && TitlesLookup.Contains(tokens[t + 1].Span.In(text))) t++;
            if (k > s) Add(text, tokens, s, k, sentence, mentions);
            var title = new Span(tokens[k].Span.Start, tokens[t].Span.End);
            mentions.Add(new EntityMention(title, title.Of(text), EntityType.Title, sentence));
            // "Prime Minister of Australia", "Secretary for Health": the office, not a person after a title
            if (ConnectorsLookup.Contains(tokens[t + 1].Span.In(text)))
            {
                if (t + 2 < e) Add(text, tokens, t + 2, e, sentence, mentions);
                return;
            }
            var rest = new Span(tokens[t + 1].Span.Start, tokens[e - 1].Span.End);
            var restType = Classify(text, tokens, t + 1, e);
            mentions.Add(new EntityMention(rest, rest.Of(text), restType is EntityType.Other ? EntityType.Person : restType, sentence));
            return;
        }
        var span = new Span(tokens[s].Span.Start, tokens[e - 1].Span.End);
        mentions.Add(new EntityMention(span, span.Of(text), Classify(text, tokens, s, e), sentence));
    }

    private static bool AfterOpening(string text, List<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Kind == TokenKind.Punctuation && text[tokens[i - 1].Span.Start] is '“' or '"' or '(' or '—' or ':';

    private static bool IsCapitalised(string text, Token t) => t.Kind == TokenKind.Word && char.IsUpper(text[t.Span.Start]) && text[t.Span.Start] is not '\'' ;

    private EntityType Classify(string text, List<Token> tokens, int s, int e)
    {
        var first = tokens[s].Span.Of(text);
        var last = tokens[e - 1].Span.Of(text);
        var whole = text[tokens[s].Span.Start..tokens[e - 1].Span.End];
        if (_gazetteer.CountryOfDemonym(whole) is not null) return EntityType.Nationality;
        if (_gazetteer.Find(whole) is not null && !OrganisationWords.Contains(last)) return EntityType.Place;
        if (PlaceWords.Contains(last)) return EntityType.Place;
        if (Titles.Contains(first) && e - s == 1) return EntityType.Title;
        if (e - s >= 1 && OrganisationWords.Contains(last)) return EntityType.Organisation;
        if (last.EndsWith("an", StringComparison.Ordinal) && e < tokens.Count && tokens[e].Kind == TokenKind.Word && char.IsLower(text[tokens[e].Span.Start]) && e - s <= 2
            && (_words.PartsOf(tokens[e].Span.Of(text)) & (PartsOfSpeech.Noun | PartsOfSpeech.Adjective)) != 0)
            return EntityType.Nationality; // "Chilean senator", "Peruvian television" (not a name before its verb: "Ann Rodan taught")
        if (s > 0 && tokens[s - 1].Kind == TokenKind.Word)
        {
            var prev = tokens[s - 1].Span.Of(text);
            if (prev is "in" or "into" or "near" or "across") return EntityType.Place;
        }
        if (Titles.Contains(first)) return EntityType.Person;
        // "Church of England", "Council for Refugees": an institution (a place where it opens with a place word: "Gulf of Aden")
        for (int k = s + 1; k < e - 1; k++)
            if (tokens[k].Span.In(text) is "of" or "for") return PlaceWords.Contains(first) ? EntityType.Place : EntityType.Organisation;
        if (e - s >= 2) return EntityType.Person;
        return EntityType.Other;
    }
}
