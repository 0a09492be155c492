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
    public static readonly double[] Lexical = [-2.3008750038436974, 0.25805708583340103, 2.226259585078719, 0.5371689687320576, -2.0299027215235883, 0.01214931470758767, -0.17764523676138627, 0.1992385340951897, 5.324350198527255, -3.0479319908727143];

    /// <summary>The combined model: intercept, one weight per lexical feature, then the cosine's.</summary>
    public static readonly double[] Combined = [-3.838907944913951, 0.060995498270492284, 1.4071219115837932, 0.19230963852637983, -1.814218584744851, 0.039183925257167254, -0.22883373344077781, 0.13772634547758958, 4.332979573512618, -3.0248006259510216, 3.5927865808273265];

    /// <summary>How far from one half the lexical-only probability is undecided, so that the embeddings are consulted.</summary>
    public const double UndecidedBand = 0.075;
}
