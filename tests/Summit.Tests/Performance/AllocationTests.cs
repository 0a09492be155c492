using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;
using Summit.Text;
using Summit.Time;

namespace Summit.Tests.Performance;

/// <summary>
/// The hot paths allocate per sentence, mention or finding, never per token (measured in bytes, not time:
/// speed lives in tests/Summit.Benchmarks).
/// </summary>
public class AllocationTests
{
    // ~20,000 words of news-like text with few time expressions: what a token costs shows.
    private static readonly string Text = string.Concat(Enumerable.Range(0, 1000).Select(i =>
        $"The minister of the northern province told reporters that {i % 7 + 2} villages near the river had been cut off by the flood. "));

    private static long Allocated(Action action)
    {
        action(); // warm: caches, statics, JIT
        long before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [Test]
    public void Tokenizer_IntoAListWithRoom_AllocatesNothing()
    {
        var tokens = new List<Token>(Text.Length);
        Allocated(() => { tokens.Clear(); Tokenizer.Tokenize(Text, new Span(0, Text.Length), tokens); }).Should().Be(0);
    }

    [Test]
    public void TemporalTagger_AllocatesFarLessThanAnObjectPerWord()
    {
        var analysis = new TextAnalyzer(TestLexicon.Shipped).Analyze(new ReportReader(TestLexicon.Shipped).Read(new ReportInput("r", Text) { Published = new DateOnly(2020, 3, 4) }));
        var tagger = new TemporalTagger(TestLexicon.Shipped);
        long bytes = Allocated(() => tagger.Tag(analysis, analysis.Report.Published));
        // the smallest heap object is 24 bytes: one per word would be 480 kB here
        bytes.Should().BeLessThan(Words(Text) * 2L, "the tagger scans tokens by offset; it allocates only for what it finds");
    }

    [Test]
    public void TextAnalyzer_AllocatesPerSentenceAndMention_NotPerToken()
    {
        var report = new ReportReader(TestLexicon.Shipped).Read(new ReportInput("r", Text));
        var analyzer = new TextAnalyzer(TestLexicon.Shipped);
        long bytes = Allocated(() => analyzer.Analyze(report));
        // tokens are 12-byte structs in one growing array (about 3 × 12 bytes per token at worst while it grows);
        // sentences (1,000) and mentions are objects: together about 16 bytes per word here, where a string per token would add 26 or more;
        // each figure found is an object with its text and what it counts (about 550 bytes; one per sentence here)
        int figures = analyzer.Analyze(report).Quantities.Count;
        figures.Should().Be(1000);
        bytes.Should().BeLessThan(Words(Text) * 32L + figures * 600L);
    }
}
