namespace Summit.Text;

/// <summary>How headlines are written: Title Case ("Star Dies At 91") hides which capitalised words are names.</summary>
internal static class Headlines
{
    /// <summary>
    /// Whether a heading's tokens are in Title Case: at least three words, and every word of four letters or more starts
    /// with a capital ("Tara Reid Finally Checks Into Rehab"; not "Lindsay Lohan checks into Betty Ford Center").
    /// </summary>
    /// <remarks>Worked out once, when the text layer makes the sentence (<see cref="Sentence.TitleCase"/>).</remarks>
    public static bool IsTitleCase(string text, IReadOnlyList<Token> tokens, int first, int count)
    {
        int words = 0;
        for (int i = first; i < first + count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word) continue;
            var w = tokens[i].Span.In(text);
            if (!char.IsLetter(w[0])) continue;
            words++;
            if (w.Length >= 4 && !char.IsUpper(w[0])) return false;
        }
        return words >= 3;
    }
}
