using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;
using Summit.Reconciling;
using Summit.Rendering;

namespace Summit.Tests.Reconciling;

public class ReconcilerTests
{
    private static readonly DateOnly Day = new(2022, 6, 15); // a Wednesday

    private static Reconciliation Run(params (string Source, string Text)[] reports) =>
        SummitEngine.CreateDefault().Reconcile(reports.Select((r, i) => new ReportInput($"r{i + 1}", r.Text) { Source = r.Source, Published = Day }).ToArray());

    private static Fact FactOf(Reconciliation r, string words) =>
        r.Facts.First(f => f.Claims.Any(c => c.Text.Contains(words, StringComparison.Ordinal)));

    [Test]
    public void Fact_WithoutClaimsOrWithANullOne_IsRefused()
    {
        var claim = new global::Summit.Claims.Claim("c1", "r1", new Span(0, 4), "text", "say");
        new Fact("f1", FactStatus.Single, [claim], ["AFP"], "text").ClaimIds.Should().Equal("c1");
        FluentActions.Invoking(() => new Fact("f1", FactStatus.Single, [], ["AFP"], "text")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Fact("f1", FactStatus.Single, [claim, null!], ["AFP"], "text")).Should().Throw<ArgumentException>();
    }

    [Test]
    public void Reconcile_SayingEventJoinsTheStatement_SummaryIsTheStatements()
    {
        // the saying "said" is a further event of its clause, asserted by the report: it joins the fact whose other
        // clause states "say", but the fact's summary is a statement's, never the lone verb
        var r = Run(("AFP", "Another witness said an officer says, ‘Freeze,’ according to the report."),
                    ("Reuters", "Another witness said an officer shouted, ‘Freeze.’"),
                    ("BBC", "“Another witness said an officer says, ‘Freeze,’” he said."));
        r.Facts.Where(f => f.Statement).Should().NotContain(f => f.Summary == "said");
        r.Facts.Where(f => f.Statement).Should().OnlyContain(f => f.Claims.Any(c => c.Kind == global::Summit.Claims.ClaimKind.Clause));
    }

    [Test]
    public void Reconcile_TwoOutletsStateOneEvent_Corroborated()
    {
        var r = Run(("AFP", "Rescuers pulled six survivors from the collapsed hotel on Tuesday."),
                    ("Reuters", "Six survivors were pulled from the rubble of the collapsed hotel by rescuers on Tuesday."));
        var fact = FactOf(r, "survivors");
        fact.Status.Should().Be(FactStatus.Corroborated);
        fact.Sources.Should().BeEquivalentTo("AFP", "Reuters");
        fact.Time.Should().Be("2022-06-14");
    }

    [Test]
    public void Reconcile_DifferentExactCounts_ConflictOnTheNumber()
    {
        var r = Run(("AFP", "The earthquake killed 12 people in the mountain village on Tuesday."),
                    ("Reuters", "The earthquake killed 15 people in the mountain village on Tuesday."));
        var fact = FactOf(r, "earthquake");
        fact.Status.Should().Be(FactStatus.Conflicting);
        fact.Conflicts.Should().ContainSingle(c => c.Slot == "number").Which.Values.Values.Should().BeEquivalentTo("12", "15");
    }

    [TestCase("at least 12 people", "15 people")]
    [TestCase("about 200 people", "210 people")]
    [TestCase("12 people", "12 people")]
    public void Reconcile_CountsThatAdmitEachOther_NoConflict(string a, string b)
    {
        var r = Run(("AFP", $"The earthquake killed {a} in the mountain village on Tuesday."),
                    ("Reuters", $"Officials said the Tuesday earthquake in the mountain village killed {b}, most of them farmers."));
        r.Facts.Should().NotContain(f => f.Conflicts.Count > 0);
        FactOf(r, "earthquake").Status.Should().Be(FactStatus.Corroborated);
    }

    [Test]
    public void Reconcile_DifferentDaysForOneArrival_DateConflict()
    {
        var r = Run(("AFP", "The prime minister arrived in Oslo on Monday for the climate talks."),
                    ("Reuters", "The prime minister arrived in Oslo on Tuesday for the climate talks."));
        var fact = FactOf(r, "arrived");
        fact.Conflicts.Should().ContainSingle(c => c.Slot == "date");
        fact.Status.Should().Be(FactStatus.Conflicting);
    }

