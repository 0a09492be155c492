using System.Collections.Frozen;
using Summit.Documents;

using Summit.Lexical;

namespace Summit.Quantities;

/// <summary>Finds quantities in text: figures in digits and words, their units, qualifiers and what they count.</summary>
public interface IQuantityRecognizer
{
    /// <summary>Finds the quantities in a range of a text (a sentence, or the whole report).</summary>
    /// <param name="text">The text; never changed.</param>
    /// <param name="range">The part of <paramref name="text"/> to read; the spans found are offsets into <paramref name="text"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The quantities in text order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="range"/> lies outside <paramref name="text"/>.</exception>
    IReadOnlyList<Quantity> Recognize(string text, Span range, CancellationToken cancellationToken = default);
}

/// <summary>
/// The default <see cref="IQuantityRecognizer"/>: a deterministic token scan (no regular expressions,
/// invariant culture). Recognises "four", "two million", "1.5bn", "$4.2-million", "€3m", "R40 million",
/// "80 percent", "magnitude 6.1", "120 kilometres", "40C", "dozens", "three or four", "between 10 and 15",
/// with qualifiers ("at least", "nearly", "an estimated") and the counted noun ("deaths" → "death").
/// Durations, ages, dates, times and labels ("Flight 93") are left out: they are the time tagger's or not quantities.
/// </summary>
public sealed class QuantityRecognizer : IQuantityRecognizer
{
    private readonly QuantityOptions _options;
    private readonly Lexicon _words;

    /// <summary>Creates a recogniser.</summary>
    /// <param name="options">The options (the approximation width); null for the defaults.</param>
    /// <param name="lexicon">The lexical layer whose words tell a compound ("a two-seater") from a count; null for the shipped one.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public QuantityRecognizer(QuantityOptions? options = null, LexicalResources? lexicon = null)
    {
        _options = options ?? new QuantityOptions();
        _options.Validate();
        _words = (lexicon ?? new LexicalResources()).Words;
    }

    /// <summary>A recogniser with the default options.</summary>
    public static QuantityRecognizer Default { get; } = new();

