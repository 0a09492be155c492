using Summit.Documents;

namespace Summit.Text;

/// <summary>Splits text into word, number and punctuation tokens, as spans. No allocation per token beyond the list.</summary>
internal static class Tokenizer
{
    public static void Tokenize(string text, Span range, List<Token> into)
    {
        int i = range.Start, end = range.End;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int s = i;
            if (char.IsLetter(c))
            {
                i++;
                while (i < end)
                {
                    char x = text[i];
                    if (char.IsLetterOrDigit(x)) { i++; continue; }
                    // inner hyphen or apostrophe: "Jean-Luc", "don't" — but not the possessive "’s", which is its own token
                    if ((x is '-' or '\'' or '’') && i + 1 < end && char.IsLetter(text[i + 1]))
                    {
                        if (x is '\'' or '’' && (text[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2]))) break;
                        i++; continue;
                    }
                    // abbreviations with inner dots: "U.S", "U.N"
                    if (x == '.' && i + 1 < end && char.IsUpper(text[i + 1]) && i - s == 1 && i + 2 < end && text[i + 2] == '.') { i++; continue; }
                    break;
                }
                into.Add(new Token(new Span(s, i), TokenKind.Word));
            }
            else if (char.IsDigit(c))
            {
                i++;
                while (i < end && (char.IsDigit(text[i]) || ((text[i] is '.' or ',' or ':') && i + 1 < end && char.IsDigit(text[i + 1])))) i++;
                into.Add(new Token(new Span(s, i), TokenKind.Number));
            }
            else if ((c is '\'' or '’') && i + 1 < end && (text[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2])))
            {
                i += 2;
                into.Add(new Token(new Span(s, i), TokenKind.Word));
            }
            else
            {
                i++;
                if (c == '.' && i + 1 < end && text[i] == '.' && text[i + 1] == '.') i += 2;
                into.Add(new Token(new Span(s, i), TokenKind.Punctuation));
            }
        }
    }
}
