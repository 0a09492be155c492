using System.Collections.Frozen;
using Summit.Lexical;

namespace Summit.Quantities;

/// <summary>The words and units the recogniser knows. Lookups take spans: no string per token.</summary>
internal static class QuantityLexicon
{
    public static readonly QuantityUnit CountUnit = new("1", QuantityKind.Count);
    public static readonly QuantityUnit PercentUnit = new("%", QuantityKind.Percent);
    public static readonly QuantityUnit PointUnit = new("pp", QuantityKind.PercentagePoints);
    public static readonly QuantityUnit MagnitudeUnit = new("M", QuantityKind.SeismicMagnitude);
    public static readonly QuantityUnit Metre = new("m", QuantityKind.Length);
    public static readonly QuantityUnit Kilometre = new("km", QuantityKind.Length, 1000m);
    public static readonly QuantityUnit Mile = new("mi", QuantityKind.Length, 1609.344m);
    public static readonly QuantityUnit Celsius = new("°C", QuantityKind.Temperature, 1m, 273.15m);
    public static readonly QuantityUnit Fahrenheit = new("°F", QuantityKind.Temperature, 5m / 9m, 273.15m - 32m * 5m / 9m);
    public static readonly QuantityUnit Pound = new("lb", QuantityKind.Mass, 0.45359237m);

    /// <summary>The US cent; the recogniser turns "98 cents" into 0.98 USD.</summary>
    public static readonly QuantityUnit Cent = new("¢", QuantityKind.Money, 0.01m);

    private static readonly Dictionary<string, QuantityUnit> s_currencies = new(StringComparer.Ordinal);

    /// <summary>The money unit of an ISO 4217 code.</summary>
    public static QuantityUnit Currency(string code)
    {
        lock (s_currencies)
        {
            if (!s_currencies.TryGetValue(code, out var unit)) s_currencies[code] = unit = new QuantityUnit(code, QuantityKind.Money);
            return unit;
        }
    }

    /// <summary>Cardinal number words and their values.</summary>
    public static FrozenDictionary<string, int> Units => NumberWords.Cardinals;

    /// <summary>Scale words: "hundred", "million", and the abbreviations written after digits.</summary>
    public static readonly FrozenDictionary<string, decimal> Scales = NumberWords.Scales.Concat(new Dictionary<string, decimal>
    {
        ["mn"] = 1_000_000m, ["mln"] = 1_000_000m, ["mil"] = 1_000_000m, ["bn"] = 1_000_000_000m, ["bln"] = 1_000_000_000m,
        ["tn"] = 1_000_000_000_000m, ["trn"] = 1_000_000_000_000m, ["lakh"] = 100_000m, ["crore"] = 10_000_000m,
    }).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Vague plurals ("dozens", "hundreds") and their base.</summary>
    public static FrozenDictionary<string, decimal> Vague => NumberWords.VaguePlurals;

