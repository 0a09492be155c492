namespace Summit.Quantities;

/// <summary>The kinds of token the quantity scanner sees.</summary>
internal enum QTokKind : byte { Word, Number, Symbol, Punct }

/// <summary>A token of the quantity scanner: a span and whether white space precedes it. No heap object per token.</summary>
internal readonly record struct QTok(int Start, int End, QTokKind Kind, bool SpaceBefore)
{
    public int Length => End - Start;
}

/// <summary>Splits a range of text into words, numbers, symbols and punctuation, keeping offsets.</summary>
internal static class QuantityTokenizer
{
    public static void Tokenize(string text, int start, int end, List<QTok> tokens)
    {
        int i = start;
        bool space = true;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { space = true; i++; continue; }
            int s = i;
            QTokKind kind;
            if (char.IsDigit(c))
            {
                i++;
                while (i < end && (char.IsDigit(text[i]) || ((text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsDigit(text[i + 1])))) i++;
                kind = QTokKind.Number;
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < end)
                {
                    char d = text[i];
                    if (char.IsLetter(d)) { i++; continue; }
                    if ((d == '\'' || d == '’') && i + 1 < end && char.IsLetter(text[i + 1])) { i++; continue; }
                    if (d == '.' && i - s == 1 && i + 2 < end && char.IsLetter(text[i + 1]) && text[i + 2] == '.') { i++; continue; }
                    if (d == '.' && i + 2 < end && i - 2 >= start && text[i - 2] == '.' && char.IsLetter(text[i + 1]) && text[i + 2] == '.') { i++; continue; }
                    break;
                }
                // Abbreviations with periods: "U.S.", "a.m.", "p.m.", "Rs."
                if (i < end && text[i] == '.' && i - s <= 3 && IsDottedAbbreviation(text, s, i)) i++;
                kind = QTokKind.Word;
            }
            else if (c is '$' or '€' or '£' or '¥' or '₹' or '₩' or '₽' or '%' or '°' or '²' or '³')
            {
                i++;
                kind = QTokKind.Symbol;
            }
            else
            {
                i++;
                kind = QTokKind.Punct;
            }
            tokens.Add(new QTok(s, i, kind, space));
            space = false;
        }
    }

    private static bool IsDottedAbbreviation(string text, int start, int end)
    {
        // "U.S" + "." / "a.m" + "." / "Rs" + "."
        var word = text.AsSpan(start, end - start);
        return word.Contains('.') || word.Equals("Rs", StringComparison.Ordinal) || word.Equals("No", StringComparison.Ordinal) || word.Equals("approx", StringComparison.OrdinalIgnoreCase);
    }
}
