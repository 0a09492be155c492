using System.Text;
using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;

namespace Summit.Tests.Documents;

public class ReportDecodingTests
{
    // accents, a dash, CJK and a character outside the BMP (a surrogate pair in UTF-16); CRLF kept
    private const string Text = "Café — 東京 \U0001F600\r\nThe mayor said on Monday.\n";

    private static byte[] Bytes(Encoding encoding, bool bom) => (bom ? encoding.GetPreamble() : []).Concat(encoding.GetBytes(Text)).ToArray();

    public static IEnumerable<TestCaseData> Unicode()
    {
        yield return new TestCaseData(Bytes(new UTF8Encoding(false), false)).SetName("Decode_Utf8WithoutBom_ReadsTheText");
        yield return new TestCaseData(Bytes(new UTF8Encoding(true), true)).SetName("Decode_Utf8WithBom_DropsTheBom");
        yield return new TestCaseData(Bytes(new UnicodeEncoding(false, true), true)).SetName("Decode_Utf16LittleEndianWithBom_ReadsTheText");
        yield return new TestCaseData(Bytes(new UnicodeEncoding(true, true), true)).SetName("Decode_Utf16BigEndianWithBom_ReadsTheText");
        yield return new TestCaseData(Bytes(new UTF32Encoding(false, true), true)).SetName("Decode_Utf32LittleEndianWithBom_ReadsTheText");
        yield return new TestCaseData(Bytes(new UTF32Encoding(true, true), true)).SetName("Decode_Utf32BigEndianWithBom_ReadsTheText");
    }

    [TestCaseSource(nameof(Unicode))]
    public void Decode_UnicodeEncodings(byte[] bytes)
    {
        ReportDecoding.Decode(bytes, false, "r", "r.txt").Should().Be(Text);
    }

    [Test]
    public void Decode_Utf8WithBomHtml_BomWinsOverTheDeclaredCharset()
    {
        var bytes = new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body><p>Café</p></body></html>")).ToArray();
        ReportDecoding.Decode(bytes, true, "r", "r.html").Should().Contain("<p>Café</p>");
    }

    [Test]
    public void Decode_HtmlDeclaringWindows1252_ReadsItsCurlyQuotesAndAccents()
    {
        // 0x93/0x94 are curly quotes and 0xE9 is é in windows-1252; none is valid UTF-8 here
        var bytes = Latin("<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>x</title></head><body><p>\u0093Caf\u00E9\u0094, he said.</p></body></html>");
        ReportDecoding.Decode(bytes, false, "r", "r.txt").Should().Contain("<p>“Café”, he said.</p>");
    }

    [Test]
    public void Decode_HtmlDeclaringIso88591InHttpEquiv_ReadsItAsWindows1252()
    {
        var bytes = Latin("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>\u0093Na\u00EFve\u0094 \u0096 caf\u00E9</p></body></html>");
        ReportDecoding.Decode(bytes, true, "r", "r.html").Should().Contain("<p>“Naïve” – café</p>");
    }

    [Test]
    public void Decode_HtmlDeclaringShiftJis_ReadsTheJapanese()
    {
        var sjis = System.Text.CodePagesEncodingProvider.Instance.GetEncoding("shift_jis")!;
        var bytes = sjis.GetBytes("<html><head><meta charset=shift_jis></head><body><p>東京で会議が開かれた。</p></body></html>");
        ReportDecoding.Decode(bytes, true, "r", "r.html").Should().Contain("<p>東京で会議が開かれた。</p>");
    }

