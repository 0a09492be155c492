using System.Collections.Frozen;

namespace Summit.Lexical;

/// <summary>Numbers written as words: the one list the claim extractor, the time tagger and the quantity recogniser read.</summary>
internal static class NumberWords
{
    /// <summary>Cardinal number words below a hundred that stand alone ("zero" … "nineteen", the tens), in any case, with their values.</summary>
    public static readonly FrozenDictionary<string, int> Cardinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Scale words that multiply the number before them ("hundred", "million", "dozen"), in any case.</summary>
    public static readonly FrozenDictionary<string, decimal> Scales = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100m, ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m, ["trillion"] = 1_000_000_000_000m,
        ["dozen"] = 12m,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Vague plurals ("dozens", "hundreds") with their base, in any case.</summary>
    public static readonly FrozenDictionary<string, decimal> VaguePlurals = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = 12m, ["scores"] = 20m, ["hundreds"] = 100m, ["thousands"] = 1_000m, ["millions"] = 1_000_000m, ["billions"] = 1_000_000_000m, ["tens"] = 10m,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a lower-case word is a number written out, for word classes: a cardinal from "one" up, a scale word, or
    /// "dozens", "hundreds", "thousands", "millions" ("zero", "scores", "tens" and "billions" are read as nouns).
    /// </summary>
    public static bool IsNumberWord(string lower) =>
        (Cardinals.ContainsKey(lower) && lower != "zero") || Scales.ContainsKey(lower) || lower is "dozens" or "hundreds" or "thousands" or "millions";
}
