using System.Globalization;

namespace Summit.Lexical;

/// <summary>Yearly average exchange rates against the US dollar; supply your own to the quantity comparer.</summary>
public interface IExchangeRates
{
    /// <summary>Finds how many units of <paramref name="currency"/> one US dollar bought on average in <paramref name="year"/>.</summary>
    /// <param name="currency">An ISO 4217 code ("GBP").</param>
    /// <param name="year">The year.</param>
    /// <param name="unitsPerUsd">The rate, if found.</param>
    /// <returns>Whether a rate for that currency and year is known.</returns>
    bool TryGetUnitsPerUsd(string currency, int year, out decimal unitsPerUsd);
}

/// <summary>One yearly average exchange rate.</summary>
/// <param name="Currency">The ISO 4217 code ("GBP").</param>
/// <param name="Year">The year.</param>
/// <param name="UnitsPerUsd">Units of <paramref name="Currency"/> per US dollar, the year's average; positive.</param>
public sealed record ExchangeRate(string Currency, int Year, decimal UnitsPerUsd)
{
    /// <summary>The ISO 4217 code.</summary>
    public string Currency { get; } = Currency is { Length: 3 } c ? c.ToUpperInvariant() : throw new ArgumentException("An ISO 4217 code has three letters.", nameof(Currency));

    /// <summary>Units per US dollar.</summary>
    public decimal UnitsPerUsd { get; } = UnitsPerUsd > 0 ? UnitsPerUsd : throw new ArgumentOutOfRangeException(nameof(UnitsPerUsd), UnitsPerUsd, "Must be positive.");
}

/// <summary>
/// A table of yearly average exchange rates. <see cref="Default"/> is the table shipped with the
/// package (ECB reference rates and US Federal Reserve H.10 rates, 1999 onwards; see SOURCES.md).
/// A year outside a currency's data uses its nearest year.
/// </summary>
public sealed class ExchangeRateTable : IExchangeRates
{
    private readonly Dictionary<string, SortedList<int, decimal>> _rates = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Lazy<ExchangeRateTable> s_default = new(LoadDefault);

    /// <summary>Creates a table from rates; a later rate for the same currency and year wins.</summary>
    /// <param name="rates">The rates.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    public ExchangeRateTable(IEnumerable<ExchangeRate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        foreach (var rate in rates)
        {
            if (!_rates.TryGetValue(rate.Currency, out var years)) _rates[rate.Currency] = years = new SortedList<int, decimal>();
            years[rate.Year] = rate.UnitsPerUsd;
        }
        if (!_rates.ContainsKey("USD")) _rates["USD"] = new SortedList<int, decimal> { [2000] = 1m };
    }

    /// <summary>The table shipped with the package.</summary>
    public static ExchangeRateTable Default => s_default.Value;

    /// <summary>The currencies the table knows, ordered.</summary>
    public IReadOnlyList<string> Currencies => _rates.Keys.Order(StringComparer.Ordinal).ToList();

    /// <inheritdoc />
    /// <remarks>A year outside the currency's data uses the nearest year that has a rate.</remarks>
    public bool TryGetUnitsPerUsd(string currency, int year, out decimal unitsPerUsd)
    {
        ArgumentNullException.ThrowIfNull(currency);
        unitsPerUsd = 0;
        if (string.Equals(currency, "USD", StringComparison.OrdinalIgnoreCase)) { unitsPerUsd = 1; return true; }
        if (!_rates.TryGetValue(currency, out var years) || years.Count == 0) return false;
        if (years.TryGetValue(year, out unitsPerUsd)) return true;
        var keys = years.Keys;
        int best = keys[0];
        foreach (var y in keys) if (Math.Abs(y - year) < Math.Abs(best - year)) best = y;
        unitsPerUsd = years[best];
        return true;
    }

    /// <summary>Whether the table has a rate for exactly that currency and year (no nearest-year fallback).</summary>
    public bool HasExactYear(string currency, int year) =>
        string.Equals(currency, "USD", StringComparison.OrdinalIgnoreCase) || (_rates.TryGetValue(currency, out var y) && y.ContainsKey(year));

    /// <summary>
    /// Reads a table in the shipped format: lines starting with '#' are comments; a header
    /// <c>year,USD,EUR,…</c>; then one line per year of units per US dollar, empty where unknown.
    /// </summary>
    /// <param name="reader">The text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="SummitException">The text is not in that format.</exception>
    public static ExchangeRateTable Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string[]? header = null;
        var rates = new List<ExchangeRate>();
        int lineNumber = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split(',');
            if (header is null)
            {
                if (cells.Length < 2 || !cells[0].Equals("year", StringComparison.OrdinalIgnoreCase))
                    throw new SummitException($"Exchange rates, line {lineNumber}: expected a header 'year,USD,…'.");
                header = cells;
                continue;
            }
            if (!int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out int year))
                throw new SummitException($"Exchange rates, line {lineNumber}: '{cells[0]}' is not a year.");
            for (int i = 1; i < cells.Length && i < header.Length; i++)
            {
                if (cells[i].Length == 0) continue;
                if (!decimal.TryParse(cells[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || rate <= 0)
                    throw new SummitException($"Exchange rates, line {lineNumber}: '{cells[i]}' is not a positive rate.");
                rates.Add(new ExchangeRate(header[i], year, rate));
            }
        }
        return new ExchangeRateTable(rates);
    }

    private static ExchangeRateTable LoadDefault()
    {
        var assembly = typeof(ExchangeRateTable).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("exchange-rates.csv", StringComparison.Ordinal))
            ?? throw new SummitException("The exchange-rate table is missing from the package.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return Load(reader);
    }
}