    /// <summary>Currency signs and prefixes written before the figure.</summary>
    public static readonly FrozenDictionary<string, string> CurrencyPrefixes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₹"] = "INR", ["₩"] = "KRW", ["₽"] = "RUB",
        ["US$"] = "USD", ["U.S.$"] = "USD", ["A$"] = "AUD", ["AU$"] = "AUD", ["C$"] = "CAD", ["CA$"] = "CAD", ["HK$"] = "HKD", ["NZ$"] = "NZD",
        ["S$"] = "SGD", ["R$"] = "BRL", ["Rs"] = "INR", ["Rs."] = "INR", ["R"] = "ZAR", ["RMB"] = "CNY", ["Sfr"] = "CHF",
        ["USD"] = "USD", ["EUR"] = "EUR", ["GBP"] = "GBP", ["JPY"] = "JPY", ["CNY"] = "CNY", ["CHF"] = "CHF", ["CAD"] = "CAD",
        ["AUD"] = "AUD", ["INR"] = "INR", ["RUB"] = "RUB", ["ZAR"] = "ZAR", ["KRW"] = "KRW", ["BRL"] = "BRL", ["HKD"] = "HKD",
        ["SGD"] = "SGD", ["NZD"] = "NZD", ["SEK"] = "SEK", ["NOK"] = "NOK", ["DKK"] = "DKK", ["MXN"] = "MXN", ["TRY"] = "TRY", ["PLN"] = "PLN",
        ["THB"] = "THB", ["IDR"] = "IDR", ["ILS"] = "ILS",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Qualifiers written before the figure, as word sequences, longest first.</summary>
    public static readonly (string[] Words, QuantityQualifier Qualifier)[] Qualifiers = new (string, QuantityQualifier)[]
    {
        ("no more than", QuantityQualifier.AtMost), ("not more than", QuantityQualifier.AtMost), ("no fewer than", QuantityQualifier.AtLeast),
        ("no less than", QuantityQualifier.AtLeast), ("not less than", QuantityQualifier.AtLeast), ("as many as", QuantityQualifier.UpTo),
        ("as much as", QuantityQualifier.UpTo), ("in excess of", QuantityQualifier.MoreThan), ("a little over", QuantityQualifier.MoreThan),
        ("a little more than", QuantityQualifier.MoreThan), ("slightly more than", QuantityQualifier.MoreThan), ("just over", QuantityQualifier.MoreThan),
        ("well over", QuantityQualifier.MoreThan), ("just under", QuantityQualifier.Nearly), ("just short of", QuantityQualifier.Nearly),
        ("close to", QuantityQualifier.Nearly), ("more than", QuantityQualifier.MoreThan), ("at least", QuantityQualifier.AtLeast),
        ("at most", QuantityQualifier.AtMost), ("up to", QuantityQualifier.UpTo), ("less than", QuantityQualifier.LessThan),
        ("fewer than", QuantityQualifier.LessThan), ("upwards of", QuantityQualifier.MoreThan), ("an estimated", QuantityQualifier.About),
        ("approximately", QuantityQualifier.About), ("roughly", QuantityQualifier.About), ("about", QuantityQualifier.About),
        ("around", QuantityQualifier.About), ("some", QuantityQualifier.About), ("estimated", QuantityQualifier.About),
        ("approx.", QuantityQualifier.About), ("nearly", QuantityQualifier.Nearly), ("almost", QuantityQualifier.Nearly),
        ("over", QuantityQualifier.MoreThan), ("above", QuantityQualifier.MoreThan), ("under", QuantityQualifier.LessThan),
        ("below", QuantityQualifier.LessThan),
    }.Select(q => (q.Item1.Split(' '), q.Item2)).OrderByDescending(q => q.Item1.Length).ToArray();

    /// <summary>
    /// The number of words of the qualifier that <paramref name="lower"/> (lower-case words) opens at <paramref name="i"/>
    /// with ("at least", "about"), or 0; no qualifier is the start of another, so there is at most one.
    /// </summary>
    public static int QualifierAt(IReadOnlyList<string> lower, int i)
    {
        foreach (var (words, _) in Qualifiers)
        {
            if (i + words.Length > lower.Count) continue;
            bool match = true;
            for (int w = 0; w < words.Length && match; w++) match = lower[i + w] == words[w];
            if (match) return words.Length;
        }
        return 0;
    }

    /// <summary>Units written after the figure, as token sequences (lower case), longest first.</summary>
    public static readonly (string[] Words, QuantityUnit Unit)[] UnitPhrases = BuildUnits();

