using System.Text.RegularExpressions;
using Summit.Documents;
using Summit.Entities;
using Summit.Text;
using Summit.Time;

namespace Summit.Claims;

/// <summary>
/// The default claim extractor (first version): one claim per body sentence, with its subject
/// (the first entity or resolved pronoun), predicate (the first verb-like word, lemmatised),
/// attribution ("said", "according to", "reported"), modality cues, negation and event time.
/// </summary>
internal sealed partial class ClaimExtractor : IClaimExtractor
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "may", "might",
        "must", "shall", "should", "do", "does", "did",
    };

    private static readonly HashSet<string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "told", "met", "came", "went", "took", "gave", "made", "held", "left", "saw", "began", "broke", "built", "won",
        "lost", "fell", "rose", "led", "sought", "brought", "thought", "found", "got", "hit", "put", "set", "sat", "stood", "ran",
        "says", "tells", "comes", "goes", "follows", "remains", "hopes", "plans", "wants", "seeks",
    };

    [GeneratedRegex(@"\baccording to (?<who>[^,.;]+)", RegexOptions.IgnoreCase)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"(?<who>\b(?:[A-Z][\w’'-]*\s+){0,5}(?:news agency|agency|media|analysts|officials|sources|television|[A-Z][\w’'-]*))\s+(?:has\s+|have\s+)?(?:reported|said|say|says|told|predicted|believe|claimed)\b")]
    private static partial Regex Reported();

    [GeneratedRegex(@"\b(?:not|never|n't|no longer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    public IReadOnlyList<Claim> Extract(TextAnalysis analysis, EntityResolution entities, IReadOnlyList<TimeExpression> timeExpressions,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(timeExpressions);
        var report = analysis.Report;
        var text = report.Text;
        var claims = new List<Claim>();
        int mention = 0;
        foreach (var sentence in analysis.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var inSentence = new List<EntityMention>();
            while (mention < analysis.Mentions.Count && analysis.Mentions[mention].Span.Start < sentence.Span.End)
            {
                if (analysis.Mentions[mention].Span.Start >= sentence.Span.Start) inSentence.Add(analysis.Mentions[mention]);
                mention++;
            }
            var sentenceText = sentence.Span.Of(text);
            var (predicate, predicateAt) = Predicate(text, analysis, sentence);
            if (predicate is null) continue;
            var subject = inSentence.FirstOrDefault(m => m.Type != EntityType.Title && m.Span.Start < predicateAt);
            string? attribution = null;
            var according = AccordingTo().Match(sentenceText);
            if (according.Success) attribution = according.Groups["who"].Value.Trim();
            else
            {
                var reported = Reported().Match(sentenceText);
                if (reported.Success && reported.Index > 0) attribution = reported.Groups["who"].Value.Trim();
                else if (reported.Success && reported.Groups["who"].Value.Trim() is var who && (who.EndsWith("say", StringComparison.Ordinal) || who.Length > 0) && Regex.IsMatch(sentenceText, @"\b(?:say|said|says)\s+(?:that\s+)?\w"))
                    attribution = reported.Groups["who"].Value.Trim();
            }
            var quote = analysis.Quotes.FirstOrDefault(q => sentence.Span.Overlaps(q.Span) && q.Speaker is not null);
            if (attribution is null && quote is not null) attribution = quote.Speaker!.Text;

            var modality = Modality(sentenceText, attribution);
            var time = timeExpressions.FirstOrDefault(t => sentence.Span.Contains(t.Span) && t.Type != TimeType.Duration)
                       ?? timeExpressions.FirstOrDefault(t => sentence.Span.Contains(t.Span));
            var entityIds = inSentence.Select(m => entities.EntityAt(report.Id, m.Span)?.Id).OfType<string>().Distinct().ToArray();
            var subjectEntity = subject is null ? null : entities.EntityAt(report.Id, subject.Span)?.Id;
            claims.Add(new Claim($"{report.Id}-c{claims.Count + 1}", report.Id, sentence.Span, sentenceText, predicate)
            {
                Sentence = sentence.Index,
                Subject = subject?.Text,
                SubjectEntityId = subjectEntity,
                Object = inSentence.FirstOrDefault(m => m.Span.Start > predicateAt)?.Text,
                ObjectEntityId = inSentence.FirstOrDefault(m => m.Span.Start > predicateAt) is { } o ? entities.EntityAt(report.Id, o.Span)?.Id : null,
                Attribution = attribution,
                Modality = modality,
                Negated = Negation().IsMatch(sentenceText),
                Time = time,
                EntityIds = entityIds,
            });
        }
        return claims;
    }

    private static Modality Modality(string sentence, string? attribution)
    {
        var s = sentence.ToLowerInvariant();
        if (s.Contains("unlikely", StringComparison.Ordinal)) return Claims.Modality.Unlikely;
        if (s.Contains("denies", StringComparison.Ordinal) || s.Contains("denied", StringComparison.Ordinal)) return Claims.Modality.Denied;
        if (Regex.IsMatch(s, @"\b(?:hopes?|hoping|hoped)\b")) return Claims.Modality.Hoped;
        if (Regex.IsMatch(s, @"\b(?:plans?|planned|intends?|intended)\s+to\b")) return Claims.Modality.Planned;
        if (Regex.IsMatch(s, @"\b(?:expected|due|will|set to|scheduled)\b")) return Claims.Modality.Expected;
        if (Regex.IsMatch(s, @"\b(?:likely|could|may|might|probably)\b")) return Claims.Modality.Likely;
        return attribution is null ? Claims.Modality.Asserted : Claims.Modality.Reported;
    }

    /// <summary>The first verb-like word of the sentence and its lemma.</summary>
    private static (string?, int) Predicate(string text, TextAnalysis analysis, Sentence sentence)
    {
        string? auxiliary = null;
        int auxAt = sentence.Span.Start;
        foreach (var token in analysis.TokensOf(sentence))
        {
            if (token.Kind != TokenKind.Word || char.IsUpper(text[token.Span.Start])) continue;
            var w = token.Span.Of(text);
            if (Auxiliaries.Contains(w)) { auxiliary ??= w; auxAt = auxiliary == w ? token.Span.Start : auxAt; continue; }
            if (Irregular.Contains(w) || (w.Length > 3 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal) && auxiliary is not null)))
                return (Lemma(w), token.Span.Start);
        }
        return auxiliary is null ? (null, 0) : (Lemma(auxiliary), auxAt);
    }

    internal static string Lemma(string word)
    {
        var w = word.ToLowerInvariant();
        return w switch
        {
            "is" or "are" or "was" or "were" or "been" or "being" => "be",
            "has" or "had" => "have",
            "did" or "does" => "do",
            "said" or "says" => "say",
            "told" or "tells" => "tell",
            "met" => "meet", "came" or "comes" => "come", "went" or "goes" => "go", "took" => "take", "gave" => "give", "made" => "make",
            "held" => "hold", "left" => "leave", "saw" => "see", "began" => "begin", "broke" => "break", "built" => "build", "won" => "win",
            "lost" => "lose", "fell" => "fall", "rose" => "rise", "led" => "lead", "sought" or "seeks" => "seek", "brought" => "bring",
            "thought" => "think", "found" => "find", "got" => "get", "stood" => "stand", "ran" => "run", "sat" => "sit",
            _ when w.EndsWith("ied", StringComparison.Ordinal) => w[..^3] + "y",
            _ when w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5 => w[..^3],
            _ when w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4 && (w[^3] == w[^4]) => w[..^3],
            _ when w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4 && w[^3] is 'v' or 'c' or 'g' or 'z' or 's' or 'u' => w[..^1],
            _ when w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4 => w[..^2],
            _ when w.EndsWith("s", StringComparison.Ordinal) && w.Length > 3 && !w.EndsWith("ss", StringComparison.Ordinal) => w[..^1],
            _ => w,
        };
    }
}
