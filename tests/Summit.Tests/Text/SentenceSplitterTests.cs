using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;
using Summit.Text;

namespace Summit.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var analysis = new TextAnalyzer(TestLexicon.Shipped).Analyze(new ReportReader(TestLexicon.Shipped).Read(new ReportInput("r", text)));
        return analysis.Sentences.Select(s => s.Span.Of(text)).ToArray();
    }

    [TestCase("The U.S. envoy arrived. Talks began at once.", 2)]
    [TestCase("Mr. Smith met Lt. Gen. Jones on Jan. 5 in Oslo. They talked for hours.", 2)]
    [TestCase("The index rose 2.5 percent. Bonds fell.", 2)]
    [TestCase("J. R. R. Tolkien wrote it in 1937. It sold well.", 2)]
    [TestCase("“I hope that during the talks … I will be able to have concrete discussions,” he said. Then he left.", 2)]
    [TestCase("The blast came at 10 p.m. Wednesday. Police arrived.", 2)]
    [TestCase("The offer expires at 5 p.m. EST, Nov. 9. Shares rose.", 2)]
    [TestCase("The blast came at 10 p.m. Police said three died.", 2)]
    [TestCase("He said: “We will win. We will not stop.” The crowd cheered.", 3)]
    [TestCase("The strike — the third this year — ended on Friday. Trains ran again.", 2)]
    [TestCase("Is it over? Not yet! The talks go on.", 3)]
    [TestCase("She promised aid. \"We will rebuild every home,\" she told reporters.", 2)]
    [TestCase("\"We will win.\" The crowd cheered.", 2)]
    public void Split_NewsText_RightNumberOfSentences(string text, int count) =>
        Sentences(text).Should().HaveCount(count, string.Join(" | ", Sentences(text)));

    [Test]
    public void Split_EverySentence_IsASpanOfTheOriginalText()
    {
        const string text = "The U.S. envoy arrived.  Talks began at once.\n\nA second paragraph follows.";
        var analysis = new TextAnalyzer(TestLexicon.Shipped).Analyze(new ReportReader(TestLexicon.Shipped).Read(new ReportInput("r", text)));
        analysis.Sentences.Should().HaveCount(3);
        analysis.Sentences[1].Span.Of(text).Should().Be("Talks began at once.");
        analysis.Sentences.Select(s => s.Paragraph).Should().Equal(0, 0, 1);
    }
}