    /// <summary>Finds the quantities in a whole text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The quantities in text order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<Quantity> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognize(text, new Span(0, text.Length));
    }

    /// <inheritdoc />
    public IReadOnlyList<Quantity> Recognize(string text, Span range, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (range.End > text.Length) throw new ArgumentOutOfRangeException(nameof(range), range, "The range lies outside the text.");
        if (!MayHoldFigure(text, range)) return Array.Empty<Quantity>();
        // the text layer reads every sentence: the token buffer is the thread's, the list of findings made on the first one
        var tokens = t_tokens ?? new List<QTok>(Math.Max(16, range.Length / 5));
        t_tokens = null; // not shared with a nested call
        tokens.Clear();
        QuantityTokenizer.Tokenize(text, range.Start, range.End, tokens);
        var scan = new Scan(text, tokens, _options.ApproximationWidth, _options.DollarCurrency, _words);
        List<Quantity>? found = null;
        for (int i = 0; i < tokens.Count;)
        {
            if ((i & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (scan.TryParse(i, out var quantity, out int next))
            {
                (found ??= []).Add(quantity);
                i = next;
            }
            else i++;
        }
        if (tokens.Capacity <= MaxKeptTokens) t_tokens = tokens;
        return found ?? (IReadOnlyList<Quantity>)Array.Empty<Quantity>();
    }

    /// <summary>
    /// Whether a range can hold a figure at all: every figure starts with digits, a number word, a scale word ("a
    /// million") or a vague plural ("dozens"), and such a word is a whole run of letters. Most sentences hold none and
    /// are not scanned.
    /// </summary>
    private static bool MayHoldFigure(string text, Span range)
    {
        for (int i = range.Start; i < range.End;)
        {
            char c = text[i];
            if (char.IsDigit(c)) return true;
            if (!char.IsLetter(c)) { i++; continue; }
            int start = i;
            while (i < range.End && char.IsLetter(text[i])) i++;
            var word = text.AsSpan(start, i - start);
            if (FigureUnits.ContainsKey(word) || FigureScales.ContainsKey(word) || FigureVague.ContainsKey(word)) return true;
        }
        return false;
    }

    // the words that can start a figure, looked up by span (made once: MayHoldFigure runs on every sentence)
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> FigureUnits = QuantityLexicon.Units.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> FigureScales = QuantityLexicon.Scales.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> FigureVague = QuantityLexicon.Vague.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The largest token buffer a thread keeps between calls (a sentence needs far fewer; a whole book is not kept).</summary>
    private const int MaxKeptTokens = 4096;

    [ThreadStatic] private static List<QTok>? t_tokens;

    private readonly ref struct Scan(string text, List<QTok> tokens, decimal width, string dollar, Lexicon words)
    {
        private readonly Lexicon _words = words;
        private readonly string _dollar = dollar;
        private readonly string _text = text;
        private readonly List<QTok> _t = tokens;
        private readonly decimal _width = width;

        private ReadOnlySpan<char> S(int i) => _text.AsSpan(_t[i].Start, _t[i].Length);
        private bool IsWord(int i) => i >= 0 && i < _t.Count && _t[i].Kind == QTokKind.Word;
        private bool Is(int i, string s) => i >= 0 && i < _t.Count && S(i).Equals(s, StringComparison.OrdinalIgnoreCase);
        private bool Adjacent(int i) => i >= 0 && i < _t.Count && !_t[i].SpaceBefore;
        private bool InSet(int i, System.Collections.Frozen.FrozenSet<string> set) =>
            i >= 0 && i < _t.Count && _t[i].Kind != QTokKind.Number && set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(S(i));

        // The largest figure read (10^18): far beyond any news figure, and far from decimal overflow after any conversion.
        private const decimal MaxFigure = 1_000_000_000_000_000_000m;

        private struct Figure
        {
            public decimal Value;
            public decimal? Upper;      // vague plural upper bound (exclusive)
            public bool Words;
            public bool Scaled;         // a scale word or abbreviation was applied
            public decimal Scale;
            public bool Vague;
            public int Start, End;      // token range [Start, End)
        }

        public bool TryParse(int i, out Quantity quantity, out int next)
        {
            quantity = null!;
            next = i + 1;
            int j = i;
            bool between = false;
            if (Is(j, "between")) { between = true; j++; }
            int prefixStart = j;
            string? currency = CurrencyPrefix(ref j);
            if (!TryFigure(ref j, currency is not null, out var fig)) return false;

            // A range: "10-15", "10 to 15", "three or four", "between 10 and 15", "$2 to $3 million".
            decimal? upper = null;
            {
                int k = j;
                bool connector = (Is(k, "-") || Is(k, "–") || Is(k, "to") || (Is(k, "or") && !Is(k + 1, "more") && !Is(k + 1, "so")) || (between && Is(k, "and")));
                if (connector)
                {
                    int m = k + 1;
                    string? currency2 = CurrencyPrefix(ref m);
                    if ((currency2 is null || currency2 == currency) && TryFigure(ref m, currency is not null, out var fig2) && !fig2.Vague && !fig.Vague && fig.Words == fig2.Words)
                    {
                        decimal low = fig.Value;
                        if (!fig.Scaled && fig2.Scaled && fig.Value * fig2.Scale <= fig2.Value) low = fig.Value * fig2.Scale;
                        bool change = Is(k, "to") && (InSet(prefixStart - 1, QuantityLexicon.ChangeVerbs)
                            || (Is(prefixStart - 1, "from") && InSet(prefixStart - 2, QuantityLexicon.ChangeVerbs)));
                        if (fig2.Value > low && !change && (low == 0 || fig2.Value / low <= 10 || fig.Words))
                        {
                            fig.Value = low;
                            upper = fig2.Value;
                            fig.Scaled |= fig2.Scaled;
                            j = m;
                        }
                    }
                }
            }
            if (between && upper is null && !Is(j, "and")) { between = false; }
            int exprStart = between ? i : prefixStart;
            // Codes glued to letters: "A380", "A400M", "G8", "F-16".
            if (currency is null && !fig.Words && Adjacent(fig.Start) && fig.Start > 0 && (_t[fig.Start - 1].Kind == QTokKind.Word
                || (Is(fig.Start - 1, "-") && fig.Start > 1 && _t[fig.Start - 2].Kind is QTokKind.Word or QTokKind.Number && Adjacent(fig.Start - 1))))
                return false;

            // The unit after the figure.
            QuantityUnit? unit = null;
            if (currency is null)
            {
                int k = j;
                if (Is(k, "-") && Adjacent(k) && Adjacent(k + 1)) k++;
                if (TryUnit(k, fig, out var u, out int after))
                {
                    unit = u;
                    j = after;
                    // "15 cents to 20 cents", "10 km to 15 km"
                    if (upper is null && (Is(j, "to") || Is(j, "-") || Is(j, "–") || (between && Is(j, "and"))) && !InSet(prefixStart - 1, QuantityLexicon.ChangeVerbs))
                    {
                        int m = j + 1;
                        if (TryFigure(ref m, false, out var fig2) && !fig2.Vague && TryUnit(m, fig2, out var u2, out int after2) && ReferenceEquals(u2, u) && fig2.Value > fig.Value)
                        {
                            upper = fig2.Value;
                            j = after2;
                        }
                    }
                    if (ReferenceEquals(unit, QuantityLexicon.Cent))
                    {
                        unit = QuantityLexicon.Currency("USD");
                        fig.Value /= 100;
                        if (upper is { } up) upper = up / 100;
                    }
                }
            }
            else unit = QuantityLexicon.Currency(currency);

            // "magnitude 6.1", "magnitude-6.1"
            if (unit is null && !fig.Words && exprStart > 0)
            {
                int b = exprStart - 1;
                if (Is(b, "-") && Adjacent(b)) b--;
                if (Is(b, "magnitude")) { unit = QuantityLexicon.MagnitudeUnit; exprStart = b; }
            }

            // Below zero: "-5C", "minus 10 degrees Celsius".
            if (unit is { Kind: QuantityKind.Temperature } && upper is null && exprStart > 0
                && (Is(exprStart - 1, "minus") || ((Is(exprStart - 1, "-") || Is(exprStart - 1, "−")) && Adjacent(exprStart) && (exprStart == 1 || _t[exprStart - 1].SpaceBefore))))
            {
                fig.Value = -fig.Value;
                exprStart--;
            }

            QuantityQualifier qualifier = QuantityQualifier.None;
            Span? qualifierSpan = null;
            // "five or more", "50 or so", "50-plus"
            if (Is(j, "or") && Is(j + 1, "more")) { qualifier = QuantityQualifier.AtLeast; qualifierSpan = new Span(_t[j].Start, _t[j + 1].End); j += 2; }
            else if (Is(j, "or") && Is(j + 1, "so")) { qualifier = QuantityQualifier.About; qualifierSpan = new Span(_t[j].Start, _t[j + 1].End); j += 2; }
            else if (Is(j, "-") && Adjacent(j) && Is(j + 1, "plus") && Adjacent(j + 1)) { qualifier = QuantityQualifier.AtLeast; qualifierSpan = new Span(_t[j].Start, _t[j + 1].End); j += 2; }

            unit ??= QuantityLexicon.CountUnit;
            bool isCount = unit.Kind == QuantityKind.Count;

            if (isCount && !Acceptable(fig, exprStart, j, upper)) return false;

            // The qualifier before.
            if (qualifier == QuantityQualifier.None && !between)
            {
                foreach (var (words, q) in QuantityLexicon.Qualifiers)
                {
                    int start = exprStart - words.Length;
                    if (start < 0) continue;
                    bool match = true;
                    for (int w = 0; w < words.Length && match; w++) match = Is(start + w, words[w]);
                    if (!match) continue;
                    qualifier = q;
                    qualifierSpan = new Span(_t[start].Start, _t[exprStart - 1].End);
                    exprStart = start;
                    break;
                }
            }
            if (upper is not null) qualifier = qualifier is QuantityQualifier.None ? QuantityQualifier.Range : qualifier;
            if (fig.Vague)
            {
                qualifier = QuantityQualifier.Vague;
                upper = fig.Upper;
            }

            // "a two-seater", "a four-wheeler", "a one-liner": a number word joined to a word into a compound that the
            // lexicon knows names a kind of thing, not a count of it.
            if (isCount && fig.Words && upper is null && Is(j, "-") && Adjacent(j) && IsWord(j + 1) && Adjacent(j + 1)
                && _words.Find(_text[_t[fig.Start].Start.._t[j + 1].End].ToLowerInvariant()) is not null)
                return false;

            // What it counts.
            var (counted, countedSpan, partialAfter) = CountedNoun(j, unit.Kind, fig);
            if (counted is null && unit.Kind is QuantityKind.Money or QuantityKind.Percent) (counted, countedSpan) = MeasuredNounBefore(exprStart);
            if (isCount && fig.Words && !fig.Scaled && fig.Value == 1 && upper is null && counted is null) return false;
            // "the 787", "The 717": a bare figure after "the" with nothing counted is a name or model.
            if (isCount && !fig.Words && !fig.Scaled && qualifier == QuantityQualifier.None && upper is null && counted is null && Is(exprStart - 1, "the")) return false;
            bool partial = partialAfter || PartOfWhole(exprStart);

            var normal = Normal(fig.Value, upper, qualifier, unit);
            var span = new Span(_t[exprStart].Start, _t[j - 1].End);
            quantity = new Quantity(span, span.Of(_text), fig.Value, upper, unit, qualifier, normal)
            {
                QualifierSpan = qualifier is QuantityQualifier.Range or QuantityQualifier.Vague ? (between ? new Span(_t[i].Start, _t[i].End) : null) : qualifierSpan,
                NumberSpan = new Span(_t[fig.Start].Start, _t[fig.End - 1].End),
                Counted = counted,
                CountedSpan = countedSpan,
                IsPartial = partial,
            };
            next = j;
            return true;
        }

        private QuantityInterval Normal(decimal value, decimal? upper, QuantityQualifier qualifier, QuantityUnit unit)
        {
            decimal hi = upper ?? value;
            if (value < 0 && qualifier == QuantityQualifier.Nearly) qualifier = QuantityQualifier.About;
            QuantityInterval written = qualifier switch
            {
                QuantityQualifier.About when value < 0 => new(value * (1 + _width), hi * (1 - _width)),
                QuantityQualifier.About => new(value * (1 - _width), hi * (1 + _width)),
                QuantityQualifier.Nearly => new(value * (1 - _width), hi, true, false),
                QuantityQualifier.AtLeast => new(value, null),
                QuantityQualifier.MoreThan => new(value, null, false),
                QuantityQualifier.UpTo or QuantityQualifier.AtMost => new(0, hi),
                QuantityQualifier.LessThan => new(0, hi, true, false),
                QuantityQualifier.Vague => new(value, upper, true, false),
                _ => new(value, hi),
            };
            if (unit.Kind == QuantityKind.Temperature && qualifier is QuantityQualifier.UpTo or QuantityQualifier.AtMost or QuantityQualifier.LessThan)
                return new QuantityInterval(0, unit.ToBase(hi), true, written.HighInclusive);
            if (unit.Kind == QuantityKind.Temperature && unit.ToBase(written.Low) < 0) return new QuantityInterval(0, written.High is { } h0 ? unit.ToBase(h0) : null, true, written.HighInclusive);
            return written.Map(unit.ToBase);
        }

        /// <summary>Whether a bare figure (no unit, no currency) is a count, not a year, date, time, label, age, duration or code.</summary>
        private bool Acceptable(in Figure fig, int exprStart, int end, decimal? upper)
        {
            int f = fig.Start;
            int prev = exprStart - 1;
            var first = _t[f];
            if (!fig.Words && first.Kind == QTokKind.Number)
            {
                var digits = S(f);
                // Year-like: 4 digits, 1000-2100, no separators.
                if (!fig.Scaled && digits.Length == 4 && !digits.ContainsAny(',', '.') && fig.Value is >= 1000 and <= 2100)
                    if (InSet(prev, QuantityLexicon.YearContext) || InSet(prev, QuantityLexicon.Months) || upper is not null || !PluralNounAt(end)) return false;
                // Codes glued to letters: "A380", "G8", "F-16", "1st", "80s".
                if (Adjacent(f) && f > 0 && _t[f - 1].Kind == QTokKind.Word && exprStart == f) return false;
                if (Adjacent(f) && f > 1 && Is(f - 1, "-") && _t[f - 2].Kind is QTokKind.Word or QTokKind.Number && Adjacent(f - 1) && exprStart == f) return false;
                if (Adjacent(fig.End) && fig.End < _t.Count && _t[fig.End].Kind == QTokKind.Word && !fig.Scaled) return false;
                // Dates and fractions: "12/3", "24/7"; times "10:30".
                if (Adjacent(fig.End) && (Is(fig.End, "/") || Is(fig.End, ":")) && fig.End + 1 < _t.Count && _t[fig.End + 1].Kind == QTokKind.Number) return false;
                if (Adjacent(f) && (Is(f - 1, "/") || Is(f - 1, ":") || Is(f - 1, ".") || Is(f - 1, "#"))) return false;
                // Scores and codes: "3-1", "737-800".
                if (upper is null && Is(end, "-") && Adjacent(end) && end + 1 < _t.Count && _t[end + 1].Kind == QTokKind.Number && Adjacent(end + 1)) return false;
            }
            // Dates: "March 5", "5 March".
            if (InSet(prev, QuantityLexicon.Months) || InSet(end, QuantityLexicon.Months)) return false;
            if (Is(prev, "the") && InSet(prev - 1, QuantityLexicon.Months)) return false;
            if (Is(prev, ".") && InSet(prev - 1, QuantityLexicon.Months)) return false;
            if (Is(prev, "of") && (Is(prev - 1, "age") || Is(prev - 1, "aged"))) return false;
            // Durations and ages: "three years", "five-year", "52-year-old".
            int k = end;
            if (Is(k, "-") && Adjacent(k)) k++;
            if (InSet(k, QuantityLexicon.TimeUnits)) return false;
            if (Is(k, "full") || Is(k, "straight") || Is(k, "consecutive")) if (InSet(k + 1, QuantityLexicon.TimeUnits)) return false;
            // Hyphen compounds: "two-thirds" is a fraction, "52-year-old" an age; "seven-member crew" counts members.
            if (Is(end, "-") && Adjacent(end) && IsWord(end + 1) && Adjacent(end + 1) && (InSet(end + 1, QuantityLexicon.Fractions) || Is(end + 2, "-"))) return false;
            // Labels: "No. 3", "Flight 93", "aged 52", "Boeing 737".
            if (InSet(prev, QuantityLexicon.LabelWords)) return false;
            if (IsWord(prev) && !fig.Scaled && ((char.IsUpper(_text[_t[prev].Start]) && !IsSentenceStart(prev)) || HasInnerUpper(S(prev)))) return false;
            // Ages: "Smith, 52, said".
            if (Is(prev, ",") && Is(end, ",") && IsWord(prev - 1) && char.IsUpper(_text[_t[prev - 1].Start]) && !fig.Words) return false;
            // Pronoun "one": "one of", "no one", "the one".
            if (fig.Words && !fig.Scaled && fig.Value == 1 && (Is(end, "of") || Is(prev, "no") || Is(prev, "the") || Is(prev, "any") || Is(prev, "every") || Is(end, "another"))) return false;
            // Ordinal-like and clock words: "one o'clock" are handled by time units; "point": "one point".
            return true;
        }

        private bool IsSentenceStart(int i) => i == 0 || Is(i - 1, ".") || Is(i - 1, "\"") || Is(i - 1, "“") || Is(i - 1, ":") || Is(i - 1, "?") || Is(i - 1, "!") || Is(i - 1, "(");

        private bool PluralNounAt(int k)
        {
            int m = k;
            while (m < _t.Count && m < k + 3 && InSet(m, QuantityLexicon.SkippedModifiers)) m++;
            if (!IsWord(m) || InSet(m, QuantityLexicon.NotNoun) || char.IsUpper(_text[_t[m].Start])) return false;
            var w = S(m);
            return w.Length > 2 && w[^1] is 's' or 'S' || QuantityLexicon.Irregular.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(w);
        }

        private string? CurrencyPrefix(ref int j)
        {
            if (j >= _t.Count) return null;
            var prefixes = QuantityLexicon.CurrencyPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
            var tok = _t[j];
            if (tok.Kind == QTokKind.Symbol && prefixes.TryGetValue(S(j), out var code) && NumberStartsAt(j + 1)) { j++; return S(j - 1).SequenceEqual("$") ? _dollar : code; }
            if (tok.Kind == QTokKind.Word)
            {
                // "US$", "HK$", "R$", "A$"
                if (j + 1 < _t.Count && Is(j + 1, "$") && (Adjacent(j + 1) || S(j).SequenceEqual("US")) && NumberStartsAt(j + 2))
                {
                    var combined = string.Concat(S(j), "$");
                    if (prefixes.TryGetValue(combined, out code)) { j += 2; return code; }
                }
                var word = S(j);
                if (prefixes.TryGetValue(word, out code) && word.Length > 0 && char.IsUpper(word[0]) && j + 1 < _t.Count && _t[j + 1].Kind == QTokKind.Number && code != "ZAR" && (word.Length >= 2))
                {
                    j++;
                    return code;
                }
                // "R40 million": the rand, glued to the figure.
                if (word.Equals("R", StringComparison.Ordinal) && j + 1 < _t.Count && _t[j + 1].Kind == QTokKind.Number && Adjacent(j + 1)) { j++; return "ZAR"; }
            }
            return null;
        }

        private bool NumberStartsAt(int j) => j < _t.Count && (_t[j].Kind == QTokKind.Number || (IsWord(j) && (QuantityLexicon.Units.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(S(j)) || Is(j, "a") || Is(j, "one"))));

        private bool TryFigure(ref int j, bool money, out Figure fig)
        {
            fig = default;
            if (j >= _t.Count) return false;
            fig.Start = j;
            var scales = QuantityLexicon.Scales.GetAlternateLookup<ReadOnlySpan<char>>();
            if (_t[j].Kind == QTokKind.Number)
            {
                if (!TryDigits(S(j), out var value) || value > 1_000_000_000_000_000m) return false;
                int k = j + 1;
                fig.Scale = 1;
                // Scale: "1.5 million", "1.5bn", "3 mn", "$4.2-million", "€3m", "5k".
                int s = k;
                if (Is(s, "-") && Adjacent(s) && Adjacent(s + 1) && IsWord(s + 1)) s++;
                if (IsWord(s) && scales.TryGetValue(S(s), out var scale) && !Is(s, "dozen"))
                {
                    if (!(Is(s, "hundred") && value >= 10) && !(Is(s, "mil") && !money)) { value *= scale; fig.Scaled = true; fig.Scale = scale; k = s + 1; }
                }
                else if (IsWord(s) && Adjacent(s) && (money && (Is(s, "m") || Is(s, "b") || Is(s, "k") || Is(s, "bn")) || (!money && (S(s).SequenceEqual("m") && CountAfterMillion(s + 1)))))
                {
                    scale = Is(s, "m") ? 1_000_000m : Is(s, "k") ? 1_000m : 1_000_000_000m;
                    value *= scale; fig.Scaled = true; fig.Scale = scale; k = s + 1;
                }
                else if (IsWord(s) && !Adjacent(s) && money && (Is(s, "m") || Is(s, "bn")))
                {
                    scale = Is(s, "m") ? 1_000_000m : 1_000_000_000m;
                    value *= scale; fig.Scaled = true; fig.Scale = scale; k = s + 1;
                }
                if (value > MaxFigure) return false;
                fig.Value = value;
                fig.End = k;
                j = k;
                return true;
            }
            if (!IsWord(j)) return false;
            // Vague plurals: "dozens", "hundreds", "tens of thousands".
            var vague = QuantityLexicon.Vague.GetAlternateLookup<ReadOnlySpan<char>>();
            if (vague.TryGetValue(S(j), out var vbase))
            {
                int k = j + 1;
                if (Is(k, "of") && IsWord(k + 1) && vague.TryGetValue(S(k + 1), out var v2) && v2 >= 1000 && v2 > vbase) { vbase *= v2; k += 2; }
                else if (Is(j, "tens") || (Is(j, "scores") && !Is(k, "of"))) return false;
                // "hundreds of millions of dollars" handled above; "thousands" alone is fine.
                fig.Vague = true;
                fig.Words = true;
                fig.Value = Is(j, "dozens") ? 24m : 2 * vbase;
                fig.Upper = Is(j, "dozens") ? 100m : vbase >= 1_000_000 && !Is(j, "tens") && !Is(j, "hundreds") ? 1000 * vbase : 10 * vbase;
                fig.End = k;
                j = k;
                return true;
            }
            // Number words: "four", "twenty-six", "two million", "a dozen", "a hundred and fifty".
            var units = QuantityLexicon.Units.GetAlternateLookup<ReadOnlySpan<char>>();
            decimal total = 0, current = 0;
            bool any = false, lastTens = false, lastUnit = false;
            int m = j;
            if ((Is(m, "a") || Is(m, "an")) && IsWord(m + 1) && scales.TryGetValue(S(m + 1), out _) && !Is(m + 1, "mn") && !Is(m + 1, "bn")) { current = 1; m++; }
            // "half a million"
            while (m < _t.Count)
            {
                if (IsWord(m) && units.TryGetValue(S(m), out int u))
                {
                    if (any && !(lastTens && u < 10 && u > 0) && !(current % 100 == 0 && current > 0 && !lastUnit) && !(current == 0 && total > 0)) break;
                    if (lastUnit) break;
                    current += u;
                    lastTens = u >= 20;
                    lastUnit = u < 20;
                    any = true;
                    m++;
                    if (lastTens && Is(m, "-") && Adjacent(m) && IsWord(m + 1) && units.TryGetValue(S(m + 1), out int u2) && u2 is > 0 and < 10) { current += u2; lastTens = false; lastUnit = true; m += 2; }
                    continue;
                }
                if (IsWord(m) && scales.TryGetValue(S(m), out var scale) && (any || current == 1) && S(m).Length > 3)
                {
                    if (current > 1_000_000_000m || total > 1_000_000_000_000_000m) break; // "hundred hundred hundred …": not a figure
                    if (Is(m, "hundred")) current = (current == 0 ? 1 : current) * 100;
                    else if (Is(m, "dozen")) current = (current == 0 ? 1 : current) * 12;
                    else { total += (current == 0 ? 1 : current) * scale; current = 0; }
                    fig.Scaled = true;
                    fig.Scale = scale;
                    any = true;
                    lastTens = lastUnit = false;
                    m++;
                    continue;
                }
                if (any && Is(m, "and") && Is(m + 1, "a") && Is(m + 2, "half")) { current += 0.5m; m += 3; break; }
                if (any && Is(m, "and") && IsWord(m + 1) && units.ContainsKey(S(m + 1)) && current % 100 == 0 && (current > 0 || total > 0)) { m++; continue; }
                break;
            }
            if (!any || total + current > MaxFigure) return false;
            fig.Words = true;
            fig.Value = total + current;
            fig.End = m;
            j = m;
            return true;
        }

        // "5m people" counts millions; "a 10m fall", "10m high" measure metres.
        private bool CountAfterMillion(int k) => IsWord(k) && !InSet(k, QuantityLexicon.NotNoun) && IsPlural(S(k));

        private static bool TryDigits(ReadOnlySpan<char> s, out decimal value)
        {
            value = 0;
            int dot = s.IndexOf('.');
            if (dot >= 0 && s[(dot + 1)..].IndexOf('.') >= 0) return false;
            if (dot >= 0 && s[dot..].Contains(',')) return false;
            int intEnd = dot >= 0 ? dot : s.Length;
            // Thousands separators must group by three.
            int comma = s[..intEnd].IndexOf(',');
            if (comma >= 0)
            {
                if (comma == 0 || comma > 3) return false;
                for (int c = comma; c < intEnd; c += 4)
                    if (s[c] != ',' || c + 4 > intEnd) return false;
            }
            decimal scale = 0.1m;
            bool fraction = false;
            foreach (char ch in s)
            {
                if (ch == ',') continue;
                if (ch == '.') { fraction = true; continue; }
                int d = ch - '0';
                if ((uint)d > 9) return false;
                if (!fraction) value = value * 10 + d;
                else { value += d * scale; scale /= 10; }
                if (value > 1_000_000_000_000_000m) return false; // no news figure is that large; keeps scaling far from overflow
            }
            return true;
        }

        private bool TryUnit(int k, in Figure fig, out QuantityUnit unit, out int after)
        {
            unit = null!;
            after = k;
            if (k >= _t.Count) return false;
            // "40C", "104F": a capital letter glued to the figure.
            if (Adjacent(k) && IsWord(k) && !fig.Words && (S(k).SequenceEqual("C") || S(k).SequenceEqual("F")))
            {
                unit = S(k)[0] == 'C' ? QuantityLexicon.Celsius : QuantityLexicon.Fahrenheit;
                after = k + 1;
                return true;
            }
            foreach (var (words, u) in QuantityLexicon.UnitPhrases)
            {
                bool match = true;
                for (int w = 0; w < words.Length && match; w++)
                    match = k + w < _t.Count && _t[k + w].Kind != QTokKind.Number && S(k + w).Equals(words[w], StringComparison.OrdinalIgnoreCase);
                if (!match) continue;
                int end = k + words.Length;
                var first = S(k);
                // Short or ambiguous units need the figure close by and a sensible context.
                if (words.Length == 1 && first.Length <= 2 && u.Kind != QuantityKind.Percent && fig.Words) continue;
                if (words.Length == 1 && first.SequenceEqual("m") && !Adjacent(k) && IsWord(end) && !InSet(end, QuantityLexicon.NotNoun) && !Is(end, "long") && !Is(end, "high") && !Is(end, "deep") && !Is(end, "tall") && !Is(end, "wide") && !Is(end, "away")) continue;
                if (u.Kind == QuantityKind.Money)
                {
                    if (u.Symbol == "KRW" && first.Equals("won", StringComparison.OrdinalIgnoreCase) && !fig.Scaled) continue;
                    if (u.Symbol == "GBP" && (first.Equals("pounds", StringComparison.OrdinalIgnoreCase) || first.Equals("pound", StringComparison.OrdinalIgnoreCase)) && !fig.Scaled && Is(end, "of"))
                    { unit = QuantityLexicon.Pound; after = end; return true; }
                    if (words.Length == 1 && first.Length == 3 && !char.IsUpper(first[0])) continue; // "eur", "usd" in lower case are not codes
                }
                if (u.Kind == QuantityKind.SeismicMagnitude && fig.Words) continue;
                unit = u;
                after = end;
                return true;
            }
            return false;
        }

        private (string? Lemma, Span? Span, bool Partial) CountedNoun(int j, QuantityKind kind, in Figure fig)
        {
            int k = j;
            if (kind == QuantityKind.Count && Is(k, "-") && Adjacent(k) && IsWord(k + 1) && Adjacent(k + 1) && !Is(k + 1, "plus"))
                return (QuantityLexicon.Lemma(S(k + 1)), new Span(_t[k + 1].Start, _t[k + 1].End), false);
            bool partial = false;
            if (kind is QuantityKind.Count or QuantityKind.Percent or QuantityKind.Money or QuantityKind.PercentagePoints)
            {
                if (Is(k, "of"))
                {
                    if (kind == QuantityKind.Count && !fig.Vague && !fig.Scaled)
                    {
                        if (Is(k + 1, "them") || Is(k + 1, "whom") || Is(k + 1, "those") || Is(k + 1, "these") || Is(k + 1, "us")) return (null, null, true);
                        if (Is(k + 1, "the") || Is(k + 1, "their") || Is(k + 1, "its") || Is(k + 1, "his") || Is(k + 1, "her")) partial = true;
                        else return (null, null, false);
                    }
                    k++;
                    while (Is(k, "the") || Is(k, "its") || Is(k, "their") || Is(k, "his") || Is(k, "her") || Is(k, "our") || Is(k, "all") || Is(k, "those") || Is(k, "these")) k++;
                    // A count of the nation's ... is still a count of the head noun.
                }
                else if (kind == QuantityKind.Money && (Is(k, "in") || Is(k, "worth")))
                {
                    k++;
                    if (Is(k, "of")) k++;
                }
            }
            else return (null, null, false);
            while (InSet(k, QuantityLexicon.SkippedModifiers)) k++;
            // The noun phrase after the figure: modifiers (capitalised names, "U.S.", "would-be", "newly created", model numbers)
            // then a lower-case head; a plural noun or a verb-like word ends it.
            int start = k, head = -1;
            bool prevCapital = false, prevNoun = false;
            for (int n = 0; n < 6 && k < _t.Count; n++)
            {
                // Hyphen compounds are one modifier or head: "would-be", "high-rise", "off-duty".
                if (IsWord(k) && Is(k + 1, "-") && Adjacent(k + 1) && IsWord(k + 2) && Adjacent(k + 2))
                {
                    head = char.IsUpper(_text[_t[k].Start]) ? head : k + 2;
                    prevCapital = char.IsUpper(_text[_t[k].Start]);
                    prevNoun = !prevCapital;
                    k += 3;
                    if (head == k - 1 && IsPlural(S(k - 1))) break;
                    continue;
                }
                if (_t[k].Kind == QTokKind.Number && prevCapital) { k++; continue; } // "Boeing 787 Dreamliner aircraft"
                if (!IsWord(k) || InSet(k, QuantityLexicon.NotNoun)) break;
                var w = S(k);
                if (QuantityLexicon.Units.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(w) || QuantityLexicon.Scales.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(w)) break;
                if (char.IsUpper(w[0]))
                {
                    if (n == 0 && kind != QuantityKind.Money && !IsWord(k + 1) && !(k + 1 < _t.Count && _t[k + 1].Kind == QTokKind.Number)) break;
                    prevCapital = true;
                    prevNoun = false;
                    k++;
                    continue;
                }
                bool adverb = w.EndsWith("ly", StringComparison.OrdinalIgnoreCase);
                bool participle = w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                    || (w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !(IsWord(k + 1) && !InSet(k + 1, QuantityLexicon.NotNoun) && !char.IsUpper(_text[_t[k + 1].Start])));
                if (participle && prevNoun) break; // "people killed", "homes burning"
                prevCapital = false;
                prevNoun = !adverb && !participle;
                if (!adverb) head = k;
                k++;
                if (!adverb && IsPlural(w)) break;
            }
            if (head < 0 || head < start) return (null, null, partial);
            int last = head;
            var headWord = S(last);
            return (QuantityLexicon.Lemma(headWord), new Span(_t[last].Start, _t[last].End), partial);
        }

        private static bool IsPlural(ReadOnlySpan<char> w) =>
            (w.Length > 3 && (w[^1] is 's' or 'S') && !w.EndsWith("ss", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("us", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("is", StringComparison.OrdinalIgnoreCase))
            || w.Equals("people", StringComparison.OrdinalIgnoreCase) || w.Equals("men", StringComparison.OrdinalIgnoreCase) || w.Equals("women", StringComparison.OrdinalIgnoreCase)
            || w.Equals("children", StringComparison.OrdinalIgnoreCase) || w.Equals("police", StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether the clause gives the figure as part of a larger whole: "including three children", "among the dead were two boys".</summary>
        private bool PartOfWhole(int exprStart)
        {
            for (int b = exprStart - 1; b >= 0 && b >= exprStart - 6; b--)
            {
                if (_t[b].Kind == QTokKind.Punct && !Is(b, "-")) return false;
                if (Is(b, "among") || Is(b, "including") || Is(b, "included") || Is(b, "incl.") || Is(b, "includes")) return true;
            }
            return false;
        }

        /// <summary>What an amount or share measures when the noun comes first: "loot worth $5m", "a loss of $92.2 million", "a stake valued at $3m".</summary>
        private (string?, Span?) MeasuredNounBefore(int exprStart)
        {
            int b = exprStart - 1;
            if (Is(b, "at") && (Is(b - 1, "valued") || Is(b - 1, "estimated") || Is(b - 1, "put") || Is(b - 1, "priced"))) b -= 2;
            else if (Is(b, "worth") || Is(b, "of") || Is(b, "totalling") || Is(b, "totaling") || Is(b, "amounting")) b -= 1;
            else return (null, null);
            // "the loot was worth", "the painting has been valued at"
            if (Is(b, "been")) b--;
            if (Is(b, "was") || Is(b, "were") || Is(b, "is") || Is(b, "are") || Is(b, "has") || Is(b, "have") || Is(b, "had")) b--;
            if (!IsWord(b) || InSet(b, QuantityLexicon.NotNoun) || char.IsUpper(_text[_t[b].Start])) return (null, null);
            var w = S(b);
            if (w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.Equals("because", StringComparison.OrdinalIgnoreCase)
                || w.Equals("instead", StringComparison.OrdinalIgnoreCase) || w.Equals("total", StringComparison.OrdinalIgnoreCase) || w.Equals("sum", StringComparison.OrdinalIgnoreCase)
                || QuantityLexicon.Units.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(w))
                return (null, null);
            return (QuantityLexicon.Lemma(w), new Span(_t[b].Start, _t[b].End));
        }

        private static bool HasInnerUpper(ReadOnlySpan<char> w)
        {
            for (int c = 1; c < w.Length; c++) if (char.IsUpper(w[c])) return true;
            return false;
        }

        private static bool IsAllUpper(ReadOnlySpan<char> w)
        {
            foreach (char c in w) if (!char.IsUpper(c)) return false;
            return true;
        }
    }
}
