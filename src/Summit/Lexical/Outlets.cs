using System.Globalization;
using System.Text;

namespace Summit.Lexical;

/// <summary>What kind of outlet publishes a report.</summary>
public enum OutletKind
{
    /// <summary>Not known.</summary>
    Unknown = 0,
    /// <summary>A news agency selling copy to other outlets (Reuters, AFP, Xinhua).</summary>
    Agency,
    /// <summary>A television or radio broadcaster (BBC, CNN, NHK).</summary>
    Broadcaster,
    /// <summary>A newspaper or its site.</summary>
    Newspaper,
    /// <summary>A magazine.</summary>
    Magazine,
    /// <summary>An online-only outlet.</summary>
    Online,
    /// <summary>A site that carries other outlets' copy (Yahoo News, MSN).</summary>
    Aggregator,
}

/// <summary>One news outlet of the shipped directory.</summary>
public sealed record Outlet
{
    /// <summary>Creates an outlet.</summary>
    /// <param name="domain">Its web domain, without "www.".</param>
    /// <param name="name">The name a reader would give.</param>
    /// <param name="country">Its ISO 3166-1 alpha-2 country code, if known.</param>
    /// <param name="kind">The kind of outlet.</param>
    /// <param name="owner">Its owner group, if known.</param>
    /// <param name="signatures">For an agency, the names that sign its copy ("AP", "Associated Press"); none by default.</param>
    /// <exception cref="ArgumentException">The domain or name is blank.</exception>
    public Outlet(string domain, string name, string? country, OutletKind kind, string? owner, IReadOnlyList<string>? signatures = null)
    {
        Signatures = signatures?.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToArray() ?? [];
        ArgumentException.ThrowIfNullOrWhiteSpace(domain);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Domain = domain;
        Name = name;
        Country = string.IsNullOrWhiteSpace(country) ? null : country;
        Kind = kind;
        Owner = string.IsNullOrWhiteSpace(owner) ? null : owner;
    }

    /// <summary>The outlet's web domain, without "www." ("reuters.com").</summary>
    public string Domain { get; }

    /// <summary>The name a reader would give ("Reuters").</summary>
    public string Name { get; }

    /// <summary>ISO 3166-1 alpha-2 country code, lower case ("gb"), if known.</summary>
    public string? Country { get; }

    /// <summary>The kind of outlet.</summary>
    public OutletKind Kind { get; }

    /// <summary>The owner group ("News Corp"), where public and known.</summary>
    public string? Owner { get; }

    /// <summary>
    /// For an agency, the names that sign its copy at a report's end ("— Reuters", a last line "AFP") or in its
    /// dateline ("PARIS (AFP) -"); empty for other outlets.
    /// </summary>
    public IReadOnlyList<string> Signatures { get; }
}

/// <summary>Looks up news outlets by domain, URL or name.</summary>
public interface IOutletDirectory
{
    /// <summary>The outlet a domain, URL or outlet name names, or null.</summary>
    Outlet? Find(string? domainUrlOrName);

    /// <summary>
    /// The names that sign an agency's copy (<see cref="Outlet.Signatures"/> of its agencies), in the directory's
    /// order: the reader takes a report's closing signature and its dateline's agency from them.
    /// </summary>
    IReadOnlyList<string> AgencySignatures { get; }

    /// <summary>
    /// Whether two sources (outlet names, domains or URLs) are independent: false when they are
    /// the same outlet, share an owner group, or one is an aggregator or the other's agency copy
    /// carried by an aggregator. Unknown sources are independent unless their names are equal.
    /// </summary>
    bool AreIndependent(string? sourceA, string? sourceB);

    /// <summary>
    /// Whether two reports are independent sources, given each one's page (its outlet's name, domain or URL) and the
    /// agency whose copy it carries, if it names one: their outlets are (see <see cref="AreIndependent(string, string)"/>),
    /// and neither carries the other's agency copy nor do both carry the same agency's.
    /// </summary>
    bool AreIndependent(string? pageA, string? agencyA, string? pageB, string? agencyB);
}

/// <summary>
/// The shipped directory of news outlets (Resources/outlets.tsv, built by scripts/build-outlets.py
/// from fundus (MIT) and ournet/news-sources (ISC) plus a curated table; see SOURCES.md).
/// </summary>
public sealed class Outlets : IOutletDirectory
{
    private static readonly Lazy<Outlets> Shipped = new(Load);
    private readonly Dictionary<string, Outlet> _byDomain;
    private readonly Dictionary<string, Outlet> _byName;

