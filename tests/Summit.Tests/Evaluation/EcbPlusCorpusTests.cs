using FluentAssertions;
using NUnit.Framework;
using Summit.Evaluation;

namespace Summit.Tests.Evaluation;

/// <summary>
/// The ECB+ reading must give the same text and offsets as ../shared/eval/tools/ecbplus-conll.py (so
/// that the same claims hold the same mentions); the expected values are that script's output on the
/// same made-up tokens.
/// </summary>
public class EcbPlusCorpusTests
{
    [Test]
    public void Detokenises_like_the_python()
    {
        string[] words =
        [
            "The", "55", "-", "year", "-", "old", "said", "``", "We", "'re", "fine", "''", ",", "a", "6", ".", "1", "quake", "at", "5", ":", "46",
            "(", "B", ".", "C", ".", ")", "and", "US$", "5", "in", "Tom", "'s", "worst", "-", "hit", "and/or", "A", "/", "B", ".",
        ];
        var tokens = words.Select((w, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), 1, w)).ToList();
        tokens.AddRange([("u1", 2, "http"), ("u2", 2, ":"), ("u3", 2, "//"), ("u4", 2, "x.com")]);
        tokens.AddRange([("e1", 3, "Hello"), ("e2", 3, " "), ("e3", 3, "world"), ("e4", 3, "!")]);

        var (text, spans) = EcbPlusCorpus.Detokenise(tokens);

        text.Should().Be("The 55-year-old said \"We're fine\", a 6.1 quake at 5:46 (B.C.) and US$5 in Tom's worst-hit and/or A/B.\n\nhttp://x.com\n\nHello world!");
        spans["e2"].Should().Be((122, 122), "an empty token has an empty span where it stands");
        spans["e3"].Should().Be((123, 128));
        spans["9"].Should().Be((24, 27));
    }

    [TestCase("charged", "charg")]
    [TestCase("charges", "charg")]
    [TestCase("charging", "charg")]
    [TestCase("stopped", "stop")]
    [TestCase("killed", "kill")]
    [TestCase("passes", "pass")]
    [TestCase("buses", "bus")]
    [TestCase("analyses", "analysis")]
    [TestCase("flies", "fly")]
    [TestCase("shooting", "shoot")]
    [TestCase("earthquake", "earthquak")]
    [TestCase("quakes", "quak")]
    [TestCase("dies", "die")]
    [TestCase("tried", "try")]
    [TestCase("Was", "be")]
    public void Rule_lemma_like_the_python(string word, string lemma) => EcbPlusCorpus.RuleLemma(word).Should().Be(lemma);

    [TestCase("come up with", "come")]
    [TestCase("death toll", "toll")]
    [TestCase("6.1 magnitude quake", "quake")]
    [TestCase("has been arrested", "arrested")]
    [TestCase("fell onto", "fell")]
    [TestCase("-", "-")]
    public void Head_word_like_the_python(string mention, string head) => EcbPlusCorpus.HeadWord(mention.Split(' ')).Should().Be(head);
}
