namespace Summit.Lexical;

/// <summary>
/// The lexical layer every stage shares: the gazetteer, the directory of news outlets and the exchange rates, beside
/// the package's English lexicon (WordNet lemmas, parts of speech and concepts, read by the stages internally).
/// <c>AddSummit</c> registers one as a singleton and every stage receives it through its constructor, so replacing
/// it (or the <see cref="Lexical.Gazetteer"/>, <see cref="IOutletDirectory"/> or <see cref="IExchangeRates"/> registered
/// before <c>AddSummit</c>) changes what every stage knows. The shipped data is loaded on first use and shared by all
/// instances; read-only and thread-safe.
/// </summary>
public sealed class LexicalResources
{
    private readonly Lazy<Gazetteer> _gazetteer;
    private readonly Lazy<IOutletDirectory> _outlets;
    private readonly Lazy<IExchangeRates> _exchangeRates;

    /// <summary>Creates the lexical layer; each resource not given is the one the package ships, loaded when first read.</summary>
    /// <param name="gazetteer">The places and demonyms the stages know, or null for the shipped <see cref="Gazetteer"/>.</param>
    /// <param name="outlets">The news outlets the stages know, or null for the shipped <see cref="Lexical.Outlets"/>.</param>
    /// <param name="exchangeRates">The yearly exchange rates figures are compared at, or null for the shipped <see cref="ExchangeRateTable"/>.</param>
    public LexicalResources(Gazetteer? gazetteer = null, IOutletDirectory? outlets = null, IExchangeRates? exchangeRates = null)
    {
        _gazetteer = gazetteer is null ? new(() => Gazetteer.Default) : new(gazetteer);
        _outlets = outlets is null ? new(() => Lexical.Outlets.Default) : new(outlets);
        _exchangeRates = exchangeRates is null ? new(() => ExchangeRateTable.Default) : new(exchangeRates);
    }

    /// <summary>The places and demonyms the stages know.</summary>
    public Gazetteer Gazetteer => _gazetteer.Value;

    /// <summary>The news outlets the stages know (names, owners, agencies).</summary>
    public IOutletDirectory Outlets => _outlets.Value;

    /// <summary>The yearly average exchange rates figures in different currencies are compared at.</summary>
    public IExchangeRates ExchangeRates => _exchangeRates.Value;

    /// <summary>The English lexicon: lemmas, parts of speech, irregular forms, concepts.</summary>
    internal Lexicon Words { get; } = new();

    /// <summary>
    /// Starts loading what is not loaded yet on a thread-pool thread, in the order a report needs it (outlets for the
    /// reader, the gazetteer for mentions, then the lexicon and the rates), so that a fresh process's first report
    /// overlaps the loading with compiling its own code. A stage that needs a resource still being loaded waits for
    /// it (each loads once); a failure surfaces where a stage reads the resource, as it would without this.
    /// </summary>
    internal void LoadInBackground() => ThreadPool.UnsafeQueueUserWorkItem(static self =>
    {
        try
        {
            _ = self.Outlets;
            _ = self.Gazetteer;
            self.Words.EnsureLoaded();
            _ = self.ExchangeRates;
        }
        catch (Exception)
        {
            // the lazy value keeps the exception: the stage that reads the resource throws it
        }
    }, this, preferLocal: false);
}
