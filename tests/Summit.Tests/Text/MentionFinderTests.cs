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

    [TestCase("She joined the Church of England in 1990.", "Church of England", EntityType.Organisation)]
    [TestCase("Aid reached the Council for Refugees on Monday.", "Council for Refugees", EntityType.Organisation)]
    [TestCase("Ships crossed the Gulf of Aden on Monday.", "Gulf of Aden", EntityType.Place)]
    public void Find_NameWithOfOrFor_IsNoPerson(string text, string name, EntityType type) =>
        Mentions(text).Should().Contain(m => m.Text == name && m.Type == type);

    [Test]
    public void Resolve_HeAfterAnInstitutionOfSomething_IsNotTheInstitution()
    {
        var report = new ReportReader(TestLexicon.Shipped).Read(new ReportInput("a",
            "Lee had doubts about the dogmas of the Church of England, so he studied divinity books."));
        var analysis = new TextAnalyzer(TestLexicon.Shipped).Analyze(report);
        var entities = new Summit.Entities.EntityResolver(TestLexicon.Shipped).Resolve([analysis]);
        entities.Entities.Should().NotContain(en => en.Name == "Church of England" && en.Mentions.Count > 1,
            "'he' names a person, never an institution");
    }

    [TestCase("Chilean senator Ana Ortega arrived on Monday.", "Chilean", EntityType.Nationality)]
    [TestCase("From 1970 to 1985, Ann Rodan taught at a college.", "Ann Rodan", EntityType.Person)]
    public void Find_NameEndingInAn_IsANationalityOnlyBeforeANoun(string text, string name, EntityType type) =>
        Mentions(text).Should().Contain(m => m.Text == name && m.Type == type);
}
