using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;
using Summit.Entities;
using Summit.Lexical;
using Summit.Text;

namespace Summit.Tests.Entities;

public class EntityResolverTests
{
    private static Reconciliation Sample() => SampleCase.Result;

    private static Entity? At(Reconciliation r, string report, string passage, string word)
    {
        var text = r.Reports.Single(x => x.Id == report).Text;
        int at = text.IndexOf(passage, StringComparison.Ordinal) + passage.IndexOf(word, StringComparison.Ordinal);
        return r.Entities.Entities.SingleOrDefault(e => e.Mentions.Any(m => m.ReportId == report && m.Span.Start <= at && at < m.Span.End));
    }

    /// <summary>The gold's named mentions of one person are one entity across reports; the gold's distinctFrom people are others.</summary>
    [Test]
    public void Resolve_SampleCase_ShortNamesJoinTheRightFullNameAcrossReports()
    {
        var r = Sample();
        var kim = At(r, "reuters", "Kim Jong Un", "Kim");
        kim.Should().NotBeNull();
        kim!.Name.Should().Be("Kim Jong Un");
        At(r, "reuters", "a smiling Kim", "Kim").Should().Be(kim);
        At(r, "afp", "Kim’s first face-to-face", "Kim").Should().Be(kim);
        At(r, "afp", "analysts say Kim could be looking", "Kim").Should().Be(kim, "a short name keeps the person it first stood for in its report");
        At(r, "afp", "the formerly reclusive North Korean leader", "leader").Should().Be(kim, "a description repeats how Reuters introduced him");
        At(r, "afp", "His son has since", "son").Should().Be(kim, "Kim Jong-il is 'the current leader's father'");
        foreach (var other in new[] { "Kim Yong Chol", "Kim Jong-il", "Kim Il-sung" })
            r.Entities.Entities.Should().Contain(e => e.Name == other).Which.Should().NotBe(kim);
        At(r, "reuters", "a Kremlin foreign policy aide", "aide")!.Name.Should().Be("Yuri Ushakov");
        var putin = At(r, "reuters", "President Vladimir Putin", "Vladimir");
        putin!.Name.Should().Be("Vladimir Putin");
        At(r, "afp", "Putin was due", "Putin").Should().Be(putin);
    }

    /// <summary>The gold's North Korea: "the North" and Pyongyang where it acts; "in Pyongyang in 2000" is the city.</summary>
    [Test]
    public void Resolve_SampleCase_TheNorthAndActingCapitalAreTheCountry()
    {
        var r = Sample();
        var north = At(r, "afp", "the cash-strapped North", "North");
        north!.Name.Should().Be("North Korea");
        At(r, "afp", "what Pyongyang was prepared", "Pyongyang").Should().Be(north);
        At(r, "reuters", "Pyongyang’s nuclear talks", "Pyongyang").Should().Be(north);
        At(r, "reuters", "the North’s nuclear programme", "North").Should().Be(north);
        At(r, "afp", "in Pyongyang in 2000", "Pyongyang").Should().NotBe(north);
    }

    [TestCase("afp", "Analysts say he is", "he", "Kim Jong Un")]
    [TestCase("afp", "Soon after his first election", "his", "Vladimir Putin")]
    [TestCase("afp", "that he was prepared", "he", "Kim Jong-il")]
    [TestCase("reuters", "He had visited the White House", "He", "Kim Yong Chol")]
    [TestCase("reuters", "” he said through an interpreter", "he", "Kim Jong Un")]
    public void Resolve_SampleCase_PronounsNameTheRightPerson(string report, string passage, string word, string person) =>
        At(Sample(), report, passage, word)!.Name.Should().Be(person);

    [TestCase("Hanoi", EntityType.Place)]
    [TestCase("Vietnam", EntityType.Place)]
    [TestCase("North Korea", EntityType.Place)]
    [TestCase("North Korean", EntityType.Nationality)]
    [TestCase("Vladimir Putin", EntityType.Person)]
    [TestCase("Kremlin", EntityType.Organisation)]
    public void Resolve_SampleCase_TypesNamesByGazetteerTitlesAndContext(string name, EntityType type) =>
        Sample().Entities.Entities.Should().Contain(e => e.Name == name).Which.Type.Should().Be(type);

    [Test]
    public void Find_MonthsAndWeekdays_AreNoEntities()
    {
        var r = SummitEngine.CreateDefault().Reconcile([new ReportInput("r", "The talks collapsed in February. Ministers met on Tuesday in Oslo.")]);
        r.Entities.Entities.Select(e => e.Name).Should().NotContain(["February", "Tuesday"]).And.Contain("Oslo");
    }

    [Test]
    public void Find_TitleBeforeName_IsAMentionOfItsOwn()
    {
        var r = SummitEngine.CreateDefault().Reconcile([new ReportInput("r", "US President Donald Trump met Prime Minister Jacinda Ardern in Oslo.")]);
        r.Entities.Entities.Select(e => e.Name).Should().Contain(["Donald Trump", "Jacinda Ardern"]);
    }

    [TestCase("Hanoi", "Vietnam", true)]
    [TestCase("Vladivostok", "Russia", true)]
    [TestCase("Vladivostok", "Vietnam", false)]
    [TestCase("Vietnam", "Hanoi", false)]
    [TestCase("Washington", "the United States", true)]
    public void IsWithin_ShippedGazetteer_KnowsContainment(string inner, string outer, bool within) =>
        Gazetteer.Default.IsWithin(inner, outer).Should().Be(within);

    [Test]
    public void CountryOfDemonym_NorthKorean_IsNorthKorea() => Gazetteer.Default.CountryOfDemonym("North Korean").Should().Be("North Korea");

    [Test]
    public void Resolve_KinshipTheTextStates_HisSonIsThatPerson()
    {
        const string text = "Crown Prince Frederik Larsen met farmers on Monday. His father, King Olav Larsen, stayed in the capital. "
                          + "Olav Larsen spoke on radio. His son will travel again next week.";
        var r = SummitEngine.CreateDefault().Reconcile([new ReportInput("r", text)]);
        var frederik = r.Entities.Entities.Single(e => e.Name == "Frederik Larsen");
        int at = text.IndexOf("His son", StringComparison.Ordinal);
        frederik.Mentions.Should().Contain(m => m.Span.Start == at, "'Frederik's father' is Olav, so Olav's son is Frederik");
    }
}
