using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Summit.Documents;

/// <summary>
/// Turns a report file's bytes into its text. A byte-order mark decides first (UTF-8, UTF-16 LE/BE,
/// UTF-32 LE/BE; the mark itself is dropped, so offsets count from the first character after it);
/// else an HTML page's declared charset (<c>&lt;meta charset&gt;</c>, <c>http-equiv</c> content type
/// or an XML declaration, in its first 4 KB) is honoured, with the WHATWG label aliases
/// (iso-8859-1 and us-ascii are read as windows-1252); else the bytes must be UTF-8. Line endings
/// are kept as they are. Bytes that the chosen encoding cannot decode give a
/// <see cref="SummitException"/> naming the offset of the first bad byte.
/// </summary>
internal static partial class ReportDecoding
{
    /// <summary>How far into a page its charset declaration is looked for.</summary>
    internal const int PrescanLength = 4096;

    // <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">, <meta content="...charset=x" ...>
    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*(?<cs>[A-Za-z0-9_\-:.()]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"\A\s*<\?xml\b[^>]*?\bencoding\s*=\s*[""'](?<cs>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlEncoding();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    // Labels browsers read as another encoding than their name says (WHATWG Encoding Standard).
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["iso-8859-1"] = "windows-1252", ["iso8859-1"] = "windows-1252", ["iso_8859-1"] = "windows-1252", ["latin1"] = "windows-1252",
        ["l1"] = "windows-1252", ["cp819"] = "windows-1252", ["ibm819"] = "windows-1252", ["us-ascii"] = "windows-1252",
        ["ascii"] = "windows-1252", ["ansi_x3.4-1968"] = "windows-1252", ["cp1252"] = "windows-1252", ["x-cp1252"] = "windows-1252",
        ["iso-8859-9"] = "windows-1254", ["latin5"] = "windows-1254", ["iso-8859-11"] = "windows-874", ["tis-620"] = "windows-874",
        ["gb2312"] = "gbk", ["x-gbk"] = "gbk", ["x-sjis"] = "shift_jis", ["sjis"] = "shift_jis", ["ks_c_5601-1987"] = "euc-kr",
        // a page whose declaration can be read as ASCII is not UTF-16
        ["utf-16"] = "utf-8", ["utf-16le"] = "utf-8", ["utf-16be"] = "utf-8", ["unicode"] = "utf-8", ["utf8"] = "utf-8",
        // labels no browser honours
        ["utf-32"] = "utf-8", ["utf-32le"] = "utf-8", ["utf-32be"] = "utf-8", ["utf-7"] = "utf-8", ["unicode-1-1-utf-7"] = "utf-8",
    };

    /// <summary>Decodes <paramref name="bytes"/>, the content of <paramref name="file"/>.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="htmlByName">Whether the file's name says it is an HTML page (.html, .htm); a file whose text starts as a page is one anyway.</param>
    /// <param name="id">The report id, for the exception.</param>
    /// <param name="file">The file's name or path, for the exception's message.</param>
    /// <returns>The text, without its byte-order mark.</returns>
    /// <exception cref="SummitException">The bytes are not text in the encoding found (the message gives the offset of the first bad byte).</exception>
    public static string Decode(byte[] bytes, bool htmlByName, string id, string file)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var span = bytes.AsSpan();
        // UTF-32 LE before UTF-16 LE: its mark starts with UTF-16 LE's
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return FromUtf32(bytes, 4, bigEndian: false, id, file);
        if (span.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return FromUtf32(bytes, 4, bigEndian: true, id, file);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return FromUtf8(bytes, 3, id, file, "UTF-8");
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return FromUtf16(bytes, 2, bigEndian: false, id, file);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return FromUtf16(bytes, 2, bigEndian: true, id, file);

        if (DeclaredCharset(span, htmlByName) is { } declared)
        {
            if (declared.Encoding is null) return FromUtf8(bytes, 0, id, file, $"UTF-8 (the page declares the charset '{declared.Label}', which is unknown)");
            if (declared.Encoding.CodePage != Encoding.UTF8.CodePage) return Legacy(bytes, declared.Encoding, declared.Label, id, file);
        }
        return FromUtf8(bytes, 0, id, file, "UTF-8");
    }

