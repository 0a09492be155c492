using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;
using Summit.Text;

namespace Summit.Tests.Text;

public class MentionFinderTests
{
    private static IReadOnlyList<EntityMention> Mentions(string text) =>
        new TextAnalyzer(TestLexicon.Shipped).Analyze(new ReportReader(TestLexicon.Shipped).Read(new ReportInput("a", text))).Mentions;

    [TestCase("General Motors Corp. said it would close the plant.", "General Motors Corp")]
    [TestCase("Investors sold shares of President Energy Inc on Monday.", "President Energy Inc")]
    public void Find_ACompanysNameStartingWithATitleWord_IsOneOrganisation(string sentence, string name)
    {
        var mentions = Mentions(sentence);
        mentions.Should().Contain(m => m.Text == name && m.Type == EntityType.Organisation);
        mentions.Should().NotContain(m => m.Type == EntityType.Title);
    }

    [Test]
    public void Find_TitleBeforeAName_SplitsTitleAndPerson()
    {
        var mentions = Mentions("Chilean President Ana Ortega arrived on Monday.");
        mentions.Should().Contain(m => m.Text == "President" && m.Type == EntityType.Title);
        mentions.Should().Contain(m => m.Text == "Ana Ortega" && m.Type == EntityType.Person);
    }

    [TestCase("He served as the first Prime Minister of Australia and became a judge.", "Australia")]
    [TestCase("The Secretary of State flew to Lima on Monday.", null)]
    public void Find_TitleOfAnOffice_IsNoPerson(string text, string? place)
    {
        var mentions = Mentions(text);
        mentions.Should().NotContain(m => m.Type == EntityType.Person, "an office followed by 'of' names no person");
        mentions.Should().NotContain(m => m.Text.StartsWith("of ", StringComparison.Ordinal));
        if (place is not null) mentions.Should().Contain(m => m.Text == place && m.Type == EntityType.Place);
    }
}