    private static (string[], QuantityUnit)[] BuildUnits()
    {
        var list = new List<(string, QuantityUnit)>();
        void Add(QuantityUnit unit, params string[] phrases) { foreach (var p in phrases) list.Add((p, unit)); }
        Add(PercentUnit, "percent", "per cent", "%", "pct", "per-cent");
        Add(PointUnit, "percentage points", "percentage point", "percent points");
        Add(MagnitudeUnit, "magnitude", "on the richter scale", "richter", "on the moment magnitude scale");
        Add(Metre, "metres", "meters", "metre", "meter", "m");
        Add(Kilometre, "kilometres", "kilometers", "kilometre", "kilometer", "km", "kms");
        Add(new QuantityUnit("cm", QuantityKind.Length, 0.01m), "centimetres", "centimeters", "centimetre", "centimeter", "cm");
        Add(new QuantityUnit("mm", QuantityKind.Length, 0.001m), "millimetres", "millimeters", "millimetre", "millimeter", "mm");
        Add(Mile, "miles", "mile", "mi");
        Add(new QuantityUnit("nmi", QuantityKind.Length, 1852m), "nautical miles", "nautical mile");
        Add(new QuantityUnit("ft", QuantityKind.Length, 0.3048m), "feet", "foot", "ft");
        Add(new QuantityUnit("yd", QuantityKind.Length, 0.9144m), "yards", "yard", "yd");
        Add(new QuantityUnit("in", QuantityKind.Length, 0.0254m), "inches", "inch");
        Add(new QuantityUnit("km²", QuantityKind.Area, 1_000_000m), "square kilometres", "square kilometers", "square kilometre", "square kilometer", "sq km", "km2", "km ²", "square km");
        Add(new QuantityUnit("mi²", QuantityKind.Area, 2_589_988.110336m), "square miles", "square mile", "sq miles", "sq mi");
        Add(new QuantityUnit("m²", QuantityKind.Area, 1m), "square metres", "square meters", "square metre", "square meter", "sq m", "m2");
        Add(new QuantityUnit("ft²", QuantityKind.Area, 0.09290304m), "square feet", "square foot", "sq ft");
        Add(new QuantityUnit("ha", QuantityKind.Area, 10_000m), "hectares", "hectare", "ha");
        Add(new QuantityUnit("acre", QuantityKind.Area, 4046.8564224m), "acres", "acre");
        Add(new QuantityUnit("L", QuantityKind.Volume, 0.001m), "litres", "liters", "litre", "liter");
        Add(new QuantityUnit("gal", QuantityKind.Volume, 0.003785411784m), "gallons", "gallon");
        Add(new QuantityUnit("bbl", QuantityKind.Volume, 0.158987294928m), "barrels", "barrel", "bbl");
        Add(new QuantityUnit("m³", QuantityKind.Volume, 1m), "cubic metres", "cubic meters", "cubic metre", "cubic meter", "m3");
        Add(new QuantityUnit("kg", QuantityKind.Mass, 1m), "kilograms", "kilogrammes", "kilogram", "kilogramme", "kilos", "kilo", "kg", "kgs");
        Add(new QuantityUnit("g", QuantityKind.Mass, 0.001m), "grams", "grammes", "gram");
        Add(new QuantityUnit("t", QuantityKind.Mass, 1000m), "tonnes", "tonne", "metric tons", "metric ton", "tons", "ton");
        Add(Pound, "lbs", "lb");
        Add(new QuantityUnit("oz", QuantityKind.Mass, 0.028349523125m), "ounces", "ounce", "oz");
        Add(new QuantityUnit("km/h", QuantityKind.Speed, 1000m / 3600m), "km/h", "kph", "kmh", "km / h", "kilometres per hour", "kilometers per hour", "kilometres an hour", "kilometers an hour", "km per hour", "km an hour");
        Add(new QuantityUnit("mph", QuantityKind.Speed, 0.44704m), "mph", "miles per hour", "miles an hour", "m.p.h.");
        Add(new QuantityUnit("kn", QuantityKind.Speed, 1852m / 3600m), "knots", "knot");
        Add(new QuantityUnit("m/s", QuantityKind.Speed, 1m), "m/s", "metres per second", "meters per second");
        Add(Celsius, "degrees celsius", "degrees centigrade", "degree celsius", "degrees c", "° c", "°c", "celsius", "centigrade");
        Add(Fahrenheit, "degrees fahrenheit", "degree fahrenheit", "degrees f", "° f", "°f", "fahrenheit");
        Add(new QuantityUnit("kB", QuantityKind.DataSize, 1_000m), "kilobytes", "kilobyte", "kb");
        Add(new QuantityUnit("MB", QuantityKind.DataSize, 1_000_000m), "megabytes", "megabyte", "mb");
        Add(new QuantityUnit("GB", QuantityKind.DataSize, 1_000_000_000m), "gigabytes", "gigabyte", "gb");
        Add(new QuantityUnit("TB", QuantityKind.DataSize, 1_000_000_000_000m), "terabytes", "terabyte", "tb");
        Add(Cent, "cents", "cent");
        Add(Currency("FRF"), "french francs", "french franc");
        Add(Currency("DEM"), "deutsche marks", "deutschmarks", "german marks");
        Add(Currency("USD"), "us dollars", "u.s. dollars", "american dollars", "dollars", "dollar", "usd");
        Add(Currency("EUR"), "euros", "euro", "eur");
        Add(Currency("GBP"), "pounds sterling", "pound sterling", "british pounds", "sterling", "pounds", "pound", "gbp", "quid");
        Add(Currency("JPY"), "japanese yen", "yen", "jpy");
        Add(Currency("CNY"), "chinese yuan", "yuan", "renminbi", "rmb", "cny");
        Add(Currency("CHF"), "swiss francs", "swiss franc", "francs", "chf");
        Add(Currency("CAD"), "canadian dollars", "cad");
        Add(Currency("AUD"), "australian dollars", "aud");
        Add(Currency("HKD"), "hong kong dollars", "hkd");
        Add(Currency("INR"), "indian rupees", "rupees", "rupee", "inr");
        Add(Currency("RUB"), "russian roubles", "russian rubles", "roubles", "rubles", "rouble", "ruble", "rub");
        Add(Currency("ZAR"), "south african rand", "rand", "zar");
        Add(Currency("KRW"), "south korean won", "korean won", "won", "krw");
        Add(Currency("BRL"), "brazilian reais", "reais", "brl");
        return list.Select(p => (Split(p.Item1), p.Item2)).OrderByDescending(p => p.Item1.Length).ToArray();

        static string[] Split(string phrase) => phrase is "km/h" or "m/s" ? [phrase[..^2], "/", phrase[^1..]]
            : phrase.StartsWith('°') && phrase.Length == 2 ? ["°", phrase[1..]] : phrase.Split(' ');
    }

