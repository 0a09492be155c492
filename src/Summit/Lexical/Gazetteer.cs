using System.Collections.Frozen;
using System.Globalization;

namespace Summit.Lexical;

/// <summary>What kind of place a gazetteer name is.</summary>
public enum PlaceKind
{
    /// <summary>A country ("Chile", "New Zealand", "the United States").</summary>
    Country,
    /// <summary>A city or capital ("Nairobi", "Osaka").</summary>
    City,
}

/// <summary>A place the gazetteer knows, with the country that contains it.</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Kind">Country or city.</param>
/// <param name="CountryCode">The ISO 3166-1 code of its country ("VN").</param>
/// <param name="Country">Its country's name ("Vietnam").</param>
/// <param name="Population">Its population, where known (0 for countries).</param>
public sealed record Place(string Name, PlaceKind Kind, string CountryCode, string Country, long Population)
{
    /// <summary>Whether it is its country's capital (whose name often stands for the government: "Tehran demanded").</summary>
    public bool IsCapital { get; init; }
}

/// <summary>
/// The shipped gazetteer: every country with its common short names, capitals and the cities of
/// 150,000 people or more, with the country that contains them, and the countries' demonyms
/// ("New Zealander" → New Zealand). Built by <c>scripts/build-gazetteer.py</c> from annexare/Countries
/// (MIT) and GeoNames (CC BY 4.0); see Resources/SOURCES.md. Read-only and thread-safe. Summit's stages read the
/// gazetteer of their <see cref="LexicalResources"/>; give it one of your own to change what they know.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shipped = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, Place> _places;
    private readonly FrozenDictionary<string, string> _demonyms;
    private readonly FrozenDictionary<string, string> _countryNames;

    private Gazetteer(FrozenDictionary<string, Place> places, FrozenDictionary<string, string> demonyms, FrozenDictionary<string, string> countryNames)
    {
        _places = places;
        _demonyms = demonyms;
        _countryNames = countryNames;
    }

    /// <summary>
    /// Creates a gazetteer of <paramref name="places"/> (a country's name wins over a city of the same name, the bigger
    /// city over a smaller) and <paramref name="demonyms"/> (a demonym to its country's ISO 3166-1 code:
    /// "Kenyan" → "KE"; the code's country is the first place of kind <see cref="PlaceKind.Country"/> with it).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="places"/> is null.</exception>
    public Gazetteer(IEnumerable<Place> places, IEnumerable<KeyValuePair<string, string>>? demonyms = null)
    {
        ArgumentNullException.ThrowIfNull(places);
        var byName = new Dictionary<string, Place>(StringComparer.Ordinal);
        var countryNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in places)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(places));
            if (p.Kind == PlaceKind.Country) countryNames.TryAdd(p.CountryCode, p.Country);
            if (!byName.TryGetValue(p.Name, out var existing) || (existing.Kind == PlaceKind.City
                    && (p.Kind == PlaceKind.Country || existing.Population < p.Population)))
                byName[p.Name] = p;
        }
        _places = byName.ToFrozenDictionary(StringComparer.Ordinal);
        _demonyms = (demonyms ?? []).ToFrozenDictionary(StringComparer.Ordinal);
        _countryNames = countryNames.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The gazetteer the package ships (a convenience for callers; Summit's stages use the one in their <see cref="LexicalResources"/>).</summary>
    public static Gazetteer Default => Shipped.Value;

    /// <summary>How many names it knows.</summary>
    public int Count => _places.Count;

    /// <summary>The place a name denotes ("Nairobi", "the United States"), or null.</summary>
    public Place? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var n = name.Trim();
        if (n.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !_places.ContainsKey(n)) n = n[4..];
        return _places.GetValueOrDefault(n);
    }

    /// <summary>The country a demonym names ("New Zealander" → "New Zealand"), or null.</summary>
    public string? CountryOfDemonym(string? word) =>
        word is not null && _demonyms.TryGetValue(word.Trim(), out var code) ? _countryNames.GetValueOrDefault(code) : null;

    /// <summary>
    /// Whether <paramref name="inner"/> lies within <paramref name="outer"/> (Nairobi within Kenya), or is it.
    /// Unknown names are within nothing.
    /// </summary>
    public bool IsWithin(string? inner, string? outer)
    {
        if (Find(inner) is not { } a || Find(outer) is not { } b) return false;
        if (a.Kind == PlaceKind.City && b.Kind == PlaceKind.Country) return a.CountryCode == b.CountryCode;
        return a.CountryCode == b.CountryCode && a.Kind == b.Kind && (a.Kind == PlaceKind.Country || a.Name == b.Name);
    }

    // run once per process over thousands of lines: compiled optimised at once, not first as unoptimised tier-0 code
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static Gazetteer Load()
    {
        var places = new Dictionary<string, Place>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        var countryNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<string[]>();
        var capitals = new HashSet<string>(StringComparer.Ordinal);
        using (var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("Summit.Resources.places.tsv")
                            ?? throw new InvalidOperationException("The package's resource places.tsv is missing."))
        using (var reader = new StreamReader(stream))
        {
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var f = line.Split('\t');
                if (f.Length < 4) continue;
                rows.Add(f);
                if (f[1] == "country") countryNames[f[2]] = f[0]; // the canonical name; "alias" rows are other names
            }
        }
        foreach (var f in rows)
        {
            long population = long.Parse(f[3], CultureInfo.InvariantCulture);
            var country = countryNames.GetValueOrDefault(f[2], f[2]);
            switch (f[1])
            {
                case "country" or "alias":
                    places[f[0]] = new Place(f[0], PlaceKind.Country, f[2], country, 0);
                    break;
                case "city":
                    // a country's name wins over a city of the same name; the bigger city wins over a smaller
                    if (!places.TryGetValue(f[0], out var existing) || (existing.Kind == PlaceKind.City && existing.Population < population))
                        places[f[0]] = new Place(f[0], PlaceKind.City, f[2], country, population);
                    break;
                case "demonym":
                    demonyms[f[0]] = f[2];
                    break;
                case "capital":
                    capitals.Add(f[0]);
                    break;
            }
        }
        foreach (var c in capitals)
            if (places.TryGetValue(c, out var p) && p.Kind == PlaceKind.City) places[c] = p with { IsCapital = true };
        return new Gazetteer(places.ToFrozenDictionary(StringComparer.Ordinal), demonyms.ToFrozenDictionary(StringComparer.Ordinal),
            countryNames.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
