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
    public static readonly double[] Lexical = [-2.3113230902495157, 0.26763782266468794, 2.2848905586778128, 0.48057600053895216, -2.0289474943316006, 0.013636139693633996, -0.177140910035397, 0.20001131586014245, 5.328354869722363, -3.0266021444498503];

    /// <summary>The combined model: intercept, one weight per lexical feature, then the cosine's.</summary>
    public static readonly double[] Combined = [-3.8321136057098757, 0.06577926794951913, 1.460282330725962, 0.12350619935709366, -1.8096111583433958, 0.039732459450274475, -0.2290337783294334, 0.13640161545882046, 4.347057820020616, -3.0004297419903576, 3.5853288102048935];

    /// <summary>How far from one half the lexical-only probability is undecided, so that the embeddings are consulted.</summary>
    public const double UndecidedBand = 0.075;
}
