using Summit.Documents;

namespace Summit.Text;

/// <summary>Builds the text layer of a report: sentences, tokens, quotes and entity mentions.</summary>
public interface ITextAnalyzer
{
    /// <summary>Analyses <paramref name="report"/>.</summary>
    TextAnalysis Analyze(Report report, CancellationToken cancellationToken = default);
}
