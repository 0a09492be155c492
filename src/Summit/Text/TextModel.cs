using Summit.Documents;
using Summit.Quantities;

namespace Summit.Text;

/// <summary>What kind of token a <see cref="Token"/> is.</summary>
public enum TokenKind
{
    /// <summary>A word (letters, possibly with inner hyphens or apostrophes).</summary>
    Word,
    /// <summary>A number (digits, possibly with separators and decimals).</summary>
    Number,
    /// <summary>Punctuation or a symbol.</summary>
    Punctuation,
}

/// <summary>A token: a span of the report's text and its kind. A struct: no heap object per token.</summary>
/// <param name="Span">Where it is.</param>
/// <param name="Kind">What it is.</param>
public readonly record struct Token(Span Span, TokenKind Kind);

/// <summary>A sentence of a report.</summary>
/// <param name="Index">Its position among the report's sentences, from 0.</param>
/// <param name="Span">Where it is.</param>
/// <param name="FirstToken">The index of its first token in <see cref="TextAnalysis.Tokens"/>.</param>
/// <param name="TokenCount">How many tokens it has.</param>
/// <param name="Paragraph">The index of its paragraph in <see cref="Report.Paragraphs"/>; -1 for a headline or standfirst.</param>
public sealed record Sentence(int Index, Span Span, int FirstToken, int TokenCount, int Paragraph)
{
    /// <summary>
    /// Whether it is a headline or standfirst (<see cref="Report.HeadlineSpans"/>) rather than body prose: headline grammar (no articles, present tense for past events, often Title Case).
    /// </summary>
    public bool Heading { get; init; }

    /// <summary>
    /// Whether it is a <see cref="Heading"/> written in Title Case ("Star Dies At 91"), where a capital does not tell a name;
    /// worked out once by the text layer, read by the stages after it. Always false for body prose.
    /// </summary>
    public bool TitleCase { get; init; }
}

/// <summary>The type of an entity or mention.</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>An organisation, outlet, government body.</summary>
    Organisation,
    /// <summary>A place: country, city, region, facility.</summary>
    Place,
    /// <summary>A nationality or other group adjective ("Chilean").</summary>
    Nationality,
    /// <summary>A title or role ("White House press secretary").</summary>
    Title,
    /// <summary>Anything else with a name.</summary>
    Other,
}

/// <summary>A mention of a named thing in a report.</summary>
/// <param name="Span">Where it is.</param>
/// <param name="Text">The text at <paramref name="Span"/>.</param>
/// <param name="Type">What it names.</param>
/// <param name="Sentence">The index of its sentence.</param>
public sealed record EntityMention(Span Span, string Text, EntityType Type, int Sentence);

/// <summary>A direct quote and who said it.</summary>
/// <param name="Span">The quoted text, quote marks included.</param>
/// <param name="Speaker">The mention of the speaker, if found.</param>
/// <param name="Cue">The reporting verb's span ("said"), if found.</param>
public sealed record Quote(Span Span, EntityMention? Speaker, Span? Cue);

/// <summary>The text layer of one report: sentences, tokens, quotes and entity mentions.</summary>
public sealed record TextAnalysis
{
    /// <summary>Creates the analysis.</summary>
    public TextAnalysis(Report report, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens,
        IReadOnlyList<Quote> quotes, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(report);
        Report = report;
        Sentences = sentences ?? throw new ArgumentNullException(nameof(sentences));
        Tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        Quotes = quotes ?? throw new ArgumentNullException(nameof(quotes));
        Mentions = mentions ?? throw new ArgumentNullException(nameof(mentions));
    }

    /// <summary>The report analysed (<c>with { Report = … }</c> keeps every annotation: the engine dates an undated report that way).</summary>
    public Report Report
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Its sentences in order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>All tokens of its body, in order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Its direct quotes.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>Its entity mentions, in order.</summary>
    public IReadOnlyList<EntityMention> Mentions { get; }

    /// <summary>
    /// The quantities of its sentences in text order, each sentence read once (a figure's context is its whole sentence:
    /// in "Mr Smith, 20, was arrested" the 20 is an age, not a count); the later stages take a claim's figures from
    /// here. Empty unless the text layer fills it.
    /// </summary>
    public IReadOnlyList<Quantity> Quantities { get; init; } = Array.Empty<Quantity>();

    /// <summary>
    /// Where the tokens inside <paramref name="span"/> lie in <see cref="Tokens"/>: the first one's index and how many
    /// (a binary search: tokens are in text order). A later stage reads a claim's or an argument's tokens here, not by
    /// tokenizing its text again.
    /// </summary>
    internal (int First, int Count) TokenRange(Span span)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Span.Start < span.Start) lo = mid + 1; else hi = mid;
        }
        int end = lo;
        while (end < Tokens.Count && Tokens[end].Span.End <= span.End) end++;
        return (lo, end - lo);
    }

    /// <summary>The tokens of <paramref name="sentence"/>.</summary>
    public IEnumerable<Token> TokensOf(Sentence sentence)
    {
        for (int i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++) yield return Tokens[i];
    }
}