    [Test]
    public void Decode_CommentedOutDeclaration_IsIgnored()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><!-- <meta charset=\"windows-1252\"> --><meta charset=\"utf-8\"></head><body><p>Café</p></body></html>");
        ReportDecoding.Decode(bytes, true, "r", "r.html").Should().Contain("<p>Café</p>");
    }

    [TestCase("x-no-such-charset")]
    [TestCase("utf-32")]
    [TestCase("utf-7")]
    [TestCase("utf-16le")]
    public void Decode_UnknownOrUnusableDeclaredCharset_ReadsUtf8(string label)
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"" + label + "\"></head><body><p>Café</p></body></html>");
        ReportDecoding.Decode(bytes, true, "r", "r.html").Should().Contain("<p>Café</p>");
    }

    [Test]
    public void Decode_PlainTextMentioningACharset_IsStillUtf8()
    {
        // only a page's declaration counts: a plain-text report quoting markup is UTF-8
        var bytes = Latin("The page said <meta charset=\"windows-1252\"> and caf\u00E9.");
        var act = () => ReportDecoding.Decode(bytes, false, "r", "r.txt");
        act.Should().Throw<SummitException>().WithMessage("*byte 0xE9 at offset 51*");
    }

    [Test]
    public void Decode_InvalidUtf8_ThrowsSummitExceptionWithTheOffsetOfTheFirstBadByte()
    {
        var bytes = Encoding.UTF8.GetBytes("The mayor said ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" on Monday.")).ToArray();
        var act = () => ReportDecoding.Decode(bytes, false, "mayor", "mayor.txt");
        var e = act.Should().Throw<SummitException>().Which;
        e.ReportId.Should().Be("mayor");
        e.Message.Should().Contain("'mayor.txt'").And.Contain("byte 0xC3 at offset 15").And.Contain("UTF-8");
    }

    [Test]
    public void Decode_InvalidUtf8AfterBom_CountsTheOffsetInTheFile()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', (byte)'b', 0xFF };
        var act = () => ReportDecoding.Decode(bytes, false, "r", "r.txt");
        act.Should().Throw<SummitException>().WithMessage("*byte 0xFF at offset 5*");
    }

    [Test]
    public void Decode_Utf8CutShortAtTheEnd_ThrowsSummitException()
    {
        var bytes = Encoding.UTF8.GetBytes("Tokyo 東").SkipLast(1).ToArray();
        var act = () => ReportDecoding.Decode(bytes, false, "r", "r.txt");
        act.Should().Throw<SummitException>().WithMessage("*offset 6*");
    }

    [Test]
    public void Decode_Utf16WithAnOddByteAtTheEnd_ThrowsSummitException()
    {
        var bytes = Bytes(new UnicodeEncoding(false, true), true).Append((byte)'x').ToArray();
        var act = () => ReportDecoding.Decode(bytes, false, "r", "r.txt");
        act.Should().Throw<SummitException>().WithMessage($"*offset {bytes.Length - 1}*UTF-16 LE*");
    }

    [Test]
    public void Decode_Utf16WithAnUnpairedSurrogate_ThrowsSummitExceptionAtItsOffset()
    {
        var bytes = new byte[] { 0xFE, 0xFF, 0x00, 0x41, 0xD8, 0x00, 0x00, 0x42 };
        var act = () => ReportDecoding.Decode(bytes, false, "r", "r.txt");
        act.Should().Throw<SummitException>().WithMessage("*offset 4*UTF-16 BE*");
    }

    [Test]
    public void Decode_Utf32BeyondUnicode_ThrowsSummitExceptionAtItsOffset()
    {
        var bytes = new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00, 0x00, 0x00, 0x11, 0x00 };
        var act = () => ReportDecoding.Decode(bytes, false, "r", "r.txt");
        act.Should().Throw<SummitException>().WithMessage("*offset 8*UTF-32 LE*");
    }

    [Test]
    public void Decode_Empty_GivesEmptyText()
    {
        ReportDecoding.Decode([], false, "r", "r.txt").Should().BeEmpty();
    }

    [TestCase("<meta charset=\"windows-1252\">", "windows-1252")]
    [TestCase("<META HTTP-EQUIV=\"content-type\" CONTENT=\"text/html;charset=iso-8859-1\">", "iso-8859-1")]
    [TestCase("<meta content='text/html; charset=koi8-r' http-equiv='Content-Type'>", "koi8-r")]
    public void DeclaredCharset_DeclarationStyles_FindsTheLabel(string meta, string label)
    {
        var found = ReportDecoding.DeclaredCharset(Encoding.ASCII.GetBytes("<html><head>" + meta + "</head></html>"), true);
        found.Should().NotBeNull();
        found!.Value.Label.Should().Be(label);
        found.Value.Encoding.Should().NotBeNull();
    }

    private static byte[] Latin(string s) => Encoding.Latin1.GetBytes(s);
}
