using System.Collections.Frozen;
using System.Globalization;

using Summit.Lexical;

namespace Summit.Quantities;

/// <summary>Compares two quantities given for one slot (the death toll, the loot's value) by different reports.</summary>
public interface IQuantityComparer
{
    /// <summary>Compares two quantities.</summary>
    /// <param name="left">One report's quantity.</param>
    /// <param name="right">Another report's quantity.</param>
    /// <param name="year">The year whose average exchange rates convert between currencies (the reports' year); null when unknown.</param>
    /// <returns>Agree, conflict or not comparable, with a reason a person can check.</returns>
    /// <exception cref="ArgumentNullException">A quantity is null.</exception>
    QuantityComparison Compare(Quantity left, Quantity right, int? year = null);
}

/// <summary>A quantity of one report paired with the quantity of another report that gives the same slot, and how they compare.</summary>
/// <param name="Left">The left report's quantity.</param>
/// <param name="Right">The right report's quantity.</param>
/// <param name="Comparison">How they compare.</param>
public sealed record QuantityPair(Quantity Left, Quantity Right, QuantityComparison Comparison);

/// <summary>
/// The default <see cref="IQuantityComparer"/>. Two values of one kind agree when their normal
/// intervals overlap after conversion to one unit, each widened by the tolerance of
/// <see cref="QuantityOptions"/>, and conflict otherwise. Units convert exactly; currencies through
/// yearly average exchange rates (<see cref="ExchangeRateTable.Default"/> unless you give your own).
/// Different kinds, different counted things, a part of a whole ("three children" among "12 people"),
/// or a missing exchange rate give <see cref="QuantityAgreement.NotComparable"/>.
/// </summary>
public sealed class QuantityComparer : IQuantityComparer
{
    private readonly QuantityOptions _options;
    private readonly IExchangeRates _rates;

    /// <summary>Creates a comparer.</summary>
    /// <param name="options">The tolerances; null for the defaults.</param>
    /// <param name="rates">The exchange rates; null for the table shipped with the package.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public QuantityComparer(QuantityOptions? options = null, IExchangeRates? rates = null)
    {
        _options = options ?? new QuantityOptions();
        _options.Validate();
        _rates = rates ?? new LexicalResources().ExchangeRates;
    }

    /// <summary>A comparer with the default options and the shipped exchange rates.</summary>
    public static QuantityComparer Default => s_default.Value;
    private static readonly Lazy<QuantityComparer> s_default = new(() => new QuantityComparer());

    /// <inheritdoc />
    public QuantityComparison Compare(Quantity left, Quantity right, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Kind != right.Kind)
            return new(QuantityAgreement.NotComparable, $"{Pair(left, right)}: {KindName(left.Kind)} vs {KindName(right.Kind)}");

        if (left.Counted is { } lc && right.Counted is { } rc && !SameThing(lc, rc))
        {
            if (IsPartOf(lc, rc) || IsPartOf(rc, lc))
                return new(QuantityAgreement.NotComparable, $"{Pair(left, right)}: {Plural(IsPartOf(lc, rc) ? lc : rc)} are among {Plural(IsPartOf(lc, rc) ? rc : lc)}, a subset, not a different figure");
            return new(QuantityAgreement.NotComparable, $"{Pair(left, right)}: different things counted ({Plural(lc)} vs {Plural(rc)})");
        }

        // One interval per side in one unit: the left's currency for money, the base unit otherwise.
        QuantityInterval a = left.Normal, b = right.Normal;
        if (left.Kind == QuantityKind.Money && left.Unit.Symbol != right.Unit.Symbol)
        {
            if (year is not { } y)
                return new(QuantityAgreement.NotComparable, $"{Pair(left, right)}: different currencies ({left.Unit.Symbol}, {right.Unit.Symbol}) and no year for the exchange rate");
            if (!_rates.TryGetUnitsPerUsd(left.Unit.Symbol, y, out var leftPerUsd) || !_rates.TryGetUnitsPerUsd(right.Unit.Symbol, y, out var rightPerUsd))
                return new(QuantityAgreement.NotComparable, $"{Pair(left, right)}: no exchange rate for {left.Unit.Symbol} or {right.Unit.Symbol} in {y.ToString(CultureInfo.InvariantCulture)}");
            decimal factor = leftPerUsd / rightPerUsd; // right currency → left currency
            b = b.Map(v => v * factor);
        }

