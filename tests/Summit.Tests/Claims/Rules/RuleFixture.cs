using Summit.Claims;
using Summit.Documents;
using Summit.Entities;
using Summit.Text;
using Summit.Time;

namespace Summit.Tests.Claims.Rules;

/// <summary>
/// Sentences read as the claim extractor reads them (the engine's own text analysis, entities and times), for tests of
/// one claim rule at a time.
/// </summary>
internal static class RuleFixture
{
    public static readonly DateOnly Published = new(2021, 3, 10);

    /// <summary>The report state and the view of each sentence of <paramref name="text"/>, read in order.</summary>
    public static (ClaimExtractor.ReportState State, SentenceView[] Views) Read(string text)
    {
        var report = new ReportReader(TestLexicon.Shipped).Read(new ReportInput("r", text) { Published = Published });
        var analysis = new TextAnalyzer(TestLexicon.Shipped).Analyze(report);
        var entities = new EntityResolver(TestLexicon.Shipped).Resolve([analysis]);
        var times = new TemporalTagger(TestLexicon.Shipped).Tag(analysis, report.Published);
        var state = new ClaimExtractor.ReportState(analysis, entities, times, TestLexicon.Shipped.Words);
        // each view moves the state on (mention cursor, quote carried over), so they are read one after the other
        var views = new SentenceView[analysis.Sentences.Count];
        for (int i = 0; i < views.Length; i++) views[i] = new SentenceView(state, analysis.Sentences[i]);
        return (state, views);
    }

    /// <summary>The view of a text of one sentence.</summary>
    public static SentenceView View(string sentence)
    {
        var views = Read(sentence).Views;
        if (views.Length != 1) throw new ArgumentException($"'{sentence}' reads as {views.Length} sentences.", nameof(sentence));
        return views[0];
    }

    /// <summary>The index of the <paramref name="nth"/> token whose word is <paramref name="word"/> (any case).</summary>
    public static int At(this SentenceView v, string word, int nth = 0)
    {
        for (int i = 0; i < v.Count; i++)
            if (v.Lower[i] == word.ToLowerInvariant() && nth-- == 0) return i;
        throw new ArgumentException($"no '{word}' in the sentence", nameof(word));
    }

    /// <summary>The text of tokens <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public static string Words(this SentenceView v, int start, int end) => v.Text[v.SpanOf(start).Start..v.SpanOf(end - 1).End];

    public static string Words(this SentenceView v, Clause c) => v.Words(c.Start, c.End);

    public static List<Group> Groups(SentenceView v) => new VerbGroupFinder(v).FindGroups();

    public static List<Clause> Clauses(SentenceView v) => new ClauseSplitter(v, new SubjectFinder(v)).MakeClauses(Groups(v));

    /// <summary>The claim builder of <paramref name="v"/>, with every rule it uses.</summary>
    public static ClaimBuilder Builder(SentenceView v)
    {
        var subjects = new SubjectFinder(v);
        return new ClaimBuilder(v, subjects, new AttributionRules(v, subjects), new QuoteRules(v, subjects), new EventTime(v), new EventMentions(v, Groups(v)));
    }
}
