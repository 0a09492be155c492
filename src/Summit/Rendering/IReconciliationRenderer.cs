namespace Summit.Rendering;

/// <summary>Writes a <see cref="Reconciliation"/> in one format.</summary>
public interface IReconciliationRenderer
{
    /// <summary>The format's name: <c>json</c>, <c>text</c>, <c>markdown</c>, <c>html</c>.</summary>
    string Format { get; }

    /// <summary>Writes <paramref name="reconciliation"/> to <paramref name="writer"/>.</summary>
    void Render(Reconciliation reconciliation, TextWriter writer);
}
