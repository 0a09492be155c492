namespace Summit.Semantic;

/// <summary>
/// The shipped weights, fitted on the MSRP training pairs (never the test pairs) by
/// <c>dotnet run -c Release --project tests/Summit.Evaluation -- --fit-semantic</c>, which prints this class.
/// Features, in order: lexical score, smaller and larger coverage, bigram Dice, unmatched names (at most 5),
/// unmatched figures (at most 5), disjoint figures (0 or 1), word Jaccard, length difference; the combined model adds
/// the embeddings' cosine.
/// </summary>
internal static class FittedWeights
{
    /// <summary>The lexical-only model: intercept, then one weight per lexical feature.</summary>
    public static readonly double[] Lexical = [-2.3090903538436343, 0.2660119079781518, 2.287151121043526, 0.47449141429649855, -2.027590429238029, 0.013517449540776098, -0.17734994627648396, 0.19962701409683548, 5.331042120313182, -3.0240943270691116];

    /// <summary>The combined model: intercept, one weight per lexical feature, then the cosine's.</summary>
    public static readonly double[] Combined = [-3.830645809294548, 0.06428482014571553, 1.461502898875485, 0.11844710957509609, -1.8084523288318184, 0.03964708730130234, -0.22922105749507596, 0.1360253219094608, 4.34920706993049, -2.9985171087053515, 3.5864708730255326];

    /// <summary>How far from one half the lexical-only probability is undecided, so that the embeddings are consulted.</summary>
    public const double UndecidedBand = 0.075;
}
