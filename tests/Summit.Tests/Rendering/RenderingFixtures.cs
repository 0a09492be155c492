using Summit.Claims;
using Summit.Documents;
using Summit.Entities;
using Summit.Quantities;
using Summit.Reconciling;
using Summit.Text;
using Summit.Time;
using Summit.Timelines;

namespace Summit.Tests.Rendering;

/// <summary>
/// A small synthetic reconciliation of two reports with every kind of entry: corroborated, single,
/// conflicting (side by side), a refinement, background history and an undated fact.
/// </summary>
internal static class RenderingFixtures
{
    public const string AlphaText = "Alpha News\nThe minister arrived in the capital on Wednesday. Five people died in the flood on Tuesday. The bridge was built in 1991. Officials say more rain is coming.";
    public const string BetaText = "Beta Wire\nCrowds gathered at the station. The minister arrived in the capital on Wednesday morning by train. Seven people died in the flood on Tuesday. The council meets on Friday.";

    public static Reconciliation Create()
    {
        var alpha = Report("alpha", "Alpha", AlphaText, new DateOnly(2021, 7, 15), inferred: false);
        var beta = Report("beta", "Beta", BetaText, new DateOnly(2021, 7, 15), inferred: true);
        var analyses = new[] { Analyse(alpha), Analyse(beta) };
        var claims = new List<Claim>();
        Claim Add(TextAnalysis a, string id, string text, string predicate)
        {
            int start = a.Report.Text.IndexOf(text, StringComparison.Ordinal);
            var sentence = a.Sentences.First(s => s.Span.Contains(new Span(start, start + text.Length)));
            var c = new Claim(id, a.Report.Id, new Span(start, start + text.Length), text, predicate) { Sentence = sentence.Index };
            claims.Add(c);
            return c;
        }
        var a1 = Add(analyses[0], "alpha-c1", "The minister arrived in the capital on Wednesday.", "arrive");
        var a2 = Add(analyses[0], "alpha-c2", "Five people died", "die");
        var a3 = Add(analyses[0], "alpha-c3", "The bridge was built in 1991.", "build");
        var a4 = Add(analyses[0], "alpha-c4", "Officials say more rain is coming.", "come");
        var b1 = Add(analyses[1], "beta-c1", "The minister arrived in the capital on Wednesday morning by train.", "arrive");
        var b2 = Add(analyses[1], "beta-c2", "Seven people died", "die");
        var b3 = Add(analyses[1], "beta-c3", "The council meets on Friday.", "meet");
        var b0 = Add(analyses[1], "beta-c0", "Crowds gathered at the station.", "gather");

        var facts = new[]
        {
            new Fact("f1", FactStatus.Corroborated, [a1, b1], ["Alpha", "Beta"], "The minister arrived in the capital.")
            {
                Time = "2021-07-14", Granularity = Granularity.Day, Confidence = 0.9,
                Refinements = [new Refinement("beta", "Beta", "time", "on Wednesday morning") { Time = "2021-07-14TMO" }],
            },
            new Fact("f2", FactStatus.Conflicting, [a2, b2], ["Alpha", "Beta"], "People died in the flood.")
            {
                Time = "2021-07-13", Granularity = Granularity.Day, Confidence = 0.4,
                // the second report's side first: the renderers put the sides in report order
                Conflicts = [new Conflict("number", new ConflictingValue(b2, "Beta", "seven"), new ConflictingValue(a2, "Alpha", "five"))
                {
                    Comparison = QuantityComparer.Default.Compare(QuantityRecognizer.Default.Recognize(b2.Text)[0], QuantityRecognizer.Default.Recognize(a2.Text)[0]),
                }],
            },
            new Fact("f3", FactStatus.Single, [a3], ["Alpha"], "The bridge was built.") { Time = "1991", Granularity = Granularity.Year, Confidence = 0.5 },
            new Fact("f4", FactStatus.Single, [a4], ["Alpha"], "More rain is coming.") { Confidence = 0.3, Notes = [new FactNote(FactNoteKind.OneOutlet, ["Alpha"], 2)] },
            new Fact("f6", FactStatus.Single, [b0], ["Beta"], "Crowds gathered at the station.") { Confidence = 0.5 },
            new Fact("f5", FactStatus.Single, [b3], ["Beta"], "The council meets.") { Time = "2021-07-16", Granularity = Granularity.Day, Confidence = 0.5 },
        };
        var story = new Story(analyses, EntityResolution.Empty, []);
        var timeline = new TimelineBuilder().Build(facts, story);
        return new Reconciliation([alpha, beta], analyses, claims, facts, timeline, EntityResolution.Empty, [],
            [new Diagnostic(DiagnosticSeverity.Info, "publication-date-inferred", "The date of beta was inferred.", "beta")]);
    }

    private static Report Report(string id, string source, string text, DateOnly published, bool inferred) =>
        new(id, text, [new Span(text.IndexOf('\n', StringComparison.Ordinal) + 1, text.Length)], [], [new Span(0, text.IndexOf('\n', StringComparison.Ordinal))])
        {
            Source = source, Published = published, PublishedInferred = inferred,
        };

    /// <summary>Sentences split after ". " and at the first line break; no tokens.</summary>
    private static TextAnalysis Analyse(Report report)
    {
        var text = report.Text;
        var sentences = new List<Sentence>();
        int start = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        while (start < text.Length)
        {
            int end = text.IndexOf(". ", start, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end + 1;
            sentences.Add(new Sentence(sentences.Count, new Span(start, end), 0, 0, 0));
            start = end + 1;
        }
        return new TextAnalysis(report, sentences, [], [], []);
    }
}
