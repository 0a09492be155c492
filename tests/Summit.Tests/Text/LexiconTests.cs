using FluentAssertions;
using NUnit.Framework;
using Summit.Lexical;

namespace Summit.Tests.Text;

/// <summary>The shipped lexicon (built from Open English WordNet by scripts/build-lexicon.py).</summary>
public class LexiconTests
{
    // WordNet numbers a homograph's parts of speech ("poll": n-1, n-2, v); the build once read those as no part at all
    [TestCase("poll")]
    [TestCase("lead")]
    [TestCase("row")]
    [TestCase("wind")]
    public void A_homograph_keeps_its_noun_and_its_verb(string word)
    {
        var parts = TestLexicon.Shipped.Words.PartsOf(word);
        (parts & PartsOfSpeech.Noun).Should().NotBe(PartsOfSpeech.None);
        (parts & PartsOfSpeech.Verb).Should().NotBe(PartsOfSpeech.None);
    }
}
