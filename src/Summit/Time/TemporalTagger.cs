using System.Collections.Frozen;
using System.Globalization;
using Summit.Documents;
using Summit.Lexical;
using Summit.Text;

namespace Summit.Time;

/// <summary>
/// The default temporal tagger: a scanner over the text layer's tokens (no regular expression runs
/// over the text) that recognises news-style time expressions in TimeML extents (a preposition before
/// them stays out; "the", "last", "early" stay in) and resolves them to TIMEX3 values anchored on the
/// report's date: dates in every common form, weekdays and months by the tense of the clause around
/// them (the verb before them first), today/yesterday/tomorrow/now, last/this/next week, month, year,
/// quarter and season (ISO week and quarter values), decades, "N units ago", durations, sets ("daily",
/// "every week"), times of day (with the day named after them: "10 p.m. Wednesday"), holidays
/// (Christmas, New Year's Day, Thanksgiving, Easter …), "the weekend" and fiscal years. Without an
/// anchor, relative expressions are reported unanchored (XXXX values), never resolved against the clock.
/// </summary>
internal sealed class TemporalTagger : ITemporalTagger
{
    private readonly Lexicon _lexicon;

    /// <summary>Creates the tagger; tenses are read with <paramref name="lexicon"/>'s words.</summary>
    public TemporalTagger(LexicalResources lexicon) => _lexicon = (lexicon ?? throw new ArgumentNullException(nameof(lexicon))).Words;

    public IReadOnlyList<TimeExpression> Tag(TextAnalysis analysis, DateOnly? anchor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var found = new List<TimeExpression>();
        var text = analysis.Report.Text;
        // header lines and the dateline ("WASHINGTON, August 8 (Xinhua) --") carry dates too; they give no claims
        var metadataTokens = new List<Token>();
        foreach (var span in analysis.Report.Metadata.Concat(analysis.Report.DatelineSpan is { } d ? [d] : Array.Empty<Span>()).Distinct().OrderBy(x => x.Start))
        {
            int from = metadataTokens.Count;
            Tokenizer.Tokenize(text, span, metadataTokens);
            var scan = new Scanner(text, metadataTokens, from, metadataTokens.Count, anchor, _lexicon);
            for (int i = scan.First; i < scan.End;)
            {
                if (scan.Match(i) is { } m)
                {
                    var at = new Span(metadataTokens[m.Start].Span.Start, metadataTokens[m.End - 1].Span.End);
                    found.Add(new TimeExpression(analysis.Report.Id, at, at.Of(text), m.Type, m.Value, m.Granularity) { Anchored = m.Anchored });
                    i = m.End;
                }
                else i++;
            }
        }
        int previousFirst = 0;
        foreach (var sentence in analysis.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var scan = new Scanner(text, analysis.Tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount, anchor, _lexicon)
            {
                ContextFirst = Math.Min(previousFirst, sentence.FirstToken),
            };
            previousFirst = sentence.FirstToken;
            for (int i = scan.First; i < scan.End;)
            {
                if (scan.Match(i) is { } m)
                {
                    var span = new Span(analysis.Tokens[m.Start].Span.Start, analysis.Tokens[m.End - 1].Span.End);
                    found.Add(new TimeExpression(analysis.Report.Id, span, span.Of(text), m.Type, m.Value, m.Granularity) { Anchored = m.Anchored });
                    i = m.End;
                }
                else i++;
            }
        }
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        for (int k = found.Count - 1; k > 0; k--)
            if (found[k].Span.Overlaps(found[k - 1].Span)) found.RemoveAt(k);
        return found;
    }

    /// <summary>A recognised expression: tokens [Start, End) and its resolution.</summary>
    private readonly record struct Found(int Start, int End, TimeType Type, string Value, Granularity Granularity, bool Anchored);

    private enum Unit { None, Second, Minute, Hour, Day, Week, Weekend, Month, Quarter, Year, Decade, Century }

    private static FrozenDictionary<string, int> MonthWords => CalendarWords.Months;

    private static FrozenDictionary<string, int> WeekdayWords => CalendarWords.Weekdays;