    /// <summary>Verbs of change: "fell $1.125 to $13.625" is a change, not a range.</summary>
    public static readonly FrozenSet<string> ChangeVerbs = new[]
    {
        "rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "dropped", "drop", "drops", "declined", "decline", "declines",
        "increased", "increase", "increases", "decreased", "decrease", "decreases", "climbed", "climb", "climbs", "jumped", "jump", "jumps",
        "slipped", "slip", "gained", "gain", "gains", "lost", "lose", "loses", "cut", "cuts", "raised", "raise", "raises", "reduced", "reduce",
        "boosted", "boost", "edged", "plunged", "plunge", "soared", "soar", "surged", "surge", "tumbled", "tumble", "slumped", "slump",
        "grew", "grow", "grows", "shrank", "shrink", "up", "down", "off", "advanced", "retreated", "sank", "slid", "moved", "went", "changed",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Fraction words: "two-thirds", "three quarters" are not counts.</summary>
    public static readonly FrozenSet<string> Fractions = new[]
    {
        "half", "halves", "third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth", "fifths", "sixth", "sixths", "seventh",
        "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth", "tenths", "hundredth", "hundredths", "thousandth", "thousandths",
        "old", "point", "fold", "times",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end a time expression: a figure before them is a duration or age, left to the time tagger.</summary>
    public static readonly FrozenSet<string> TimeUnits = new[]
    {
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "decade", "decades", "century", "centuries", "weekend", "weekends", "night", "nights", "quarter", "quarters", "yr", "yrs", "hrs", "hr", "mins", "min", "sec", "secs",
        "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc", "est", "edt", "pst", "pdt", "bst", "cet", "o'clock", "millennium", "millennia", "semester", "fortnight", "fortnights",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Month names and abbreviations: a figure beside them is a date.</summary>
    public static FrozenSet<string> Months => CalendarWords.MonthWords;

    /// <summary>Words before a figure that make it a label, not a quantity ("No. 3", "Flight 93", "aged 52").</summary>
    public static readonly FrozenSet<string> LabelWords = new[]
    {
        "no", "no.", "number", "nos", "page", "chapter", "article", "section", "rule", "room", "gate", "channel", "flight", "route", "highway",
        "level", "phase", "class", "grade", "category", "aged", "age", "ages", "version", "model", "volume", "vol", "part", "item", "paragraph",
        "episode", "season", "round", "stage", "step", "line", "platform", "terminal", "floor", "apartment", "suite", "unit", "box", "lot",
        "tier", "division", "district", "ward", "zone", "sector", "squad", "interstate", "game", "match", "week", "day", "year", "#",
        "resolution", "act", "amendment", "paragraph", "clause", "exit", "pier", "berth", "bay", "runway",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a year ("in 2008", "since 1999").</summary>
    public static readonly FrozenSet<string> YearContext = new[]
    {
        "in", "since", "until", "till", "by", "from", "to", "of", "before", "after", "during", "early", "late", "mid", "between", "and", "through", "circa", "c.",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that cannot be (part of) a counted noun phrase.</summary>
    public static readonly FrozenSet<string> NotNoun = new[]
    {
        "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "some", "any", "each", "every",
        "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "into", "onto", "over", "under", "after", "before", "since",
        "during", "between", "among", "against", "about", "around", "through", "across", "per", "than", "as", "like", "via", "toward", "towards",
        "and", "or", "but", "nor", "so", "yet", "if", "while", "when", "where", "who", "whom", "whose", "which", "what", "why", "how",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall",
        "should", "can", "could", "may", "might", "must", "said", "says", "say", "told", "tell", "reported", "according", "also", "only",
        "just", "still", "already", "now", "then", "there", "here", "not", "no", "all", "both", "more", "most", "less", "least", "fewer",
        "other", "others", "another", "them", "they", "it", "he", "she", "we", "you", "i", "us", "him", "me", "ago", "earlier", "later",
        "each", "apiece", "up", "down", "out", "off", "away", "back", "again", "too", "very", "much", "many", "times", "percent", "cent",
        "remain", "remained", "remains", "including", "included", "include", "includes", "whom", "plus", "or", "last", "next", "this",
        "year", "years", "month", "months", "week", "weeks", "day", "days", "today", "yesterday", "tomorrow", "tonight", "against",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adjectives skipped at the start of a counted noun phrase ("two more people", "six other victims").</summary>
    public static readonly FrozenSet<string> SkippedModifiers = new[]
    {
        "more", "other", "additional", "further", "extra", "fewer", "new", "separate", "different", "more than",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Irregular plurals and participles, to their lemma.</summary>
    public static readonly FrozenDictionary<string, string> Irregular = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["people"] = "person", ["persons"] = "person", ["men"] = "man", ["women"] = "woman", ["children"] = "child", ["feet"] = "foot",
        ["teeth"] = "tooth", ["mice"] = "mouse", ["geese"] = "goose", ["lives"] = "life", ["wives"] = "wife", ["knives"] = "knife",
        ["wolves"] = "wolf", ["thieves"] = "thief", ["leaves"] = "leaf", ["halves"] = "half", ["shelves"] = "shelf", ["police"] = "police",
        ["crises"] = "crisis", ["analyses"] = "analysis", ["indices"] = "index", ["criteria"] = "criterion", ["data"] = "data",
        ["media"] = "media", ["news"] = "news", ["series"] = "series", ["species"] = "species", ["aircraft"] = "aircraft", ["staff"] = "staff",
        ["dead"] = "death", ["died"] = "death", ["deaths"] = "death", ["killed"] = "death", ["fatalities"] = "death", ["fatality"] = "death",
        ["injured"] = "injury", ["wounded"] = "injury", ["injuries"] = "injury", ["hurt"] = "injury", ["missing"] = "missing",
        ["sales"] = "sales", ["shares"] = "share", ["businesses"] = "business", ["buses"] = "bus", ["gases"] = "gas", ["status"] = "status",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The lemma of a counted noun: lower case, singular.</summary>
    public static string Lemma(ReadOnlySpan<char> word)
    {
        var lookup = Irregular.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var irregular)) return irregular;
        string w = word.ToString().ToLowerInvariant();
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal)) return w[..^3] + "y";
        if (w.Length > 4 && (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("zzes", StringComparison.Ordinal)))
            return w[..^2];
        if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
            return w[..^1];
        return w;
    }
}
