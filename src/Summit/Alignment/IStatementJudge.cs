namespace Summit.Alignment;

/// <summary>
/// An optional second opinion for the default aligner: how likely two statements are to say the same thing.
/// The aligner asks it only about candidate pairs that blocking proposed and whose lexical score lies in the
/// undecided band around <see cref="SummitOptions.AlignmentThreshold"/>; every other pair keeps its lexical
/// score, and with no judge registered the aligner's output is exactly what it is without this interface.
/// The optional package Summit.Semantic provides one (sentence embeddings combined with the lexical features).
/// </summary>
public interface IStatementJudge
{
    /// <summary>For each pair, the probability in [0, 1] that its two statements say the same thing.</summary>
    /// <param name="pairs">The pairs to judge.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>One probability per pair, in the order of <paramref name="pairs"/>.</returns>
    IReadOnlyList<double> Judge(IReadOnlyList<StatementPair> pairs, CancellationToken cancellationToken = default);
}

/// <summary>Two statements to be judged: the texts of two claims, or two sentences.</summary>
/// <param name="First">The first statement.</param>
/// <param name="Second">The second statement.</param>
public readonly record struct StatementPair(string First, string Second);
