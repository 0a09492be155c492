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

    // an irregular form is its lemma's only as the parts of speech WordNet lists it for: "leaves" is the plural of the
    // noun "leaf", never the verb's form; the verb "leaves" is "leave"'s by the rules
    [TestCase("leaves", "v", "leave")]
    [TestCase("leaves", "n", "leaf")]
    [TestCase("left", "v", "leave")]
    [TestCase("left", "n", "left")]
    [TestCase("found", "v", "find")]
    [TestCase("feed", "v", "feed")]
    public void An_irregular_form_has_its_lemma_only_as_the_part_of_speech_it_is_listed_for(string word, string part, string lemma)
    {
        TestLexicon.Shipped.Words.Lemma(word, part == "v" ? PartsOfSpeech.Verb : PartsOfSpeech.Noun).Should().Be(lemma);
    }

    [TestCase("re-imagined", "re-imagine")]
    [TestCase("co-founded", "co-found")]
    [TestCase("over-reacting", "over-react")]
    public void A_verb_with_a_hyphenated_prefix_has_the_lemma_of_its_verb(string word, string lemma)
    {
        TestLexicon.Shipped.Words.Lemma(word, PartsOfSpeech.Verb).Should().Be(lemma);
    }

    [Test]
    public void A_hyphenated_word_without_a_prefix_or_a_verb_after_it_is_no_verb()
    {
        TestLexicon.Shipped.Words.Lemma("gene-splicing", PartsOfSpeech.Verb).Should().BeNull("'gene' is no prefix");
        TestLexicon.Shipped.Words.Lemma("re-xyzzy", PartsOfSpeech.Verb).Should().BeNull("no verb follows the prefix");
    }

    [TestCase("cross-border")]
    [TestCase("under-age")]
    public void A_prefix_before_a_bare_noun_makes_no_verb(string word)
    {
        TestLexicon.Shipped.Words.Lemma(word, PartsOfSpeech.Verb).Should().BeNull();
    }
}
