namespace Summit.Semantic;

/// <summary>
/// Thrown when the sentence model's files (<c>model.onnx</c> and <c>vocab.txt</c>) are not where they are looked
/// for: by default <c>models/all-MiniLM-L6-v2/</c> under the application's folder, where the Summit.Semantic
/// package copies them on build.
/// </summary>
public sealed class SemanticModelNotFoundException : FileNotFoundException
{
    /// <summary>Creates the exception for a missing file.</summary>
    /// <param name="fileName">The file that was looked for.</param>
    public SemanticModelNotFoundException(string fileName)
        : base($"Summit.Semantic: the sentence model file '{fileName}' does not exist. The package copies model.onnx and vocab.txt " +
               "to models/all-MiniLM-L6-v2/ beside the application on build; pass the folder that holds them otherwise.", fileName) { }
}