    [Test]
    public void Reconcile_ExpectedVersusDid_IsNotAConflict()
    {
        var r = Run(("AFP", "The prime minister was due to arrive in Oslo on Thursday for the climate talks."),
                    ("Reuters", "The prime minister arrived in Oslo on Tuesday for the climate talks."));
        r.Facts.Should().NotContain(f => f.Conflicts.Count > 0);
    }

    [Test]
    public void Reconcile_SignedVersusDidNotSign_PolarityConflict()
    {
        var r = Run(("AFP", "The two governments signed the border treaty in Geneva on Tuesday."),
                    ("Reuters", "The two governments did not sign the border treaty in Geneva on Tuesday."));
        FactOf(r, "treaty").Conflicts.Should().ContainSingle(c => c.Slot == "polarity");
    }

    [Test]
    public void Reconcile_SameFamilyNameDifferentEvents_NoConflictNoLink()
    {
        var r = Run(("AFP", "Kim Jong-il met the Russian president in 2001 in Moscow."),
                    ("Reuters", "Kim Jong Un will meet the Russian president in Vladivostok today."));
        r.Facts.Should().NotContain(f => f.Conflicts.Count > 0);
        r.Facts.Should().OnlyContain(f => f.Status == FactStatus.Single);
    }

    [Test]
    public void Reconcile_TwoMeetingsOnDifferentDays_NotOneFact()
    {
        var r = Run(("AFP", "The foreign ministers met in Paris on Monday to discuss the ceasefire."),
                    ("Reuters", "The foreign ministers met in Rome on Friday, June 3, to discuss the ceasefire."));
        r.Facts.Should().NotContain(f => f.Conflicts.Count > 0);
    }

    [Test]
    public void Reconcile_WireCopyRepublished_OneSourceNotTwo()
    {
        const string wire = "The central bank raised its main interest rate by half a point on Tuesday, its biggest increase in two decades. "
                            + "The governor said inflation would stay high until next spring. Markets fell sharply after the announcement.";
        var r = Run(("Reuters", wire), ("Yahoo News", wire));
        var fact = FactOf(r, "interest rate");
        fact.Sources.Should().HaveCount(2);
        fact.Status.Should().Be(FactStatus.Single);
        var note = fact.Notes.Should().ContainSingle().Subject;
        note.Kind.Should().Be(FactNoteKind.NotIndependent);
        note.Sources.Should().Equal("Reuters", "Yahoo News");
        note.Reports.Should().Be(2);
        Wording.Note(note).Should().Be("Reuters & Yahoo News are not independent (one text republished, one owner or an agency's copy): they count as one source.");
    }

    // The copy sketch remembers only the first reports that use a sampled shingle: a boilerplate sentence that every
    // report carries fills those places, and the report copied later must still be found among its copies' candidates.
    [Test]
    public void Reconcile_CopiesOfALaterReportAmongBoilerplate_CountOnce()
    {
        const string boilerplate = "This story was compiled by the regional news desk with reporting from correspondents in the provinces.";
        string[] events =
        [
            "Farmers in Alden harvested a record wheat crop", "A storm flooded the harbour of Brisk", "Engineers in Corran repaired the old bridge",
            "Students of Dunmere won a chess championship", "Firefighters rescued a cat from a tree in Elston", "Doctors in Farrow vaccinated nurses",
            "A museum in Glenby displayed ancient coins", "Police in Harlow arrested a jewel thief", "The council of Ilford approved a budget",
            "Workers at the Jasper mill went on strike", "A choir from Kelby sang at the cathedral", "Divers near Lorne found a shipwreck",
        ];
        var reports = events.Select((e, k) => ($"Outlet {k}", $"{e} on Tuesday. {boilerplate}")).ToList();
        var copied = reports[9].Item2;
        reports.Add(("Courier One", copied));
        reports.Add(("Courier Two", copied));
        var r = Run([.. reports]);
        var fact = FactOf(r, "Jasper");
        fact.Sources.Should().BeEquivalentTo("Outlet 9", "Courier One", "Courier Two");
        fact.Status.Should().Be(FactStatus.Single);
        fact.Notes.Should().Contain(n => n.Kind == FactNoteKind.NotIndependent);
    }

