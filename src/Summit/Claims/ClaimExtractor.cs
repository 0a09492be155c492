using Summit.Documents;
using Summit.Entities;
using Summit.Lexical;
using Summit.Text;
using Summit.Time;

namespace Summit.Claims;

/// <summary>
/// The default claim extractor: finds the verb groups of each sentence with a coarse, lexicon-backed
/// word classer, cuts the sentence into clauses at subordinators, relative words, coordinated
/// clauses, semicolons and dashes, keeps a speech verb and its complement together as one attributed
/// claim, makes a claim of each stand-alone direct quote (attributed to its speaker), and gives every
/// claim its subject, predicate lemma, object, place/instrument/recipient, time, modality and negation.
/// Each concern is a rule class reading a <see cref="SentenceView"/>: <see cref="VerbGroupFinder"/>,
/// <see cref="ClauseSplitter"/>, <see cref="SubjectFinder"/>, <see cref="AttributionRules"/>, <see cref="QuoteRules"/>,
/// <see cref="EventTime"/>, <see cref="ClaimBuilder"/> and <see cref="EventMentions"/>.
/// </summary>
internal sealed class ClaimExtractor : IClaimExtractor
{
    private readonly Lexicon _lexicon;

    /// <summary>Creates the extractor; words are classed with <paramref name="lexicon"/>'s words.</summary>
    public ClaimExtractor(LexicalResources lexicon) => _lexicon = (lexicon ?? throw new ArgumentNullException(nameof(lexicon))).Words;

    public IReadOnlyList<Claim> Extract(TextAnalysis analysis, EntityResolution entities, IReadOnlyList<TimeExpression> timeExpressions,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(timeExpressions);
        var state = new ReportState(analysis, entities, timeExpressions, _lexicon);
        foreach (var sentence in analysis.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            new SentenceParser(state, sentence).Extract();
        }
        return state.Claims;
    }

    /// <summary>What carries from one sentence to the next: claims so far, the last person, quote state.</summary>
    internal sealed class ReportState(TextAnalysis analysis, EntityResolution entities, IReadOnlyList<TimeExpression> times, Lexicon lexicon)
    {
        public Lexicon Lexicon { get; } = lexicon;
        public TextAnalysis Analysis { get; } = analysis;
        public EntityResolution Entities { get; } = entities;
        public IReadOnlyList<TimeExpression> Times { get; } = times;
        public List<Claim> Claims { get; } = [];
        public (string Text, string? Id)? LastPerson { get; set; }
        public bool InQuote { get; set; }
        public int QuoteParagraph { get; set; } = -1;
        public int MentionCursor { get; set; }
        /// <summary>How many further events (<see cref="ClaimKind.Predicate"/>, <see cref="ClaimKind.Nominal"/>) so far: their ids count apart.</summary>
        public int EventCount { get; set; }

        private readonly TimeExpression[] _sortedTimes = times.OrderBy(t => t.Span.Start).ToArray();

        /// <summary>The time expressions that overlap <paramref name="span"/> (binary search on the sorted list).</summary>
        public IEnumerable<TimeExpression> TimesIn(Span span)
        {
            int lo = 0, hi = _sortedTimes.Length;
            while (lo < hi) { int mid = (lo + hi) / 2; if (_sortedTimes[mid].Span.End <= span.Start) lo = mid + 1; else hi = mid; }
            for (int i = Math.Max(0, lo - 1); i < _sortedTimes.Length && _sortedTimes[i].Span.Start < span.End; i++)
                if (_sortedTimes[i].Span.Overlaps(span)) yield return _sortedTimes[i];
        }
        public string Text => Analysis.Report.Text;
        public string ReportId => Analysis.Report.Id;
    }

    /// <summary>
    /// Reads one sentence into claims: its words (<see cref="SentenceView"/>), its verb groups, its clauses, who each
    /// clause and quote is according to, then a claim of each clause (with its further events).
    /// </summary>
    private sealed class SentenceParser(ReportState state, Sentence sentence)
    {
        public void Extract()
        {
            var v = new SentenceView(state, sentence);
            var verbs = new VerbGroupFinder(v);
            var subjects = new SubjectFinder(v);
            var attributions = new AttributionRules(v, subjects);
            var quotes = new QuoteRules(v, subjects);
            var time = new EventTime(v);
            var groups = verbs.FindGroups();
            var clauses = new ClauseSplitter(v, subjects).MakeClauses(groups);
            var builder = new ClaimBuilder(v, subjects, attributions, quotes, time, new EventMentions(v, groups));
            attributions.AttributeSayings(clauses);
            quotes.AttributeQuotes(clauses);
            TimeExpression? sinceTime = null;
            foreach (var c in clauses.Where(x => x.Since)) sinceTime ??= time.TimeIn(c);
            int before = state.Claims.Count;
            for (int k = 0; k < clauses.Count; k++)
            {
                var c = clauses[k];
                if (c.AttributionOnly) continue;
                builder.EmitClaim(c, clauses, k, sinceTime);
            }
            if (state.Claims.Count == before && v.Count > 2)
            {
                // nothing found: the sentence itself is the claim, so no statement is lost
                var whole = new Clause { Start = 0, End = v.Count };
                while (whole.End > 1 && v.Tok(whole.End - 1).Kind == TokenKind.Punctuation && v.FirstChar(whole.End - 1) is '.' or '!' or '?') whole.End--;
                whole.Groups.AddRange(clauses.SelectMany(x => x.Groups).Take(1));
                if (whole.Groups.Count == 0 && FallbackVerb(v) is { } i) whole.Groups.Add(verbs.MainVerb(i, i, null, false, false));
                if (whole.Groups.Count > 0) builder.EmitClaim(whole, [whole], 0, sinceTime);
            }
        }

        /// <summary>
        /// The verb of a sentence in which no verb group was found: the first word in a finite form after a noun ("The poll
        /// points up …") or after a comma, not a passive's participle ("The ship, damaged by the storm, reached port"), else
        /// the first word that can be a verb, not a name and not an -ing word after a determiner ("These screening
        /// activities"); null when none can.
        /// </summary>
        private static int? FallbackVerb(SentenceView v)
        {
            for (int i = 1; i < v.Count; i++)
            {
                var w = v.Lower[i];
                if (v.VerbCapable(i) && v.Cls[i - 1] is WordClass.Noun or WordClass.Proper or WordClass.Pronoun or WordClass.Comma
                    && (w.EndsWith('s') || v.PastForm(i)) && !(i + 1 < v.Count && v.Lower[i + 1] == "by")) return i;
            }
            for (int i = 0; i < v.Count; i++)
                if (v.VerbCapable(i) && v.Cls[i] != WordClass.Proper
                    && !(v.Lower[i].EndsWith("ing", StringComparison.Ordinal) && i > 0 && v.Cls[i - 1] is WordClass.Determiner or WordClass.Possessive)) return i;
            return null;
        }
    }
}
