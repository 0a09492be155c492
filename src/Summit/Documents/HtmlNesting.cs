using System.Text;

namespace Summit.Documents;

/// <summary>
/// Bounds how deep a page's elements nest before it is parsed, in one pass over its markup. HTML
/// tree building checks the stack of open elements for each start tag, and every walk of the tree
/// goes as deep as it nests, so a page of 100,000 nested &lt;div&gt;s costs time in the square of its
/// length; no article nests more than a few dozen levels. Start tags deeper than
/// <see cref="MaxDepth"/> (and their end tags) are replaced by a space, keeping their content;
/// paragraphs, headings and list items are kept at any depth (they cannot nest in themselves).
/// Comments, declarations and the content of script, style and other raw-text elements are
/// skipped, not read as tags. A &lt;br&gt; becomes <see cref="HtmlExtractor.Break"/> here, in the
/// same pass, rather than in the parsed tree, where replacing each of many sibling nodes costs
/// time in the number of siblings.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>The deepest element kept.</summary>
    public const int MaxDepth = 256;

    // How far down the stack an end tag looks for its start tag; a stray end tag is left to the parser.
    private const int EndTagReach = 64;

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "frame", "basefont", "bgsound",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal) { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes" };

    // Kept at any depth: the tree builder closes an open one before it opens the next.
    private static readonly HashSet<string> SelfClosing = new(StringComparer.Ordinal) { "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd" };

    // Start tags that close an open paragraph.
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer",
        "form", "header", "hgroup", "main", "menu", "nav", "ol", "p", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing",
        "table", "li", "dd", "dt",
    };

    /// <summary><paramref name="html"/> with its nesting bounded to <see cref="MaxDepth"/> and its &lt;br&gt;s made marks (the same string when there is nothing to change).</summary>
    public static string Limit(string html, CancellationToken cancellationToken = default) => Limit(html, MaxDepth, cancellationToken);

    /// <summary><paramref name="html"/> with its nesting bounded to <paramref name="maxDepth"/> and its &lt;br&gt;s made marks (the same string when there is nothing to change).</summary>
    public static string Limit(string html, int maxDepth, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var open = new List<(string Name, bool Dropped)>();
        StringBuilder? output = null;
        int copied = 0, i = 0, n = html.Length, tags = 0;

        void Replace(int from, int to, char with)
        {
            output ??= new StringBuilder(html.Length);
            output.Append(html, copied, from - copied).Append(with);
            copied = to;
        }

        while (i < n)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= n) break;
            if ((++tags & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            char c = html[lt + 1];
            if (c == '!')
            {
                if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
                {
                    int close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                    i = close < 0 ? n : close + 3;
                }
                else i = After(html, html.IndexOf('>', lt));
                continue;
            }
            if (c == '?') { i = After(html, html.IndexOf('>', lt)); continue; }
            bool end = c == '/';
            int nameStart = end ? lt + 2 : lt + 1;
            if (nameStart >= n || !char.IsAsciiLetter(html[nameStart])) { i = lt + 1; continue; }
            int nameEnd = nameStart;
            while (nameEnd < n && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_')) nameEnd++;
            var name = html[nameStart..nameEnd].ToLowerInvariant();
            int tagEnd = TagEnd(html, nameEnd);
            i = After(html, tagEnd);

            if (end)
            {
                for (int k = open.Count - 1; k >= 0 && k >= open.Count - EndTagReach; k--)
                {
                    if (open[k].Name != name) continue;
                    bool dropped = open[k].Dropped;
                    open.RemoveRange(k, open.Count - k);
                    if (dropped) Replace(lt, i, ' ');
                    break;
                }
                continue;
            }
            if (name == "br") { Replace(lt, i, HtmlExtractor.Break); continue; }
            if (Void.Contains(name) || (tagEnd > 0 && html[tagEnd - 1] == '/')) continue;
            if (RawText.Contains(name))
            {
                i = RawTextEnd(html, i, name);
                continue;
            }
            if (name == "plaintext") break;
            // a block closes an open paragraph; a paragraph, list item or heading closes its like
            if (open.Count > 0 && ((open[^1].Name == "p" && Blocks.Contains(name)) || (SelfClosing.Contains(name) && open[^1].Name == name))) open.RemoveAt(open.Count - 1);
            bool drop = open.Count >= maxDepth && !SelfClosing.Contains(name);
            open.Add((name, drop));
            if (drop) Replace(lt, i, ' ');
        }
        if (output is null) return html;
        output.Append(html, copied, n - copied);
        return output.ToString();
    }

    private static int After(string html, int close) => close < 0 ? html.Length : close + 1;

    /// <summary>The '&gt;' that ends a tag whose name ends at <paramref name="at"/>, past quoted attribute values; -1 when none.</summary>
    private static int TagEnd(string html, int at)
    {
        char quote = '\0', last = '\0';
        for (int k = at; k < html.Length; k++)
        {
            char c = html[k];
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            if (c == '>') return k;
            if (c is '"' or '\'' && last == '=') quote = c; // a quoted attribute value may hold '>'
            if (!char.IsWhiteSpace(c)) last = c;
        }
        return -1;
    }

    /// <summary>Where the end tag of a raw-text element opened before <paramref name="from"/> starts (the text's end when it has none).</summary>
    private static int RawTextEnd(string html, int from, string name)
    {
        int k = from;
        while (true)
        {
            int close = html.IndexOf("</", k, StringComparison.Ordinal);
            if (close < 0) return html.Length;
            int after = close + 2 + name.Length;
            if (after <= html.Length && string.Compare(html, close + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after == html.Length || html[after] is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f'))
                return close;
            k = close + 2;
        }
    }
}
