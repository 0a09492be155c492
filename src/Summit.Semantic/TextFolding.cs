using System.Text;

namespace Summit.Semantic;

/// <summary>
/// Folds what the model's lower-cased, accent-free vocabulary would not read as written: typographic quotes and
/// apostrophes to ASCII ("it’s" → "it's"), dashes to "-", and accented Latin letters to their base letter ("é" →
/// "e"). The folding is a table, not Unicode normalisation, which does nothing under invariant globalization.
/// </summary>
internal static class TextFolding
{
    private const string Accented = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ" +
        "ĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľŁłŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž";
    private const string Plain = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyy" +
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIiJjKkLlLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZz";

    private static readonly Dictionary<char, string> Map = Build();

    private static Dictionary<char, string> Build()
    {
        var map = new Dictionary<char, string>();
        for (int i = 0; i < Accented.Length; i++) map[Accented[i]] = Plain[i].ToString();
        foreach (var c in "\u2018\u2019\u201A\u201B\u2032\u0060\u00B4") map[c] = "'";
        foreach (var c in "\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB") map[c] = "\"";
        foreach (var c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212") map[c] = "-";
        foreach (var c in "\u00A0\u2007\u202F\u2009\u200A\u2002\u2003") map[c] = " ";
        map['\u2026'] = "...";
        map['ß'] = "ss";
        map['Æ'] = "AE"; map['æ'] = "ae"; map['Œ'] = "OE"; map['œ'] = "oe";
        return map;
    }

    /// <summary>The text with the characters above folded; the same string when there is nothing to fold.</summary>
    public static string Fold(string text)
    {
        int first = -1;
        for (int i = 0; i < text.Length; i++)
            if (text[i] > 0x7F && Map.ContainsKey(text[i])) { first = i; break; }
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            if (text[i] > 0x7F && Map.TryGetValue(text[i], out var to)) sb.Append(to);
            else sb.Append(text[i]);
        }
        return sb.ToString();
    }
}
