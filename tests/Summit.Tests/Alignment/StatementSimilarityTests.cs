using FluentAssertions;
using NUnit.Framework;
using Summit.Alignment;

namespace Summit.Tests.Alignment;

public class StatementSimilarityTests
{
    [TestCase("The talks collapsed in February.", "The talks broke down in February.")]
    [TestCase("Police arrested three men near the station on Sunday.", "Three men were arrested by police near the station on Sunday.")]
    [TestCase("The company acquired the rival bank for $2 billion.", "The rival bank was bought by the company for $2 billion.")]
    public void SameMeaning_Paraphrase_Yes(string a, string b) => StatementSimilarity.SameMeaning(a, b).Should().BeTrue();

    [TestCase("The company acquired the rival bank for $2 billion.", "The company acquired the rival bank for $5 billion.")]
    [TestCase("Police arrested three men near the station on Sunday.", "The mayor opened a new library in the old town.")]
    [TestCase("Safeway bought the chain in 1998.", "Kroger sold its stores to Walmart in 2004.")]
    public void SameMeaning_DifferentStatements_No(string a, string b) => StatementSimilarity.SameMeaning(a, b).Should().BeFalse();

    [Test]
    public void Score_IsSymmetricAndBounded()
    {
        const string a = "The storm left thousands without power.", b = "Thousands were left without power by the storm.";
        StatementSimilarity.Score(a, b).Should().Be(StatementSimilarity.Score(b, a)).And.BeInRange(0, 1);
        StatementSimilarity.Score(a, "").Should().Be(0);
    }
}
