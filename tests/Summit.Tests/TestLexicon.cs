using Summit.Lexical;

namespace Summit.Tests;

/// <summary>The shipped lexical layer, for tests that build a stage by hand (the engine gets its own through DI).</summary>
internal static class TestLexicon
{
    /// <summary>One shared instance: the shipped data loads once per process whichever instance reads it.</summary>
    public static LexicalResources Shipped { get; } = new();
}