    /// <summary>Counts a time expression can start with: the cardinals from "one", and words of vague or fixed count (-1 several, -2 half).</summary>
    private static readonly FrozenDictionary<string, int> NumberWords = Lexical.NumberWords.Cardinals.Where(c => c.Value > 0)
        .Concat(new Dictionary<string, int>
        {
            ["a"] = 1, ["an"] = 1, ["hundred"] = 100, ["several"] = -1, ["few"] = -1, ["many"] = -1, ["couple"] = 2, ["dozen"] = 12, ["half"] = -2,
        }).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Unit> UnitWords = new Dictionary<string, Unit>(StringComparer.OrdinalIgnoreCase)
    {
        ["second"] = Unit.Second, ["seconds"] = Unit.Second, ["minute"] = Unit.Minute, ["minutes"] = Unit.Minute, ["hour"] = Unit.Hour,
        ["hours"] = Unit.Hour, ["day"] = Unit.Day, ["days"] = Unit.Day, ["week"] = Unit.Week, ["weeks"] = Unit.Week, ["weekend"] = Unit.Weekend,
        ["month"] = Unit.Month, ["months"] = Unit.Month, ["quarter"] = Unit.Quarter, ["quarters"] = Unit.Quarter, ["year"] = Unit.Year,
        ["years"] = Unit.Year, ["decade"] = Unit.Decade, ["decades"] = Unit.Decade, ["century"] = Unit.Century, ["centuries"] = Unit.Century,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> Seasons = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["spring"] = "SP", ["summer"] = "SU", ["fall"] = "FA", ["autumn"] = "FA", ["winter"] = "WI",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> DayParts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["morning"] = "MO", ["afternoon"] = "AF", ["evening"] = "EV", ["night"] = "NI",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> names a stretch of time ("day", "weeks", "morning", "summer"): "that day" is a time, not a relative clause.</summary>
    internal static bool IsTimeNoun(ReadOnlySpan<char> word) =>
        UnitWords.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word) || DayParts.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
        || Seasons.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    private static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["1st"] = 1, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that stand alone as a reference to the present, past or future.</summary>
    private static readonly FrozenDictionary<string, string> References = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["now"] = "PRESENT_REF", ["currently"] = "PRESENT_REF", ["nowadays"] = "PRESENT_REF", ["recently"] = "PAST_REF",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> SetWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["daily"] = "P1D", ["weekly"] = "P1W", ["monthly"] = "P1M", ["annually"] = "P1Y", ["yearly"] = "P1Y", ["hourly"] = "PT1H", ["nightly"] = "P1D",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FutureCues = new[]
    {
        "will", "'ll", "’ll", "shall", "would", "due", "expected", "scheduled", "plans", "plan", "planned", "planning", "set", "going", "intends",
        "next", "upcoming", "until", "till", "hopes", "hope", "aims", "wants", "tomorrow", "expect", "expects", "anticipate", "anticipates",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every word that can start a time expression.</summary>
    private static readonly FrozenSet<string> Triggers = MonthWords.Keys.Concat(WeekdayWords.Keys).Concat(NumberWords.Keys).Concat(UnitWords.Keys)
        .Concat(Seasons.Keys).Concat(Ordinals.Keys).Concat(References.Keys).Concat(SetWords.Keys)
        .Concat(["the", "this", "that", "early", "late", "mid", "last", "next", "coming", "past", "previous", "following", "recent", "today",
            "tonight", "yesterday", "tomorrow", "every", "each", "fiscal", "latest", "current", "year-earlier", "year-ago", "same", "earlier", "later",
            "christmas", "easter", "thanksgiving", "halloween", "valentine", "new"])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Boundaries = new[] { ",", ";", ":", "that", "while", "but", "and", "—", "(", ")", "“", "”", "\"" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // span lookups: the clause scans read tokens without making strings of them
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BoundaryLookup = Boundaries.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureCueLookup = FutureCues.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Scans one sentence's tokens.</summary>
    private readonly ref struct Scanner
    {
        private readonly string _text;
        private readonly IReadOnlyList<Token> _tokens;
        private readonly DateOnly? _anchor;
        private readonly Lexicon Lexicon;

        public Scanner(string text, IReadOnlyList<Token> tokens, int first, int end, DateOnly? anchor, Lexicon lexicon)
        {
            Lexicon = lexicon;
            _text = text;
            _tokens = tokens;
            First = first;
            End = end;
            _anchor = anchor;
        }

        public int First { get; }
        public int End { get; }

        /// <summary>The first token of the text read as this sentence's context (the sentence before it); <see cref="First"/> when none.</summary>
        public int ContextFirst { get; init; } = -1;

        private ReadOnlySpan<char> W(int i) => _tokens[i].Span.In(_text);
        private string S(int i) => _tokens[i].Span.Of(_text);
        private bool IsWord(int i) => i < End && _tokens[i].Kind == TokenKind.Word;
        private bool IsNumber(int i) => i < End && _tokens[i].Kind == TokenKind.Number;
        private bool Is(int i, string word) => i < End && i >= First && W(i).Equals(word, StringComparison.OrdinalIgnoreCase);
        private bool IsAny(int i, params ReadOnlySpan<string> words)
        {
            if (i >= End || i < First) return false;
            var w = W(i);
            foreach (var x in words) if (w.Equals(x, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }
        private bool Upper(int i) => char.IsUpper(_text[_tokens[i].Span.Start]);
        private bool Adjacent(int i) => i > First && _tokens[i].Span.Start == _tokens[i - 1].Span.End;

        private static bool Lookup<T>(FrozenDictionary<string, T> d, ReadOnlySpan<char> w, out T value) =>
            d.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(w, out value!);

        private bool Month(int i, out int month)
        {
            month = 0;
            if (!IsWord(i) || !Lookup(MonthWords, W(i), out month)) return false;
            // "Jan." — the abbreviation's dot is its own token
            return true;
        }

        private int SkipDot(int i) => i < End && _tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Span.Start] == '.' && Adjacent(i) ? i + 1 : i;

        /// <summary>After a month word: past its abbreviation's dot ("Jan."), never past a sentence's full stop ("in March.").</summary>
        private int AfterMonth(int i) => W(i).Length <= 4 && !W(i).Equals("June", StringComparison.OrdinalIgnoreCase) && !W(i).Equals("July", StringComparison.OrdinalIgnoreCase)
            && !W(i).Equals("May", StringComparison.OrdinalIgnoreCase) && i + 2 < End ? SkipDot(i + 1) : i + 1;

        private bool Year(int i, out int year)
        {
            year = 0;
            if (!IsNumber(i)) return false;
            var w = W(i);
            return w.Length == 4 && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1000 and <= 2199;
        }

        private bool DayNumber(int i, out int day)
        {
            day = 0;
            if (i >= End) return false;
            var w = W(i);
            if (_tokens[i].Kind == TokenKind.Word && w.Length >= 3 && char.IsDigit(w[0]))
                w = w.TrimEnd("stndrh".AsSpan()); // "3rd" is one word token when glued
            return w.Length is 1 or 2 && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31;
        }

        private int Count(int i, out int n)
        {
            n = 0;
            if (IsNumber(i) && int.TryParse(W(i), NumberStyles.None, CultureInfo.InvariantCulture, out n)) return i + 1;
            if (IsWord(i) && Lookup(NumberWords, W(i), out n))
            {
                if (Is(i, "a") && Is(i + 1, "few")) { n = -1; return i + 2; }
                if (Is(i, "a") && Is(i + 1, "couple") && Is(i + 2, "of")) { n = 2; return i + 3; }
                if ((Is(i, "twenty") || Is(i, "thirty") || Is(i, "forty") || Is(i, "fifty")) && i + 2 < End && W(i + 1) is "-" && Lookup(NumberWords, W(i + 2), out var units))
                { n += units; return i + 3; }
                return i + 1;
            }
            return i;
        }

        public Found? Match(int i)
        {
            if (i >= End) return null;
            var tok = _tokens[i];
            if (tok.Kind == TokenKind.Punctuation) return null;
            if (tok.Kind == TokenKind.Number) return Numeric(i);
            // most words start no time expression: one set lookup sends them away
            var w = W(i);
            if (!Triggers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w) && w.IndexOf('-') < 0) return null;
            return Wordy(i);
        }

        private Found? Numeric(int i)
        {
            var w = W(i);
            // ISO date 2019-04-24 (a number token, '-', a number token …)
            if (w.Length == 4 && i + 4 < End && W(i + 1) is "-" && IsNumber(i + 2) && W(i + 3) is "-" && IsNumber(i + 4)
                && DateOnly.TryParseExact(_text.AsSpan(_tokens[i].Span.Start, _tokens[i + 4].Span.End - _tokens[i].Span.Start), "yyyy-MM-dd",
                    CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
                return new Found(i, i + 5, TimeType.Date, Day(iso), Granularity.Day, true);
            // 24 April 2019, 24 April
            if (DayNumber(i, out var d) && Month(i + 1, out var m))
            {
                int e = AfterMonth(i + 1);
                if (Is(e, ",")) e++;
                if (Year(e, out var y)) return Date(i, e + 1, y, m, d);
                return MonthDay(i, AfterMonth(i + 1), m, d);
            }
            // 10 a.m., 3:30 p.m., 8.40pm
            if (TimeOfDay(i) is { } t) return t;
            // years: 1998, 1990s, 1998-99
            if (Year(i, out var year))
            {
                if (i + 1 < End && Adjacent(i + 1) && IsWord(i + 1) && W(i + 1) is "s") return new Found(i, i + 2, TimeType.Date, (year / 10).ToString(CultureInfo.InvariantCulture), Granularity.Decade, true);
                if (year is < 1900 or > 2100) return null;
                int prev = i - 1;
                if (prev >= First && _tokens[prev].Kind == TokenKind.Punctuation && _text[_tokens[prev].Span.Start] is '$' or '£' or '€' or '#') return null;
                if (IsWord(i + 1) && (UnitWords.ContainsKey(S(i + 1)) || Is(i + 1, "percent") || Is(i + 1, "people"))) return null;
                return new Found(i, i + 1, TimeType.Date, year.ToString("D4", CultureInfo.InvariantCulture), Granularity.Year, true);
            }
            // 30-year, 18 months, 2 weeks ago
            return Duration(i);
        }

        private Found? TimeOfDay(int i)
        {
            if (!IsNumber(i)) return null;
            var w = W(i);
            int hour, minute = 0;
            int colon = w.IndexOf(':');
            if (colon < 0 && w.IndexOf('.') is var dot and > 0 && dot == w.Length - 3) colon = dot; // "8.40pm", as British style writes it
            if (colon > 0)
            {
                if (!int.TryParse(w[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out hour)
                    || !int.TryParse(w[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out minute)) return null;
            }
            else if (!int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out hour)) return null;
            int e = i + 1;
            bool pm;
            if (IsAny(e, "a", "p") && e + 2 < End && W(e + 1) is "." && Is(e + 2, "m")) { pm = Is(e, "p"); e += 2; } // "a . m ."
            else if (IsAny(e, "a.m", "am")) pm = false;
            else if (IsAny(e, "p.m", "pm")) pm = true;
            else return null;
            e = IsAny(e, "am", "pm") ? e + 1 : SkipDot(e + 1); // "9pm." ends at "pm": its point is the sentence's
            if (hour is < 1 or > 12 || minute is < 0 or > 59) return null;
            if (pm && hour < 12) hour += 12;
            if (!pm && hour == 12) hour = 0;
            string clock = $"T{hour:D2}:{minute:D2}";
            // "10 p.m. Wednesday", "5 p.m. EST, Nov. 9", "9 a.m. tomorrow": the day named after the clock
            int j = e;
            if (IsWord(j) && W(j).Length is 3 or 4 && char.IsUpper(W(j)[0]) && W(j)[^1] == 'T' && char.IsUpper(W(j)[1])) j++; // EST, EDT, GMT, BST
            if (Is(j, ",")) j++;
            // "10 a.m. on Wednesday": the day gives the value; "on Wednesday" stays an expression of its own
            bool apart = Is(j, "on");
            if (apart) j++;
            if (j < End && Match(j) is { Type: TimeType.Date, Anchored: true } day && day.Value.Length == 10 && char.IsAsciiDigit(day.Value[0]))
                return new Found(i, apart ? e : day.End, TimeType.Time, day.Value + clock, Granularity.Minute, true);
            return _anchor is { } a
                ? new Found(i, e, TimeType.Time, Day(a) + clock, Granularity.Minute, true)
                : new Found(i, e, TimeType.Time, "XXXX-XX-XX" + clock, Granularity.Minute, false);
        }

        private Found? Wordy(int i)
        {
            var w = W(i);
            // the 1990s, the '90s
            if ((Is(i, "this") || Is(i, "that")) && Relative(i, i) is { } own) return own;
            if (IsAny(i, "earlier", "later") && IsAny(i + 1, "this", "last", "next") && Relative(i + 1, i) is { Type: TimeType.Date } around) return around;
            if (Is(i, "new")) return Holiday(i); // "new" is common: only "New Year's Day/Eve" starts here
            if (Holiday(i) is { } holiday) return holiday;
            if (Is(i, "the") && Is(i + 1, "weekend")) return TheWeekend(i);
            if (Is(i, "the") || Is(i, "this") || Is(i, "that"))
            {
                if (Year(i + 1, out var y) && i + 2 < End && Adjacent(i + 2) && IsWord(i + 2) && W(i + 2) is "s")
                    return new Found(i, i + 3, TimeType.Date, (y / 10).ToString(CultureInfo.InvariantCulture), Granularity.Decade, true);
                if (Relative(i + 1, i) is { } rel) return rel;
                if (Quarter(i + 1, i) is { } q) return q;
                if (Is(i, "the") && IsAny(i + 1, "past", "future"))
                {
                    if (Relative(i + 1, i) is { } r2) return r2;
                    if (Is(i + 1, "past") && !UnitWords.ContainsKey(S(Math.Min(i + 2, End - 1))) && !IsNumber(i + 2) && !(IsWord(i + 2) && NumberWords.ContainsKey(S(i + 2))))
                        return new Found(i, i + 2, TimeType.Date, "PAST_REF", Granularity.None, true);
                    if (Is(i + 1, "future")) return new Found(i, i + 2, TimeType.Date, "FUTURE_REF", Granularity.None, true);
                }
                if (Is(i, "the") && Season(i + 1) is { } season) return season with { Start = i };
                if (Is(i, "the") && Duration(i + 1) is { Type: TimeType.Duration } dur) return dur with { Start = i };
                return null;
            }
            if (IsAny(i, "early", "late", "mid") || (w.StartsWith("mid-", StringComparison.OrdinalIgnoreCase)))
            {
                int next = w.StartsWith("mid-", StringComparison.OrdinalIgnoreCase) && w.Length > 4 ? i : i + 1;
                if (Is(i, "mid") && Is(i + 1, "-")) next = i + 2;
                if (next > i && Match(next) is { Type: TimeType.Date } inner && inner.Value.Length is >= 3 and <= 7 && !inner.Value.EndsWith("REF", StringComparison.Ordinal))
                    return inner with { Start = i };
                if (next == i && Lookup(MonthWords, w[4..], out var mm) && Year(i + 1, out var yy))
                    return new Found(i, i + 2, TimeType.Date, $"{yy:D4}-{mm:D2}", Granularity.Month, true);
            }
            if (Lookup(MonthWords, w, out var month)) return MonthForms(i, month);
            if (Lookup(WeekdayWords, w, out var weekday)) return WeekdayForm(i, i, weekday, 0);
            if (IsAny(i, "last", "next", "this", "coming", "past", "previous", "following", "recent")) return Relative(i, i);
            if (Is(i, "today")) return Anchored(i, i + 1, a => Day(a), Granularity.Day, "PRESENT_REF");
            if (Is(i, "tonight")) return Anchored(i, i + 1, a => Day(a), Granularity.Day, "PRESENT_REF");
            if (Is(i, "yesterday")) return DayPart(i, i + 1, _anchor is { } ay ? DayFound(i, i + 1, AddDays(ay, -1)) : Unplaced(i, i + 1, Granularity.Day));
            if (Is(i, "tomorrow")) return DayPart(i, i + 1, _anchor is { } at ? DayFound(i, i + 1, AddDays(at, 1)) : Unplaced(i, i + 1, Granularity.Day));
            if (Lookup(References, w, out var reference))
            {
                if (Is(i, "current") && Is(i + 1, "quarter")) return Quarter(i, i);
                return new Found(i, i + 1, TimeType.Date, reference, Granularity.None, true);
            }
            if (Lookup(SetWords, w, out var set)) return new Found(i, i + 1, TimeType.Set, set, Granularity.None, true);
            if (IsAny(i, "every", "each") && IsWord(i + 1) && Lookup(UnitWords, W(i + 1), out var su) && su is not Unit.None)
                return new Found(i, i + 2, TimeType.Set, "P1" + Code(su), Granularity.None, true);
            if (Is(i, "fiscal") && Year(i + 1, out var fy)) return new Found(i, i + 2, TimeType.Date, fy.ToString("D4", CultureInfo.InvariantCulture), Granularity.Year, true);
            if (Quarter(i, i) is { } quarter) return quarter;
            if (Ordinals.ContainsKey(S(i)) || w.Contains('-')) { if (Quarter(i, i) is { } q2) return q2; }
            if (Is(i, "recent") && IsWord(i + 1) && UnitWords.ContainsKey(S(i + 1))) return new Found(i, i + 2, TimeType.Date, "PAST_REF", Granularity.None, true);
            // two years, a few hours, several weeks, two-year
            return Duration(i);
        }

        private Found? Anchored(int start, int end, Func<DateOnly, string> value, Granularity g, string unanchored, TimeType type = TimeType.Date) =>
            _anchor is { } a ? new Found(start, end, type, value(a), g, true) : new Found(start, end, type, unanchored, g, false);

        /// <summary>"Friday morning", "yesterday afternoon": the part of the day joins the date.</summary>
        private Found? DayPart(int start, int end, Found? date)
        {
            if (date is not { } d) return null;
            if (IsWord(end) && Lookup(DayParts, W(end), out var part) && d.Value.Length == 10)
                return d with { End = end + 1 }; // "Sunday night": the day is the value
            return d;
        }

        private Found? MonthForms(int i, int month)
        {
            int e = AfterMonth(i);
            // March 22, 2013 / March 22 / March 2013 / March
            if (DayNumber(e, out var d) && !(IsNumber(e + 1) && !Is(e + 1, ",") && W(e + 1).Length != 4))
            {
                int f = e + 1;
                if (Is(f, ",")) f++;
                if (Year(f, out var y)) return Date(i, f + 1, y, month, d);
                if (ToldYear(e + 1) is { } told) return Date(i, e + 3, told, month, d);
                return MonthDay(i, e + 1, month, d);
            }
            if (Is(e, ",") && Year(e + 1, out var y1)) return new Found(i, e + 2, TimeType.Date, $"{y1:D4}-{month:D2}", Granularity.Month, true);
            if (Year(e, out var y2)) return new Found(i, e + 1, TimeType.Date, $"{y2:D4}-{month:D2}", Granularity.Month, true);
            // "June last year", "in March next year": the year is told relative to the report's
            if (Upper(i) && ToldYear(e) is { } yy) return MonthOf(i, e + 2, yy, month);
            // a month alone: only when written as a name ("May" the modal and "march" the verb stay out)
            if (!Upper(i)) return null;
            var word = W(i);
            if (word.Length <= 4 && word.Length < 3) return null;
            bool ambiguous = word.Equals("May", StringComparison.Ordinal) || word.Equals("March", StringComparison.Ordinal);
            if (ambiguous && !IsAny(i - 1, "in", "since", "until", "by", "of", "during", "before", "after", "through", "from", "to", "last", "next", "this", "early", "late", "mid", "on"))
                return null;
            if (_anchor is not { } a) return new Found(i, e, TimeType.Date, $"XXXX-{month:D2}", Granularity.Month, false);
            int year = a.Year;
            var tense = TenseAt(i);
            if (tense < 0 && month > a.Month) year--;
            if (tense > 0 && month < a.Month) year++;
            if (tense == 0 && month - a.Month > 6) year--;
            if (tense == 0 && a.Month - month > 6) year++;
            return MonthOf(i, e, year, month);
        }

        private static Found? Date(int start, int end, int year, int month, int day) =>
            !InCalendar(year) ? Unplaced(start, end, Granularity.Day)
            : day <= DateTime.DaysInMonth(year, month) ? new Found(start, end, TimeType.Date, $"{year:D4}-{month:D2}-{day:D2}", Granularity.Day, true) : null;

        /// <summary>The year "last year", "this year" or "next year" at token <paramref name="k"/> tells (null: none there, or no anchor).</summary>
        private int? ToldYear(int k)
        {
            if (_anchor is not { } a || !IsAny(k + 1, "year")) return null;
            return IsAny(k, "last") ? a.Year - 1 : IsAny(k, "next") ? a.Year + 1 : IsAny(k, "this") ? a.Year : null;
        }

        private Found? MonthDay(int start, int end, int month, int day)
        {
            if (_anchor is null) return new Found(start, end, TimeType.Date, $"XXXX-{month:D2}-{day:D2}", Granularity.Day, false);
            if (day > DateTime.DaysInMonth(2000, month)) return null;
            // 29 February falls back to the 28th in other years
            var date = DateByTense(start, (month, day), static (md, y) => new DateOnly(y, md.month, Math.Min(md.day, DateTime.DaysInMonth(y, md.month))));
            return DayPart(start, end, DayFound(start, end, date));
        }

        /// <summary>
        /// A day that comes once a year (a month-day, a holiday), in the year the clause's tense points to: a past
        /// clause the last one (up to two weeks ahead), a future clause the next, else the nearest.
        /// </summary>
        /// <remarks>Null where the year it points to is outside the calendar (years 1 to 9999).</remarks>
        private DateOnly? DateByTense<TState>(int start, TState state, Func<TState, int, DateOnly> inYear)
        {
            var a = _anchor!.Value;
            var date = inYear(state, a.Year);
            var tense = TenseAt(start);
            bool hasBefore = InCalendar(a.Year - 1L), hasAfter = InCalendar(a.Year + 1L);
            if (tense < 0 && date.DayNumber > a.DayNumber + 14) return hasBefore ? inYear(state, a.Year - 1) : null;
            if (tense > 0 && date.DayNumber < a.DayNumber - 14) return hasAfter ? inYear(state, a.Year + 1) : null;
            if (tense != 0) return date;
            var nearest = date;
            if (hasBefore && inYear(state, a.Year - 1) is var before && Math.Abs(before.DayNumber - a.DayNumber) < Math.Abs(date.DayNumber - a.DayNumber)) nearest = before;
            if (hasAfter && inYear(state, a.Year + 1) is var after && Math.Abs(after.DayNumber - a.DayNumber) < Math.Abs(nearest.DayNumber - a.DayNumber)) nearest = after;
            return nearest;
        }

        /// <summary>Holidays with a date every year: Christmas (Eve, Day), New Year's Day/Eve, Halloween, Valentine's Day, Thanksgiving (US), Easter.</summary>
        private Found? Holiday(int i)
        {
            if (!Upper(i)) return null;
            int end = i + 1;
            Func<int, DateOnly>? inYear = null;
            if (Is(i, "christmas"))
            {
                inYear = IsAny(end, "eve") ? y => new DateOnly(y, 12, 24) : y => new DateOnly(y, 12, 25);
                if (IsAny(end, "eve", "day")) end++;
            }
            else if (Is(i, "new") && Is(i + 1, "year") && IsAny(i + 2, "'s", "’s") && IsAny(i + 3, "day", "eve"))
            {
                inYear = Is(i + 3, "eve") ? y => new DateOnly(y, 12, 31) : y => new DateOnly(y, 1, 1);
                end = i + 4;
            }
            else if (Is(i, "halloween")) inYear = y => new DateOnly(y, 10, 31);
            else if (Is(i, "valentine") && IsAny(i + 1, "'s", "’s") && Is(i + 2, "day")) { inYear = y => new DateOnly(y, 2, 14); end = i + 3; }
            else if (Is(i, "thanksgiving"))
            {
                // the fourth Thursday of November
                inYear = y => { var first = new DateOnly(y, 11, 1); return first.AddDays((4 - (int)first.DayOfWeek + 7) % 7 + 21); };
                if (IsAny(end, "day")) end++;
            }
            else if (Is(i, "easter"))
            {
                inYear = EasterSunday;
                if (IsAny(end, "sunday", "day")) end++;
            }
            if (inYear is null) return null;
            if (_anchor is null) return new Found(i, end, TimeType.Date, "XXXX-XX-XX", Granularity.Day, false);
            return DayFound(i, end, DateByTense(i, inYear, static (f, y) => f(y)));
        }

        /// <summary>Easter Sunday of a Gregorian year (the anonymous Gregorian computus).</summary>
        private static DateOnly EasterSunday(int y)
        {
            int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
            int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
            int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
            return new DateOnly(y, month, day);
        }

        /// <summary>"over the weekend": the last one in a past clause (or the current one on a Saturday or Sunday), else the coming one.</summary>
        private Found? TheWeekend(int i)
        {
            if (_anchor is not { } a) return new Found(i, i + 2, TimeType.Date, "XXXX-WXX-WE", Granularity.Week, false);
            bool inWeekend = a.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var day = inWeekend || TenseAt(i) > 0 ? a : AddDays(a, -7);
            return WeekFound(i, i + 2, day, "-WE");
        }

        /// <summary>A weekday: in a past clause the last one (today included), in a future clause the next.</summary>
        private Found? WeekdayForm(int start, int at, int weekday, int direction)
        {
            int end = at + 1;
            if (Is(end, ",") && (Month(end + 1, out _) || DayNumber(end + 1, out _)))
            {
                // "Friday, March 22": the date says it
                if (Match(end + 1) is { Type: TimeType.Date, Granularity: Granularity.Day } dated) return dated with { Start = start };
            }
            if (_anchor is not { } a) return new Found(start, end, TimeType.Date, "XXXX-XX-XX", Granularity.Day, false);
            int today = (int)a.DayOfWeek == 0 ? 7 : (int)a.DayOfWeek;
            int delta;
            if (direction > 0) delta = (weekday - today + 7) % 7 is 0 ? 7 : (weekday - today + 7) % 7;
            else if (direction < 0) delta = -((today - weekday + 7) % 7 is 0 ? 7 : (today - weekday + 7) % 7);
            else delta = TenseAt(start) > 0 ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7);
            return DayPart(start, end, DayFound(start, end, AddDays(a, delta)));
        }

        /// <summary>last/this/next/coming/past/previous + unit, season, month or weekday; "the last three years".</summary>
        private Found? Relative(int at, int start)
        {
            if (at >= End || !IsWord(at)) return null;
            int sign = IsAny(at, "last", "past", "previous", "recent") ? -1 : IsAny(at, "next", "coming", "following") ? 1 : IsAny(at, "this") ? 0 : int.MinValue;
            if (sign == int.MinValue) return null;
            int e = at + 1;
            // "the past three years", "the next two weeks", "the last few days": a duration
            int afterCount = Count(e, out var n);
            if (afterCount > e && IsWord(afterCount) && Lookup(UnitWords, W(afterCount), out var du))
                return new Found(start, afterCount + 1, TimeType.Duration, Period(n, du), Granularity.None, true);
            if (!IsWord(e)) return null;
            if (Lookup(WeekdayWords, W(e), out var wd)) return WeekdayForm(start, e, wd, sign == 0 ? 0 : sign);
            if (Lookup(MonthWords, W(e), out var month))
            {
                if (_anchor is not { } a0) return new Found(start, e + 1, TimeType.Date, $"XXXX-{month:D2}", Granularity.Month, false);
                int year = a0.Year + (sign < 0 ? (month >= a0.Month ? -1 : 0) : sign > 0 ? (month <= a0.Month ? 1 : 0) : 0);
                return MonthOf(start, e + 1, year, month);
            }
            if (Lookup(Seasons, W(e), out var season))
            {
                if (_anchor is not { } a1) return new Found(start, e + 1, TimeType.Date, "XXXX-" + season, Granularity.Season, false);
                int startMonth = season switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
                int year = a1.Year + (sign < 0 ? (startMonth < a1.Month ? 0 : -1) : sign > 0 ? (startMonth > a1.Month ? 0 : 1) : 0);
                return InCalendar(year) ? new Found(start, e + 1, TimeType.Date, $"{year:D4}-{season}", Granularity.Season, true) : Unplaced(start, e + 1, Granularity.Season);
            }
            // "this morning", "last night": the day the part is of
            if (sign <= 0 && Lookup(DayParts, W(e), out _))
                return _anchor is { } ad ? DayFound(start, e + 1, AddDays(ad, sign)) : Unplaced(start, e + 1, Granularity.Day);
            if (!Lookup(UnitWords, W(e), out var unit)) return null;
            if (W(e).EndsWith('s'))
                return sign < 0 ? new Found(start, e + 1, TimeType.Date, "PAST_REF", Granularity.None, true) : null; // "recent years"
            if (Is(start, "the") && sign < 0 && unit is Unit.Year or Unit.Month or Unit.Week or Unit.Day && !Is(at, "last"))
                return new Found(start, e + 1, TimeType.Duration, Period(1, unit), Granularity.None, true); // "the past year"
            if (_anchor is not { } a) return new Found(start, e + 1, TimeType.Date, "XXXX", Granularity.None, false);
            return unit switch
            {
                Unit.Day => DayFound(start, e + 1, AddDays(a, sign)),
                Unit.Week => WeekFound(start, e + 1, AddDays(a, 7L * sign)),
                Unit.Weekend => WeekFound(start, e + 1, AddDays(a, 7L * sign), "-WE"),
                Unit.Month => MonthFound(start, e + 1, AddMonths(a, sign)),
                Unit.Quarter => QuarterOf(start, e + 1, a, sign),
                Unit.Year when sign < 0 && QuarterTalk() => YearAgoQuarter(start, e + 1, a, 1),
                Unit.Year => YearFound(start, e + 1, (long)a.Year + sign),
                Unit.Decade => DecadeFound(start, e + 1, a.Year / 10 + (long)sign),
                Unit.Century => CenturyFound(start, e + 1, a.Year / 100 + (long)sign),
                _ => null,
            };
        }

        /// <summary>Whether the sentence, or the one before it, reports quarterly results ("third-quarter profit fell from a year ago").</summary>
        private bool QuarterTalk()
        {
            for (int k = ContextFirst < 0 ? First : ContextFirst; k < End; k++)
                if (IsWord(k) && W(k).EndsWith("quarter", StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        /// <summary>"a year ago" beside a quarter's results: that quarter, a year before (the last reported quarter).</summary>
        private static Found YearAgoQuarter(int start, int end, DateOnly a, long years)
        {
            var (y, q) = QuarterShift(a, -1);
            return QuarterFound(start, end, y - years, q);
        }

        private static Found QuarterOf(int start, int end, DateOnly a, int sign)
        {
            var (y, q) = QuarterShift(a, sign);
            return QuarterFound(start, end, y, q);
        }

        /// <summary>The quarter <paramref name="sign"/> quarters away from the one <paramref name="a"/> is in.</summary>
        private static (long Year, int Quarter) QuarterShift(DateOnly a, int sign)
        {
            int q = (a.Month - 1) / 3 + 1 + sign;
            long y = a.Year;
            while (q < 1) { q += 4; y--; }
            while (q > 4) { q -= 4; y++; }
            return (y, q);
        }

        private static Found QuarterFound(int start, int end, long year, int quarter) =>
            InCalendar(year) ? new Found(start, end, TimeType.Date, $"{year:D4}-Q{quarter}", Granularity.Month, true)
            : new Found(start, end, TimeType.Date, "XXXX-QX", Granularity.Month, false);

        /// <summary>the third quarter, third-quarter, the fiscal first quarter, the latest/year-ago quarter, the first half.</summary>
        private Found? Quarter(int at, int start)
        {
            if (at >= End || !IsWord(at)) return null;
            int e = at;
            if (Is(e, "fiscal")) e++;
            bool yearAgo = false;
            int q = 0;
            bool half = false;
            var w = IsWord(e) ? W(e) : default;
            int dash = w.IndexOf('-');
            if (dash > 0 && Lookup(Ordinals, w[..dash], out var oq) && (w[(dash + 1)..].Equals("quarter", StringComparison.OrdinalIgnoreCase) || w[(dash + 1)..].Equals("half", StringComparison.OrdinalIgnoreCase)))
            {
                q = oq; half = w[(dash + 1)..].Equals("half", StringComparison.OrdinalIgnoreCase); e++;
            }
            else if (IsWord(e) && Lookup(Ordinals, w, out var o) && IsAny(e + 1, "quarter", "half"))
            {
                q = o; half = Is(e + 1, "half"); e += 2;
            }
            else if (IsAny(e, "latest", "current", "year-earlier", "year-ago", "same") && Is(e + 1, "quarter"))
            {
                yearAgo = IsAny(e, "year-earlier", "year-ago");
                e += 2;
            }
            else if (Is(e, "quarter") && start < at && Is(start, "the")) e++;
            else return null;
            if (half && q > 2) return null;
            if (_anchor is not { } a) return new Found(start, e, TimeType.Date, half ? $"XXXX-H{q}" : $"XXXX-Q{(q == 0 ? "X" : q.ToString(CultureInfo.InvariantCulture))}", Granularity.Month, false);
            int current = (a.Month - 1) / 3 + 1;
            int year = a.Year;
            if (q == 0)
            {
                // "the quarter", "the latest quarter": the last one reported (the one before the report's)
                q = current - 1;
                if (q < 1) { q = 4; year--; }
            }
            else if (!half && q > current && !Future(start)) year--;
            if (yearAgo) year--;
            if (Year(e, out var explicitYear)) { year = explicitYear; e++; }
            else if (Is(e, "of") && Year(e + 1, out var ofYear)) { year = ofYear; e += 2; }
            if (!InCalendar(year)) return new Found(start, e, TimeType.Date, half ? "XXXX-HX" : "XXXX-QX", Granularity.Month, false);
            return new Found(start, e, TimeType.Date, half ? $"{year:D4}-H{q}" : $"{year:D4}-Q{q}", Granularity.Month, true);
        }

        private Found? Season(int i)
        {
            if (!IsWord(i) || !Lookup(Seasons, W(i), out var s)) return null;
            if (Year(i + 1, out var y)) return new Found(i, i + 2, TimeType.Date, $"{y:D4}-{s}", Granularity.Season, true);
            if (_anchor is not { } a) return new Found(i, i + 1, TimeType.Date, "XXXX-" + s, Granularity.Season, false);
            return new Found(i, i + 1, TimeType.Date, $"{a.Year:D4}-{s}", Granularity.Season, true);
        }

        /// <summary>N units (ago): "two years", "a few hours", "18 months ago", "30-year".</summary>
        private Found? Duration(int i)
        {
            if (i >= End) return null;
            var w = W(i);
            // hyphenated: "30-year", "two-week", "five-day"
            int dash = w.IndexOf('-');
            if (_tokens[i].Kind == TokenKind.Word && dash > 0 && Lookup(UnitWords, w[(dash + 1)..], out var hu) && Lookup(NumberWords, w[..dash], out var hn) && hn > 0 && hu != Unit.Quarter)
                return new Found(i, i + 1, TimeType.Duration, Period(hn, hu), Granularity.None, true);
            if (IsNumber(i) && i + 2 < End && W(i + 1) is "-" && Adjacent(i + 1) && IsWord(i + 2) && Lookup(UnitWords, W(i + 2), out var nu)
                && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var nn))
                return new Found(i, i + 3, TimeType.Duration, Period(nn, nu), Granularity.None, true);
            int e = Count(i, out var n);
            if (e == i) return null;
            if (Is(e, "more") || Is(e, "full")) e++;
            if (!IsWord(e) || !Lookup(UnitWords, W(e), out var unit)) return null;
            if (n == 1 && W(e).EndsWith('s')) return null; // "a years" is no duration
            if (unit == Unit.Quarter && !Is(e + 1, "ago")) return null; // "a quarter", "three quarters": fractions more often than periods
            if (n == -2) n = -1;
            if (Is(e + 1, "ago") || Is(e + 1, "earlier")) return Ago(i, e + 2, n, unit);
            return new Found(i, e + 1, TimeType.Duration, Period(n, unit), Granularity.None, true);
        }

        private Found? Ago(int start, int end, int n, Unit unit)
        {
            if (n < 0) return new Found(start, end, TimeType.Date, "PAST_REF", Granularity.None, true);
            if (_anchor is not { } a) return new Found(start, end, TimeType.Date, "XXXX", Granularity.None, false);
            if (unit == Unit.Year && QuarterTalk()) return YearAgoQuarter(start, end, a, n);
            return unit switch
            {
                Unit.Day => DayFound(start, end, AddDays(a, -(long)n)),
                Unit.Week => WeekFound(start, end, AddDays(a, -7L * n)),
                Unit.Month => MonthFound(start, end, AddMonths(a, -(long)n)),
                Unit.Year => YearFound(start, end, a.Year - (long)n),
                Unit.Decade => a.Year - 10L * n is var y and >= 1 ? DecadeFound(start, end, y / 10) : Unplaced(start, end, Granularity.Decade),
                _ => new Found(start, end, TimeType.Date, "PAST_REF", Granularity.None, true),
            };
        }

        private static string Code(Unit u) => u switch
        {
            Unit.Second => "S", Unit.Minute => "M", Unit.Hour => "H", Unit.Day => "D", Unit.Week => "W", Unit.Weekend => "WE",
            Unit.Month => "M", Unit.Quarter => "Q", Unit.Year => "Y", Unit.Decade => "DE", Unit.Century => "CE", _ => "X",
        };

        private static string Period(int n, Unit u)
        {
            string q = n < 0 ? "X" : n.ToString(CultureInfo.InvariantCulture);
            return u switch
            {
                Unit.Second or Unit.Minute or Unit.Hour => $"PT{q}{Code(u)}",
                Unit.Decade => n < 0 ? "PXDE" : $"P{n * 10L}Y",
                Unit.Century => n < 0 ? "PXCE" : $"P{n * 100L}Y",
                Unit.Weekend => $"P{(n < 0 ? "X" : (2L * n).ToString(CultureInfo.InvariantCulture))}D",
                _ => $"P{q}{Code(u)}",
            };
        }

        /// <summary>
        /// Whether the clause around token <paramref name="at"/> speaks of the future: a future cue before it
        /// ("will", "is due to", "plans to", "next") decides; else a past verb before it says past; else the
        /// words after it.
        /// </summary>
        private bool Future(int at) => TenseAt(at) > 0;

        /// <summary>+1 future, -1 past, 0 when the clause does not tell.</summary>
        private int TenseAt(int at)
        {
            // "as soon as Tuesday", "as early as next week": not yet
            if (at - 3 >= First && IsAny(at - 3, "as") && IsAny(at - 2, "soon", "early") && IsAny(at - 1, "as")) return 1;
            // A time that opens its sentence ("Until Thursday, they had not called him", "On Tuesday, the
            // league ran ..."): the clause it belongs to follows the comma.
            int lead = First;
            while (lead < at && IsAny(lead, "on", "until", "till", "by", "since", "from", "before", "after", "early", "late", "later", "earlier")) lead++;
            if (lead == at && ClauseAfterComma(at) is var after and not 0) return after;
            for (int k = at - 1; k >= First && k >= at - 10; k--)
            {
                if (_tokens[k].Kind == TokenKind.Punctuation && BoundaryLookup.Contains(W(k))) break;
                if (IsFutureCue(k, at)) return 1;
                // "since the May 3 attack": what a clause counts from has happened
                if (IsAny(k, "since")) return -1;
                // "is payable Jan. 2", "effective June 1": the present tells neither way (the nearest date wins)
                if (IsAny(k, "is", "are", "am", "effective")) return 0;
                // "will be made", "has been delayed": a participle after be/have says nothing of the tense yet;
                // after a determiner it is an adjective ("the reduced dividend")
                if (Past(k) && !IsAny(k - 1, "be", "been", "being", "have", "has") && !IsDeterminer(k - 1)) return -1;
                if (BoundaryLookup.Contains(W(k)) && k < at - 1) break;
            }
            for (int k = at + 1; k < End && k <= at + 4; k++)
            {
                if (_tokens[k].Kind == TokenKind.Punctuation && BoundaryLookup.Contains(W(k))) break;
                if (W(k) is "will" or "'ll" or "’ll" or "would") return 1;
                if (Past(k)) return -1;
            }
            return 0;
        }

        /// <summary>The tense of the clause after the first comma following <paramref name="at"/>, 0 when it does not tell.</summary>
        private int ClauseAfterComma(int at)
        {
            int k = at + 1;
            while (k < End && k <= at + 6 && !Is(k, ",")) k++;
            if (!Is(k, ",")) return 0;
            for (int j = k + 1; j < End && j <= k + 12; j++)
            {
                if (_tokens[j].Kind == TokenKind.Punctuation && BoundaryLookup.Contains(W(j))) break;
                // the main verb first: "On Friday, the government planned to pay" is past; "is expected to" is not
                if (Past(j) && !IsAny(j - 1, "be", "been", "being", "have", "has", "is", "are", "am")) return -1;
                if (IsFutureCue(j, End)) return 1;
            }
            return 0;
        }

        /// <summary>Whether token <paramref name="k"/> says the future ("will", "plans", "set for"; not "set Friday as the deadline").</summary>
        private bool IsFutureCue(int k, int at)
        {
            var w = W(k);
            if (w.Equals("set", StringComparison.OrdinalIgnoreCase)) return IsAny(k + 1, "to", "for");
            // "the plan", "its plans": a noun, not someone planning
            if (IsAny(k, "plan", "plans") && IsDeterminer(k - 1)) return false;
            if (FutureCueLookup.Contains(w)) return true;
            return w is "to" && k + 1 < at && Lexicon.Lemma(S(k + 1).ToLowerInvariant(), PartsOfSpeech.Verb) is not null && k > First
                && IsAny(k - 1, "is", "are", "was", "were", "going", "due", "expected", "scheduled", "set", "plans", "planned");
        }

        private bool IsDeterminer(int k) => IsAny(k, "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those");

        /// <summary>Whether token <paramref name="k"/> can be a verb: a capitalised word inside a sentence is a name ("United States").</summary>
        private bool Verbal(int k) => k == First || !char.IsUpper(W(k)[0]);

        /// <summary>Whether token <paramref name="k"/> is a past verb form: a word, not a name (its string made only when it may be one).</summary>
        private bool Past(int k) => _tokens[k].Kind == TokenKind.Word && Verbal(k) && W(k).Length >= 3 && Past(S(k));

        private bool Past(string word)
        {
            var w = word.ToLowerInvariant();
            if (w is "was" or "were" or "had" or "did" or "said" or "told") return true;
            if (w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal)) return Lexicon.Lemma(w, PartsOfSpeech.Verb) is not null;
            return Lexicon.IsIrregularVerbForm(w) && Lexicon.Lemma(w, PartsOfSpeech.Verb) != w;
        }
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // The calendar's limits. Arithmetic past them ("next year" in a report dated 9999, "10000 years ago") leaves the
    // expression unanchored (an X value): it is never clamped into a wrong date nor written as a year below 1.
    private static bool InCalendar(long year) => year is >= 1 and <= 9999;

    /// <summary><paramref name="a"/> moved by <paramref name="days"/>; null outside the calendar.</summary>
    private static DateOnly? AddDays(DateOnly a, long days)
    {
        long n = a.DayNumber + days;
        return n < DateOnly.MinValue.DayNumber || n > DateOnly.MaxValue.DayNumber ? null : DateOnly.FromDayNumber((int)n);
    }

    /// <summary><paramref name="a"/> moved by <paramref name="months"/> (the day kept where the month has it); null outside the calendar.</summary>
    private static DateOnly? AddMonths(DateOnly a, long months)
    {
        long m = a.Year * 12L + (a.Month - 1) + months;
        if (!InCalendar(Math.DivRem(m, 12, out long rest)) || m < 0) return null;
        int y = (int)(m / 12), mo = (int)rest + 1;
        return new DateOnly(y, mo, Math.Min(a.Day, DateTime.DaysInMonth(y, mo)));
    }

    /// <summary>An expression that cannot be placed on the calendar: without an anchor, or past the calendar's limits.</summary>
    private static Found Unplaced(int start, int end, Granularity g) => new(start, end, TimeType.Date, g switch
    {
        Granularity.Day => "XXXX-XX-XX",
        Granularity.Week => "XXXX-WXX",
        Granularity.Month or Granularity.Season => "XXXX-XX",
        Granularity.Decade => "XXX",
        Granularity.Century => "XX",
        _ => "XXXX",
    }, g, false);

    private static Found DayFound(int start, int end, DateOnly? d) =>
        d is { } x ? new Found(start, end, TimeType.Date, Day(x), Granularity.Day, true) : Unplaced(start, end, Granularity.Day);

    private static Found WeekFound(int start, int end, DateOnly? d, string suffix = "")
    {
        if (d is not { } x || WeekOrNull(x) is not { } week) return new Found(start, end, TimeType.Date, "XXXX-WXX" + suffix, Granularity.Week, false);
        return new Found(start, end, TimeType.Date, week + suffix, Granularity.Week, true);
    }

    private static Found MonthFound(int start, int end, DateOnly? d) =>
        d is { } x ? MonthOf(start, end, x.Year, x.Month) : Unplaced(start, end, Granularity.Month);

    private static Found MonthOf(int start, int end, long year, int month) =>
        InCalendar(year) ? new Found(start, end, TimeType.Date, $"{year:D4}-{month:D2}", Granularity.Month, true) : Unplaced(start, end, Granularity.Month);

    private static Found YearFound(int start, int end, long year) =>
        InCalendar(year) ? new Found(start, end, TimeType.Date, year.ToString("D4", CultureInfo.InvariantCulture), Granularity.Year, true) : Unplaced(start, end, Granularity.Year);

    private static Found DecadeFound(int start, int end, long decade) =>
        decade is >= 0 and <= 999 ? new Found(start, end, TimeType.Date, decade.ToString(CultureInfo.InvariantCulture), Granularity.Decade, true) : Unplaced(start, end, Granularity.Decade);

    private static Found CenturyFound(int start, int end, long century) =>
        century is >= 0 and <= 99 ? new Found(start, end, TimeType.Date, century.ToString("D2", CultureInfo.InvariantCulture), Granularity.Century, true) : Unplaced(start, end, Granularity.Century);

    /// <summary>The ISO week of a day; null where its week-numbering year is outside the calendar.</summary>
    private static string? WeekOrNull(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        int year = ISOWeek.GetYear(dt);
        return InCalendar(year) ? $"{year:D4}-W{ISOWeek.GetWeekOfYear(dt):D2}" : null;
    }

}
