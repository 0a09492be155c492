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
    public static readonly double[] Lexical = [-2.300892169315576, 0.2580701870478405, 2.2264557616827756, 0.5370608060398169, -2.029943629225819, 0.012148677084745431, -0.1776430779468599, 0.19923792173541452, 5.32429623246966, -3.047862875580779];

    /// <summary>The combined model: intercept, one weight per lexical feature, then the cosine's.</summary>
    public static readonly double[] Combined = [-3.8389107958464743, 0.061015422243512876, 1.4072940298195433, 0.1922221147653968, -1.8142457659660332, 0.03918412978109882, -0.22883124722372014, 0.1377278311210041, 4.3329438236758335, -3.024747161656761, 3.59274630339733];

    /// <summary>How far from one half the lexical-only probability is undecided, so that the embeddings are consulted.</summary>
    public const double UndecidedBand = 0.075;
}
