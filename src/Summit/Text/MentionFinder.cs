using Summit.Documents;

namespace Summit.Text;

/// <summary>
/// Finds entity mentions without a trained model: runs of capitalised words (with inner
/// connectors such as "of"), typed by titles, context words and a small list of place and
/// nationality words.
/// </summary>
internal static class MentionFinder
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "President", "Prime", "Minister", "Chancellor", "King", "Queen", "Prince", "Princess", "Pope", "Secretary", "Senator", "Governor",
        "Mayor", "General", "Gen", "Lt", "Col", "Colonel", "Captain", "Mr", "Mrs", "Ms", "Dr", "Judge", "Chairman", "Chief", "Leader",
        "Spokesman", "Spokeswoman", "Spokesperson", "Ambassador", "Sheikh", "Rep", "Sen", "Gov",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "de", "del", "da", "von", "van", "al", "bin", "the", "for", "and" };

    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "If", "As", "By", "To", "Of", "It", "He", "She", "They", "We", "I",
        "His", "Her", "Their", "Its", "This", "That", "These", "Those", "There", "Then", "While", "When", "After", "Before", "Since",
        "Earlier", "Later", "Now", "Soon", "Meanwhile", "However", "Also", "Analysts", "Officials", "Some", "Many", "Both", "Our", "Your",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Mr", "Mrs", "Ms", "Dr", "What", "Who", "Where", "Why", "How", "Not", "No", "Yes", "All", "Each", "Every", "Here", "Such",
    };

    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "Ministry", "Agency", "Council", "Party", "Bank", "Union", "Committee", "Court", "Army", "Navy", "Police", "Company", "Group",
        "University", "Institute", "Association", "Organisation", "Organization", "Commission", "Department", "Office", "Kremlin",
        "Parliament", "Congress", "Senate", "Assembly", "Corporation", "Inc", "Ltd", "Times", "Post", "News", "Television", "Reuters", "AFP",
    };

    public static IReadOnlyList<EntityMention> Find(string text, List<Token> tokens, List<Sentence> sentences)
    {
        var mentions = new List<EntityMention>();
        foreach (var sentence in sentences)
        {
            int end = sentence.FirstToken + sentence.TokenCount;
            int i = sentence.FirstToken;
            while (i < end)
            {
                if (!IsCapitalised(text, tokens[i]) || (i == sentence.FirstToken || AfterOpening(text, tokens, i)) && Stop.Contains(tokens[i].Span.Of(text)))
                {
                    i++;
                    continue;
                }
                int s = i, j = i + 1;
                while (j < end)
                {
                    if (IsCapitalised(text, tokens[j]) && !Stop.Contains(tokens[j].Span.Of(text))) { j++; continue; }
                    if (j + 1 < end && tokens[j].Kind == TokenKind.Word && Connectors.Contains(tokens[j].Span.Of(text)) && IsCapitalised(text, tokens[j + 1])
                        && tokens[j].Span.Of(text) is not ("and" or "the")) { j += 2; continue; }
                    break;
                }
                var span = new Span(tokens[s].Span.Start, tokens[j - 1].Span.End);
                var name = span.Of(text);
                mentions.Add(new EntityMention(span, name, Classify(text, tokens, s, j), sentence.Index));
                i = j;
            }
        }
        return mentions;
    }

    private static bool AfterOpening(string text, List<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Kind == TokenKind.Punctuation && text[tokens[i - 1].Span.Start] is '“' or '"' or '(' or '—' or ':';

    private static bool IsCapitalised(string text, Token t) => t.Kind == TokenKind.Word && char.IsUpper(text[t.Span.Start]) && text[t.Span.Start] is not '\'' ;

    private static EntityType Classify(string text, List<Token> tokens, int s, int e)
    {
        var first = tokens[s].Span.Of(text);
        var last = tokens[e - 1].Span.Of(text);
        if (Titles.Contains(first) && e - s == 1) return EntityType.Title;
        if (e - s >= 1 && OrganisationWords.Contains(last)) return EntityType.Organisation;
        if (last.EndsWith("an", StringComparison.Ordinal) && e < tokens.Count && tokens[e].Kind == TokenKind.Word && char.IsLower(text[tokens[e].Span.Start]) && e - s <= 2)
            return EntityType.Nationality; // "North Korean leader", "Russian television"
        if (s > 0 && tokens[s - 1].Kind == TokenKind.Word)
        {
            var prev = tokens[s - 1].Span.Of(text);
            if (prev is "in" or "to" or "from" or "into" or "near" or "across") return EntityType.Place;
        }
        if (Titles.Contains(first)) return EntityType.Person;
        if (e - s >= 2) return EntityType.Person;
        return EntityType.Other;
    }
}
