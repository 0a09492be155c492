using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;

namespace Summit.Tests.Documents;

public class ReportReaderTests
{
    private static Report Read(string text, string? source = null, DateOnly? published = null) =>
        new ReportReader(TestLexicon.Shipped).Read(new ReportInput("r", text) { Source = source, Published = published });

    [Test]
    public void Read_DatelineWithFullDate_DatesTheReportAndNamesTheAgency()
    {
        const string text = "PARIS, March 14, 2016 (AFP) - French police arrested three men on Sunday.";
        var report = Read(text);
        report.Published.Should().Be(new DateOnly(2016, 3, 14));
        report.Source.Should().Be("AFP");
        report.Paragraphs.Single().Of(text).Should().StartWith("French police");
    }

    [TestCase("First A380 delivered\n\nOctober 15, 2007 The first A380 was delivered today.", "2007-10-15")]
    [TestCase("Fire at the port\n\n15 October 2007 A fire broke out at the port.", "2007-10-15")]
    [TestCase("2007-10-15 A fire broke out at the port.", "2007-10-15")]
    public void Read_DateLineGluedToTheFirstSentence_IsThePublicationDateNotBody(string text, string date)
    {
        var report = Read(text);
        report.Published.Should().Be(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        report.Paragraphs.Select(p => p.Of(text)).Should().OnlyContain(p => p.StartsWith("The first") || p.StartsWith("A fire"));
    }

    [Test]
    public void Read_InlineDateHeaderGluedToTheFirstSentence_SetsPublishedAndKeepsItOutOfTheBody()
    {
        var r = Read(" date 2019-04-24 The talks will start soon.\n\nMore follows here.\n\nAFP");
        r.Published.Should().Be(new DateOnly(2019, 4, 24));
        r.Source.Should().Be("AFP");
        r.Paragraphs.Select(p => p.Of(r.Text)).Should().Equal("The talks will start soon.", "More follows here.");
    }

    [TestCase("VLADIVOSTOK, Russia: North Korean leader arrived.", "VLADIVOSTOK, Russia", null)]
    [TestCase("PARIS (Reuters) - The French government fell.", "PARIS", "Reuters")]
    [TestCase("MOSCOW, April 24 (AFP) — The Kremlin said talks would go ahead.", "MOSCOW", "AFP")]
    public void Read_Dateline_IsFoundAndIsNotBody(string text, string dateline, string? source)
    {
        var r = Read(text);
        r.Dateline.Should().Be(dateline);
        r.Source.Should().Be(source);
        r.Paragraphs.Should().ContainSingle().Which.Of(r.Text).Should().NotContain(dateline);
    }

    [Test]
    public void Read_ClosingDashSignatureAndHeading_AreMetadata()
    {
        var r = Read("The talks began.\n\nIsland venue\n\nThe meeting is likely to focus on camaraderie. — Reuters");
        r.Source.Should().Be("Reuters");
        r.Headings.Select(h => h.Of(r.Text)).Should().Equal("Island venue");
        r.Paragraphs.Last().Of(r.Text).Should().Be("The meeting is likely to focus on camaraderie.");
    }

    [Test]
    public void Read_CallerMetadata_WinsOverTheText()
    {
        var r = Read(" date 2019-04-24 The talks began.\n\nAFP", source: "Agence France-Presse", published: new DateOnly(2019, 4, 23));
        r.Source.Should().Be("Agence France-Presse");
        r.Published.Should().Be(new DateOnly(2019, 4, 23));
    }
}