        var (wa, wb, tolerance) = Widen(left.Kind, a, b);
        bool overlap = wa.Overlaps(wb);
        // the reason is worded from these figures only when it is read
        var outcome = overlap ? QuantityAgreement.Agree : left.IsPartial || right.IsPartial ? QuantityAgreement.NotComparable : QuantityAgreement.Conflict;
        return new(outcome, left, right, year, tolerance, a, b, BaseSymbol(left));
    }

    /// <summary>
    /// Why two figures compared as they did, in words: the pair, the right one converted to the left's unit where the
    /// units differ, both values and the tolerance ("“Nearly $5 million” vs “£2.1m” ≈ $3.21 million at 2015 rates: …
    /// differ by more than 5%"). <paramref name="a"/> and <paramref name="b"/> are the figures in one unit (the right
    /// one converted to the left's currency for money, both in the base unit otherwise).
    /// </summary>
    internal static string Explain(QuantityAgreement outcome, Quantity left, Quantity right, int? year, decimal tolerance, QuantityInterval a, QuantityInterval b)
    {
        string conversion = "";
        if (left.Kind == QuantityKind.Money && left.Unit.Symbol != right.Unit.Symbol)
            conversion = $" ≈ {Format(b, left.Unit)} at {year.GetValueOrDefault().ToString(CultureInfo.InvariantCulture)} rates";
        else if (left.Kind != QuantityKind.Money && left.Unit.Symbol != right.Unit.Symbol && left.Kind is not (QuantityKind.Count or QuantityKind.Percent or QuantityKind.PercentagePoints or QuantityKind.SeismicMagnitude))
            conversion = $" ≈ {Format(b.Map(left.Unit.FromBase), left.Unit)}";
        if (outcome == QuantityAgreement.NotComparable) return $"{Pair(left, right)}{conversion}: one is given as part of a larger whole";
        string shown = $"{Format(a.Map(left.Unit.Kind == QuantityKind.Money ? v => v : left.Unit.FromBase), left.Unit)} and {Format(left.Kind == QuantityKind.Money ? b : b.Map(left.Unit.FromBase), left.Unit)}";
        string within = left.Kind switch
        {
            QuantityKind.SeismicMagnitude => tolerance.ToString("0.###", CultureInfo.InvariantCulture) + " of magnitude",
            QuantityKind.Temperature => tolerance.ToString("0.###", CultureInfo.InvariantCulture) + " degrees",
            _ => (tolerance * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%",
        };
        return outcome == QuantityAgreement.Agree
            ? $"{Pair(left, right)}{conversion}: {shown} agree within {within}"
            : $"{Pair(left, right)}{conversion}: {shown} differ by more than {within}";
    }

    private static string Pair(Quantity left, Quantity right) => $"\"{left.Text}\" vs \"{right.Text}\"";

    /// <summary>
    /// Pairs the quantities of two passages (two claims' evidence) that give the same slot and compares each pair:
    /// a pair has one kind and the same counted thing (or one side does not say); each quantity is used once; among
    /// candidates the same counted noun wins, then an agreeing value, then the nearest value. Quantities with no
    /// counterpart are left out.
    /// </summary>
    /// <param name="left">One passage's quantities, in text order.</param>
    /// <param name="right">The other passage's quantities.</param>
    /// <param name="year">The year for exchange rates, or null.</param>
    /// <returns>The pairs, in the order of <paramref name="left"/>.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    public IReadOnlyList<QuantityPair> Pair(IReadOnlyList<Quantity> left, IReadOnlyList<Quantity> right, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var used = new bool[right.Count];
        var pairs = new List<QuantityPair>();
        foreach (var l in left)
        {
            int best = -1;
            (int Counted, int Agree, decimal Distance) bestKey = default;
            QuantityComparison? bestComparison = null;
            for (int r = 0; r < right.Count; r++)
            {
                var q = right[r];
                if (used[r] || q.Kind != l.Kind) continue;
                int counted = l.Counted == q.Counted && l.Counted is not null ? 2 : l.Counted is null || q.Counted is null ? 1 : SameThing(l.Counted!, q.Counted!) ? 2 : 0;
                if (counted == 0) continue;
                var comparison = Compare(l, q, year);
                int agree = comparison.Outcome == QuantityAgreement.Agree ? 1 : 0;
                decimal distance = comparison.Left is { } a && comparison.Right is { } b ? Math.Abs(Mid(a) - Mid(b)) / Math.Max(1e-9m, Math.Max(Math.Abs(Mid(a)), Math.Abs(Mid(b)))) : 1m;
                var key = (counted, agree, -distance);
                if (best < 0 || key.CompareTo(bestKey) > 0) { best = r; bestKey = (counted, agree, -distance); bestComparison = comparison; }
            }
            if (best < 0) continue;
            used[best] = true;
            pairs.Add(new QuantityPair(l, right[best], bestComparison!));
        }
        return pairs;

        static decimal Mid(QuantityInterval i) => i.High is { } h ? (i.Low + h) / 2 : i.Low;
    }

    /// <summary>Both intervals widened by the tolerance of their kind, and that tolerance (absolute for magnitudes and temperatures, relative otherwise).</summary>
    private (QuantityInterval, QuantityInterval, decimal) Widen(QuantityKind kind, QuantityInterval a, QuantityInterval b)
    {
        if (kind == QuantityKind.SeismicMagnitude || kind == QuantityKind.Temperature)
        {
            decimal t = kind == QuantityKind.SeismicMagnitude ? _options.MagnitudeTolerance : _options.TemperatureTolerance;
            return (Absolute(a, t), Absolute(b, t), t);
        }
        decimal r = _options.Tolerance;
        return (Relative(a, r), Relative(b, r), r);

        static QuantityInterval Absolute(QuantityInterval i, decimal t) => new(i.Low - t, i.High + t, true, true);
        static QuantityInterval Relative(QuantityInterval i, decimal t) => new(i.Low * (1 - t), i.High * (1 + t), i.LowInclusive || t > 0, i.HighInclusive || t > 0);
    }

    private static string BaseSymbol(Quantity q) => q.Kind switch
    {
        QuantityKind.Money => q.Unit.Symbol,
        QuantityKind.Length => "m",
        QuantityKind.Area => "m²",
        QuantityKind.Volume => "m³",
        QuantityKind.Mass => "kg",
        QuantityKind.Speed => "m/s",
        QuantityKind.Temperature => "K",
        _ => q.Unit.Symbol,
    };

    private static string KindName(QuantityKind kind) => kind switch
    {
        QuantityKind.Count => "a count",
        QuantityKind.Money => "an amount of money",
        QuantityKind.Percent => "a percentage",
        QuantityKind.PercentagePoints => "a difference in percentage points",
        QuantityKind.SeismicMagnitude => "a magnitude",
        _ => "a " + kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Formats an interval in a unit for people: "$4.5 million", "[180, 220] km", "more than 50".</summary>
    internal static string Format(QuantityInterval interval, QuantityUnit unit)
    {
        if (interval.IsPoint) return Amount(interval.Low, unit);
        if (interval.High is null) return (interval.LowInclusive ? "at least " : "more than ") + Amount(interval.Low, unit);
        if (interval.Low == 0 && unit.Kind != QuantityKind.Temperature) return (interval.HighInclusive ? "at most " : "less than ") + Amount(interval.High.Value, unit);
        return (interval.LowInclusive ? "[" : "(") + Amount(interval.Low, unit) + ", " + Amount(interval.High.Value, unit) + (interval.HighInclusive ? "]" : ")");
    }

    private static string Amount(decimal value, QuantityUnit unit)
    {
        string number = Number(value);
        return unit.Kind switch
        {
            QuantityKind.Money => unit.Symbol switch { "USD" => "$", "EUR" => "€", "GBP" => "£", "JPY" => "¥", _ => unit.Symbol + " " } + number,
            QuantityKind.Count => number,
            QuantityKind.Percent => number + "%",
            QuantityKind.SeismicMagnitude => "magnitude " + number,
            _ => number + " " + unit.Symbol,
        };
    }

    private static string Number(decimal value)
    {
        decimal a = Math.Abs(value);
        if (a >= 1_000_000_000_000m) return Round(value / 1_000_000_000_000m) + " trillion";
        if (a >= 1_000_000_000m) return Round(value / 1_000_000_000m) + " billion";
        if (a >= 1_000_000m) return Round(value / 1_000_000m) + " million";
        if (a >= 1000m) return Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("#,0", CultureInfo.InvariantCulture);
        return Round(value);

        static string Round(decimal v) => Math.Round(v, Math.Abs(v) >= 100 ? 0 : Math.Abs(v) >= 10 ? 1 : 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
    }

    // Nouns that count people in general; each is compatible with the others (the slot is chosen by the caller).
    private static readonly FrozenSet<string> s_people = new[] { "person", "death", "injury", "victim", "casualty", "individual", "life", "body" }.ToFrozenSet(StringComparer.Ordinal);

    // Kinds of person: a count of these is part of a count of people, not a different figure for it.
    private static readonly FrozenSet<string> s_kindsOfPerson = new[]
    {
        "child", "boy", "girl", "man", "woman", "student", "pupil", "teenager", "teen", "tourist", "soldier", "officer", "policeman",
        "policewoman", "firefighter", "worker", "passenger", "civilian", "infant", "baby", "adult", "resident", "foreigner", "national",
        "citizen", "miner", "employee", "journalist", "protester", "hostage", "suspect", "robber", "gunman", "attacker", "militant",
        "crew", "crewman", "pilot", "guard", "doctor", "nurse", "patient", "villager", "pilgrim", "worshipper", "fan", "spectator", "member",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool SameThing(string a, string b) => a == b || (s_people.Contains(a) && s_people.Contains(b));

    private static bool IsPartOf(string part, string whole) => s_kindsOfPerson.Contains(part) && s_people.Contains(whole);

    private static string Plural(string lemma) => lemma switch
    {
        "person" => "people",
        "death" => "deaths",
        "child" => "children",
        "man" => "men",
        "woman" => "women",
        _ when lemma.EndsWith('y') && lemma.Length > 2 && !"aeiou".Contains(lemma[^2]) => lemma[..^1] + "ies",
        _ when lemma.EndsWith('s') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith('x') => lemma + "es",
        _ => lemma + "s",
    };
}
