using System.Collections.Frozen;
using Summit.Documents;
using Summit.Lexical;
using Summit.Quantities;

namespace Summit.Text;

/// <summary>
/// The default text layer: tokens, sentences per paragraph, direct quotes with their speaker, entity mentions found
/// from capitalisation, titles and context, and the quantities of each sentence.
/// </summary>
internal sealed class TextAnalyzer : ITextAnalyzer
{
    // looked up by span: no string per word
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbLookup = SpeechVerbs.QuoteCues.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly MentionFinder _mentions;
    private readonly IQuantityRecognizer _quantities;

    /// <summary>
    /// Creates the analyser; mentions are typed with <paramref name="lexicon"/>'s gazetteer and words; figures are read
    /// by <paramref name="quantities"/> (null: a recogniser with the default options and <paramref name="lexicon"/>).
    /// </summary>
    public TextAnalyzer(LexicalResources lexicon, IQuantityRecognizer? quantities = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _mentions = new MentionFinder(lexicon);
        _quantities = quantities ?? new QuantityRecognizer(lexicon: lexicon);
    }

    public TextAnalysis Analyze(Report report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        string text = report.Text;
        var tokens = new List<Token>(text.Length / 5);
        var sentences = new List<Sentence>();
        var ends = new List<int>();
        // the headline and standfirst, then the body; a section heading inside the body is a label ("Cold War ties"), not read
        var blocks = report.HeadlineSpans.Select(b => (Span: b, Paragraph: -1))
            .Concat(report.Paragraphs.Select((b, p) => (Span: b, Paragraph: p)))
            .OrderBy(b => b.Span.Start).ToArray();
        foreach (var (block, p) in blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int first = tokens.Count;
            Tokenizer.Tokenize(text, block, tokens);
            if (tokens.Count == first) continue;
            ends.Clear();
            if (p < 0) ends.Add(tokens.Count); // a headline is one sentence, whatever its punctuation
            else SentenceSplitter.Split(text, tokens, first, tokens.Count - first, ends);
            int s = first;
            foreach (var e in ends)
            {
                if (e <= s) continue;
                sentences.Add(new Sentence(sentences.Count, new Span(tokens[s].Span.Start, tokens[e - 1].Span.End), s, e - s, p)
                {
                    Heading = p < 0,
                    TitleCase = p < 0 && Headlines.IsTitleCase(text, tokens, s, e - s),
                });
                s = e;
            }
        }
        var mentions = _mentions.Find(text, tokens, sentences);
        var quotes = FindQuotes(text, tokens, sentences, mentions);
        var quantities = new List<Quantity>();
        foreach (var sentence in sentences) quantities.AddRange(_quantities.Recognize(text, sentence.Span, cancellationToken));
        return new TextAnalysis(report, sentences, tokens, quotes, mentions) { Quantities = quantities };
    }

    /// <summary>Direct quotes in “curly” or "straight" marks, with the speaker named around them.</summary>
    private static List<Quote> FindQuotes(string text, List<Token> tokens, List<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        var quotes = new List<Quote>();
        EntityMention? lastPerson = null;
        int m = 0;
        foreach (var sentence in sentences)
        {
            int open = -1;
            bool straightOpen = false;
            for (int i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                char c = text[tokens[i].Span.Start];
                if (tokens[i].Kind != TokenKind.Punctuation) continue;
                if (c == '“' || (c == '"' && !straightOpen)) { if (open < 0) open = tokens[i].Span.Start; straightOpen = c == '"'; continue; }
                if ((c == '”' || (c == '"' && straightOpen)) && open >= 0)
                {
                    var span = new Span(open, tokens[i].Span.End);
                    var (speaker, cue) = Speaker(text, tokens, sentence, i, span, mentions, lastPerson);
                    quotes.Add(new Quote(span, speaker, cue));
                    open = -1; straightOpen = false;
                }
            }
            if (open >= 0) // a quote running to the end of the sentence (or beyond)
            {
                var span = new Span(open, sentence.Span.End);
                quotes.Add(new Quote(span, lastPerson, null));
            }
            while (m < mentions.Count && mentions[m].Span.Start < sentence.Span.End)
            {
                if (mentions[m].Type == EntityType.Person) lastPerson = mentions[m];
                m++;
            }
        }
        return quotes;
    }

    private static (EntityMention?, Span?) Speaker(string text, List<Token> tokens, Sentence sentence, int closeToken, Span quote,
        IReadOnlyList<EntityMention> mentions, EntityMention? previousPerson)
    {
        int last = sentence.FirstToken + sentence.TokenCount;
        // After the quote: “…,” he said / “…,” Silva said / “…,” said Silva
        for (int i = closeToken + 1; i < last && i <= closeToken + 6; i++)
        {
            var w = tokens[i].Span.In(text);
            if (!SpeechVerbLookup.Contains(w)) continue;
            var cue = tokens[i].Span;
            var named = mentions.FirstOrDefault(x => x.Type == EntityType.Person && x.Span.Start > quote.End && x.Span.End <= sentence.Span.End && x.Span.Start - cue.End < 40);
            if (named is not null) return (named, cue);
            return (previousPerson ?? mentions.LastOrDefault(x => x.Type == EntityType.Person && x.Span.End <= quote.Start && x.Span.Start >= sentence.Span.Start), cue);
        }
        // Before the quote: Ortega told Chilean radio: “…” / Silva said “…”
        var before = mentions.LastOrDefault(x => x.Type == EntityType.Person && x.Span.End <= quote.Start && x.Span.Start >= sentence.Span.Start);
        if (before is not null)
        {
            for (int i = sentence.FirstToken; i < closeToken; i++)
                if (tokens[i].Span.Start > before.Span.End && tokens[i].Span.End <= quote.Start && SpeechVerbLookup.Contains(tokens[i].Span.In(text)))
                    return (before, tokens[i].Span);
        }
        return (null, null);
    }
}
