namespace Summit.Documents;

/// <summary>
/// Whether a text starts as an HTML page, whatever its file's name says: after white space, an
/// optional XML declaration (<c>&lt;?xml … ?&gt;</c>) and any number of comments (<c>&lt;!-- … --&gt;</c>)
/// with white space between them, <c>&lt;!DOCTYPE html</c> or <c>&lt;html</c> (any case). The one
/// judgement that both the charset prescan (<see cref="ReportDecoding"/>) and the choice of reader
/// (<see cref="ReportFiles"/>) use. A linear scan: no regular expression, no backtracking.
/// </summary>
internal static class HtmlStart
{
    /// <summary>Whether <paramref name="text"/> starts as an HTML page.</summary>
    /// <param name="text">The text, or its first characters (a comment cut short is not a page's start).</param>
    public static bool IsPage(ReadOnlySpan<char> text)
    {
        var t = text.TrimStart();
        if (t.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            int end = t.IndexOf('>');
            if (end < 0) return false;
            t = t[(end + 1)..].TrimStart();
        }
        while (t.StartsWith("<!--", StringComparison.Ordinal))
        {
            int end = t[4..].IndexOf("-->", StringComparison.Ordinal);
            if (end < 0) return false;
            t = t[(4 + end + 3)..].TrimStart();
        }
        if (t.StartsWith("<html", StringComparison.OrdinalIgnoreCase)) return true;
        if (!t.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase)) return false;
        var rest = t[9..];
        var name = rest.TrimStart();
        return name.Length < rest.Length && name.StartsWith("html", StringComparison.OrdinalIgnoreCase);
    }
}
