using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;
using Summit.Lexical;

namespace Summit.Tests.Documents;

public class OutletsTests
{
    [Test]
    public void Default_ShippedTable_HoldsAtLeast300OutletsWithKinds()
    {
        Outlets.Default.All.Should().HaveCountGreaterThanOrEqualTo(300);
        Outlets.Default.All.Select(o => o.Kind).Distinct().Should().Contain([OutletKind.Agency, OutletKind.Broadcaster, OutletKind.Newspaper, OutletKind.Aggregator]);
        Outlets.Default.All.Select(o => o.Domain).Should().OnlyHaveUniqueItems();
    }

    [TestCase("https://www.reuters.com/article/us-northkorea-russia/x", "Reuters", OutletKind.Agency)]
    [TestCase("uk.reuters.com", "Reuters", OutletKind.Agency)]
    [TestCase("www.theguardian.com", "The Guardian", OutletKind.Newspaper)]
    [TestCase("The Guardian", "The Guardian", OutletKind.Newspaper)]
    [TestCase("guardian", "The Guardian", OutletKind.Newspaper)]
    [TestCase("Fairview Evening Ledger", null, OutletKind.Unknown)]
    [TestCase("https://news.yahoo.com/kim-arrives-1234.html", "Yahoo News", OutletKind.Aggregator)]
    [TestCase("BBC", "BBC", OutletKind.Broadcaster)]
    public void Find_DomainUrlOrName_NamesTheOutlet(string query, string? name, OutletKind kind)
    {
        var o = Outlets.Default.Find(query);
        if (name is null) { o.Should().BeNull(); return; }
        o.Should().NotBeNull();
        o!.Name.Should().Be(name);
        o.Kind.Should().Be(kind);
    }

    [TestCase("The Wall Street Journal", "New York Post", false)] // one owner group
    [TestCase("Yahoo News", "Reuters", false)]                     // an aggregator carrying agency copy
    [TestCase("reuters.com", "Reuters", false)]                    // the same outlet
    [TestCase("Reuters", "AFP", true)]
    [TestCase("The Guardian", "BBC", true)]
    [TestCase("Some Local Gazette", "Another Unknown Daily", true)]
    public void AreIndependent_PairsOfSources_TellOwnershipAndCopy(string a, string b, bool independent)
    {
        Outlets.Default.AreIndependent(a, b).Should().Be(independent);
        Outlets.Default.AreIndependent(b, a).Should().Be(independent);
    }

    [Test]
    public void AgencySignatures_ShippedTable_AreTheNamesWireCopyIsSignedWith()
    {
        Outlets.Default.AgencySignatures.Should().BeEquivalentTo(
        [
            "Reuters", "AFP", "AP", "Associated Press", "Agence France-Presse", "Bloomberg", "Xinhua", "Yonhap", "TASS", "Kyodo",
            "dpa", "DPA", "ANSA", "EFE", "PTI", "IANS", "UPI", "ANI", "AAP", "CNA", "Interfax", "RIA Novosti", "Anadolu", "KCNA",
        ]);
        Outlets.Default.Find("IANS")!.Kind.Should().Be(OutletKind.Agency);
    }

    [Test]
    public void Read_SignatureOfAnAgencyInTheGivenDirectory_IsTheReportsSource()
    {
        var outlets = new Outlets([new Outlet("fna.example", "Fairview News Agency", null, OutletKind.Agency, null, ["FNA"])]);
        var text = "The council approved the budget on Monday.\n\nFNA";
        new ReportReader(new LexicalResources(outlets: outlets)).Read(new ReportInput("r", text)).Source.Should().Be("FNA");
        new ReportReader(TestLexicon.Shipped).Read(new ReportInput("r", text)).Source.Should().BeNull("the shipped directory has no such agency");
    }
}