    /// <summary>Creates a directory of <paramref name="outlets"/>; the first outlet of a domain or name wins.</summary>
    public Outlets(IEnumerable<Outlet> outlets)
    {
        ArgumentNullException.ThrowIfNull(outlets);
        _byDomain = new Dictionary<string, Outlet>(StringComparer.OrdinalIgnoreCase);
        _byName = new Dictionary<string, Outlet>(StringComparer.OrdinalIgnoreCase);
        var all = outlets.ToList();
        foreach (var o in all) _byDomain.TryAdd(o.Domain, o);
        // Names: prefer curated-looking entries (with a kind other than the default guess, or an owner).
        foreach (var o in all.OrderByDescending(o => o.Owner is not null).ThenBy(o => o.Domain.Length).ThenBy(o => o.Domain, StringComparer.Ordinal))
        {
            _byName.TryAdd(NameKey(o.Name), o);
            _byName.TryAdd(NameKey(o.Domain), o);
        }
        All = all;
        AgencySignatures = all.Where(o => o.Kind == OutletKind.Agency).SelectMany(o => o.Signatures).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The directory shipped with Summit (a convenience for callers; Summit's stages use the one in their <see cref="LexicalResources"/>).</summary>
    public static Outlets Default => Shipped.Value;

    /// <summary>Every outlet, in the order given.</summary>
    public IReadOnlyList<Outlet> All { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> AgencySignatures { get; }

    /// <inheritdoc />
    public Outlet? Find(string? domainUrlOrName)
    {
        if (string.IsNullOrWhiteSpace(domainUrlOrName)) return null;
        var s = domainUrlOrName.Trim();
        var host = WebAddress.HostOf(s);
        if (host is not null)
        {
            // news.example.co.uk → example.co.uk → co.uk: longest known suffix wins.
            for (var h = host; h.Contains('.'); h = h[(h.IndexOf('.') + 1)..])
                if (_byDomain.TryGetValue(h, out var o)) return o;
        }
        return _byName.TryGetValue(NameKey(s), out var byName) ? byName : null;
    }

    /// <inheritdoc />
    public bool AreIndependent(string? sourceA, string? sourceB) => !Related(sourceA, sourceB, aggregatorCarriesAgencies: true);

    /// <inheritdoc />
    public bool AreIndependent(string? pageA, string? agencyA, string? pageB, string? agencyB)
    {
        if (agencyA is null && agencyB is null) return AreIndependent(pageA, pageB);
        // Where a report names the agency whose copy it carries, compare that copy, not the page.
        if (Related(agencyA ?? pageA, agencyB ?? pageB, aggregatorCarriesAgencies: false)) return false;
        return !Related(pageA, pageB, aggregatorCarriesAgencies: false);
    }

    private bool Related(string? sourceA, string? sourceB, bool aggregatorCarriesAgencies)
    {
        if (string.IsNullOrWhiteSpace(sourceA) || string.IsNullOrWhiteSpace(sourceB)) return false;
        if (NameKey(sourceA) == NameKey(sourceB)) return true;
        var a = Find(sourceA);
        var b = Find(sourceB);
        if (a is null || b is null) return false;
        if (ReferenceEquals(a, b) || string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase)) return true;
        if (a.Owner is not null && string.Equals(a.Owner, b.Owner, StringComparison.OrdinalIgnoreCase)) return true;
        // An aggregator carries others' copy, typically an agency's.
        return aggregatorCarriesAgencies
            && ((a.Kind == OutletKind.Aggregator && b.Kind == OutletKind.Agency) || (b.Kind == OutletKind.Aggregator && a.Kind == OutletKind.Agency));
    }

    private static string NameKey(string name)
    {
        var sb = new StringBuilder(name.Length);
        var s = name.Trim();
        if (s.StartsWith("The ", StringComparison.OrdinalIgnoreCase)) s = s[4..];
        foreach (var c in s.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    // run once per process over thousands of lines: compiled optimised at once, not first as unoptimised tier-0 code
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static Outlets Load()
    {
        using var stream = typeof(Outlets).Assembly.GetManifestResourceStream("Summit.Resources.outlets.tsv")
            ?? throw new SummitException("The outlet directory resource (Resources/outlets.tsv) is missing from the Summit assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var list = new List<Outlet>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 3 || string.IsNullOrWhiteSpace(f[0]) || string.IsNullOrWhiteSpace(f[1])) continue;
            var kind = OutletKind.Unknown;
            if (f.Length > 3 && Enum.TryParse(f[3], true, out OutletKind k)) kind = k;
            list.Add(new Outlet(f[0], f[1], f[2], kind, f.Length > 4 ? f[4] : null, f.Length > 5 ? f[5].Split(',') : null));
        }
        return new Outlets(list);
    }
}