    [Test]
    public void Reconcile_ReportsWithoutSource_EachIsAVoice()
    {
        var r = SummitEngine.CreateDefault().Reconcile([
            new ReportInput("r1", "Rescuers pulled six survivors from the collapsed hotel on Tuesday.") { Published = Day },
            new ReportInput("r2", "Six survivors were pulled from the rubble of the collapsed hotel by rescuers on Tuesday.") { Published = Day }]);
        FactOf(r, "survivors").Status.Should().Be(FactStatus.Corroborated);
    }

    [Test]
    public void Reconcile_Confidence_MoreSourcesHigherHedgedLower()
    {
        var r = Run(("AFP", "Rescuers pulled six survivors from the collapsed hotel on Tuesday. The mayor is likely to resign."),
                    ("Reuters", "Six survivors were pulled from the collapsed hotel by rescuers on Tuesday."));
        FactOf(r, "survivors").Confidence.Should().BeGreaterThan(FactOf(r, "resign").Confidence);
        FactOf(r, "resign").Confidence.Should().BeLessThan(0.5);
    }

    [Test]
    public void Reconcile_OneReportNamesThePerson_Refinement()
    {
        var r = Run(("AFP", "A government spokesman, Lars Holm, said the border would reopen on Friday."),
                    ("Reuters", "The border will reopen on Friday, a government spokesman said."));
        var fact = FactOf(r, "reopen");
        fact.Status.Should().Be(FactStatus.Corroborated);
        fact.Refinements.Should().Contain(x => x.Value == "Lars Holm" && x.Slot == "person");
    }

    [Test]
    public void Reconcile_SameAmountInTwoCurrencies_NoConflict()
    {
        var r = SummitEngine.CreateDefault().Reconcile([
            new ReportInput("r1", "Thieves stole jewels worth $5 million from the museum vault on Sunday.") { Source = "AFP", Published = new DateOnly(2015, 4, 7) },
            new ReportInput("r2", "Thieves stole jewels worth 4.6 million euros from the museum vault on Sunday.") { Source = "Reuters", Published = new DateOnly(2015, 4, 7) }]);
        r.Facts.Should().NotContain(f => f.Conflicts.Count > 0);
        FactOf(r, "jewels").Status.Should().Be(FactStatus.Corroborated);
    }

    [Test]
    public void Reconcile_DifferentMagnitudes_ConflictWithAReason()
    {
        var r = Run(("AFP", "A magnitude 6.1 earthquake struck the coastal province on Tuesday."),
                    ("Reuters", "A magnitude 6.8 earthquake struck the coastal province on Tuesday, officials said."));
        var conflict = FactOf(r, "earthquake").Conflicts.Should().ContainSingle().Subject;
        conflict.Slot.Should().Be("magnitude");
        conflict.Comparison.Should().NotBeNull();
        conflict.Comparison!.Outcome.Should().Be(global::Summit.Quantities.QuantityAgreement.Conflict);
        Wording.Reason(conflict).Should().Contain("6.1").And.Contain("6.8");
    }

    [Test]
    public void Reconcile_OneReportNarrowsWhatBothName_DetailRefinement()
    {
        var r = Run(("AFP", "The interior minister told Swedish television on Monday that the northern border would stay closed until May."),
                    ("Reuters", "Speaking to Swedish public television, the minister said the border would stay closed for weeks."));
        FactOf(r, "border").Refinements.Should().Contain(x => x.ReportId == "r2" && x.Slot == "detail" && x.Value == "public" && x.Narrows == "television");
    }

    [Test]
    public void Reconcile_CityVersusItsCountry_OneFactRefinedNotConflicting()
    {
        var r = Run(("AFP", "Trade talks between the two governments collapsed in Nairobi in February."),
                    ("Reuters", "Trade talks between the two governments in Kenya broke down in February."));
        var fact = FactOf(r, "Nairobi");
        fact.Status.Should().Be(FactStatus.Corroborated);
        fact.Conflicts.Should().BeEmpty();
        fact.Refinements.Should().Contain(x => x.ReportId == "r1" && x.Value == "Nairobi" && x.Within == "Kenya");
    }

    [Test]
    public void Reconcile_FactOfARelativeClause_SummaryStandsAlone()
    {
        var r = Run(("AFP", "Flags were flying over the old harbour, where the ceremony is expected to take place. The rally follows weeks of protests."));
        FactOf(r, "ceremony").Summary.Should().Be("The ceremony is expected to take place (old harbour)");
        FactOf(r, "rally").Summary.Should().Be("The rally follows weeks of protests");
    }
}