    /// <summary>The charset an HTML page declares in its first <see cref="PrescanLength"/> bytes: its label, and its encoding (null: unknown label). Null when it is no page or declares none.</summary>
    internal static (string Label, Encoding? Encoding)? DeclaredCharset(ReadOnlySpan<byte> bytes, bool htmlByName)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanLength)]);
        if (!htmlByName && !HtmlStart.IsPage(head)) return null;
        var xml = XmlEncoding().Match(head);
        head = Comment().Replace(head, " ");
        var meta = MetaCharset().Match(head);
        var label = meta.Success ? meta.Groups["cs"].Value : xml.Success ? xml.Groups["cs"].Value : null;
        if (label is null) return null;
        label = label.Trim().TrimEnd('.', ':');
        return (label, EncodingOf(label));
    }

    /// <summary>The encoding a charset label names (the code pages of <see cref="CodePagesEncodingProvider"/> included), or null.</summary>
    internal static Encoding? EncodingOf(string label)
    {
        var name = Aliases.TryGetValue(label, out var alias) ? alias : label;
        if (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase)) return Encoding.UTF8;
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null; // not a name .NET knows, or one it will not decode
        }
    }

    private static string FromUtf8(byte[] bytes, int skip, string id, string file, string what)
    {
        var span = bytes.AsSpan(skip);
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, span.Length));
        try
        {
            var status = Utf8.ToUtf16(span, chars, out int read, out int written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done) return new string(chars, 0, written);
            // InvalidData, or NeedMoreData for a sequence cut short by the end of the file
            throw Bad(id, file, skip + read, bytes, what);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string FromUtf16(byte[] bytes, int skip, bool bigEndian, string id, string file)
    {
        string name = bigEndian ? "UTF-16 BE" : "UTF-16 LE";
        int n = bytes.Length - skip;
        var chars = new char[n / 2];
        for (int k = 0; k < chars.Length; k++)
        {
            int at = skip + 2 * k;
            chars[k] = (char)(bigEndian ? bytes[at] << 8 | bytes[at + 1] : bytes[at + 1] << 8 | bytes[at]);
        }
        for (int k = 0; k < chars.Length; k++)
        {
            if (char.IsHighSurrogate(chars[k]) && k + 1 < chars.Length && char.IsLowSurrogate(chars[k + 1])) { k++; continue; }
            if (char.IsSurrogate(chars[k])) throw Bad(id, file, skip + 2 * k, bytes, name + " (an unpaired surrogate)");
        }
        if (n % 2 != 0) throw Bad(id, file, bytes.Length - 1, bytes, name + " (an odd byte at the end)");
        return new string(chars);
    }

    private static string FromUtf32(byte[] bytes, int skip, bool bigEndian, string id, string file)
    {
        string name = bigEndian ? "UTF-32 BE" : "UTF-32 LE";
        int n = bytes.Length - skip;
        var text = new StringBuilder(n / 4);
        for (int at = skip; at + 4 <= bytes.Length; at += 4)
        {
            uint v = bigEndian
                ? (uint)(bytes[at] << 24 | bytes[at + 1] << 16 | bytes[at + 2] << 8 | bytes[at + 3])
                : (uint)(bytes[at + 3] << 24 | bytes[at + 2] << 16 | bytes[at + 1] << 8 | bytes[at]);
            if (!Rune.IsValid(v)) throw Bad(id, file, at, bytes, name);
            text.Append(new Rune(v).ToString());
        }
        if (n % 4 != 0) throw Bad(id, file, bytes.Length - n % 4, bytes, name + " (a cut-off character at the end)");
        return text.ToString();
    }

    private static string Legacy(byte[] bytes, Encoding encoding, string label, string id, string file)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            return strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw Bad(id, file, Math.Clamp(e.Index, 0, Math.Max(0, bytes.Length - 1)), bytes, $"{encoding.WebName} (the charset '{label}' the page declares)", e);
        }
    }

    private static SummitException Bad(string id, string file, int offset, byte[] bytes, string what, Exception? inner = null)
    {
        var b = offset < bytes.Length ? $"byte 0x{bytes[offset]:X2}" : "the end of the file";
        var message = $"'{file}' is not readable text: {b} at offset {offset} is not valid {what}. A report must be UTF-8, UTF-16 or UTF-32 with a byte-order mark, or an HTML page in the charset it declares (binary?).";
        return inner is null ? new SummitException(message) { ReportId = id } : new SummitException(message, inner) { ReportId = id };
    }
}
