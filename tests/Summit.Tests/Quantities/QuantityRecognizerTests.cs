using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;
using Summit.Quantities;

namespace Summit.Tests.Quantities;

[TestFixture]
public class QuantityRecognizerTests
{
    // sentence, expected text, kind, value (in the written unit, after scale words), upper or null, unit symbol, qualifier, counted lemma or null
    private static readonly object?[][] Expressions =
    [
        ["Four people died.", "Four", QuantityKind.Count, 4m, null, "1", QuantityQualifier.None, "person"],
        ["It cost two million dollars.", "two million dollars", QuantityKind.Money, 2_000_000m, null, "USD", QuantityQualifier.None, null],
        ["The firm raised 1.5bn from investors.", "1.5bn", QuantityKind.Count, 1_500_000_000m, null, "1", QuantityQualifier.None, null],
        ["A deal worth $4.2-million was signed.", "$4.2-million", QuantityKind.Money, 4_200_000m, null, "USD", QuantityQualifier.None, "deal"],
        ["They stole €3m in jewels.", "€3m", QuantityKind.Money, 3_000_000m, null, "EUR", QuantityQualifier.None, "jewel"],
        ["The loot was worth £2.9m.", "£2.9m", QuantityKind.Money, 2_900_000m, null, "GBP", QuantityQualifier.None, "loot"],
        ["Robbers took R40 million from the depot.", "R40 million", QuantityKind.Money, 40_000_000m, null, "ZAR", QuantityQualifier.None, null],
        ["Losses reached ¥500 million.", "¥500 million", QuantityKind.Money, 500_000_000m, null, "JPY", QuantityQualifier.None, null],
        ["The plan costs 3 mn euros.", "3 mn euros", QuantityKind.Money, 3_000_000m, null, "EUR", QuantityQualifier.None, null],
        ["Some 80 percent of the homes were destroyed.", "Some 80 percent", QuantityKind.Percent, 80m, null, "%", QuantityQualifier.About, "home"],
        ["Turnout was 80%.", "80%", QuantityKind.Percent, 80m, null, "%", QuantityQualifier.None, null],
        ["A quake of magnitude 6.1 struck.", "magnitude 6.1", QuantityKind.SeismicMagnitude, 6.1m, null, "M", QuantityQualifier.None, null],
        ["It was a 6.4-magnitude quake.", "6.4-magnitude", QuantityKind.SeismicMagnitude, 6.4m, null, "M", QuantityQualifier.None, null],
        ["The epicentre was 120 kilometres away.", "120 kilometres", QuantityKind.Length, 120m, null, "km", QuantityQualifier.None, null],
        ["The town lies 75 miles north.", "75 miles", QuantityKind.Length, 75m, null, "mi", QuantityQualifier.None, null],
        ["Temperatures reached 40C on Monday.", "40C", QuantityKind.Temperature, 40m, null, "°C", QuantityQualifier.None, null],
        ["Dozens of people were hurt.", "Dozens", QuantityKind.Count, 24m, 100m, "1", QuantityQualifier.Vague, "person"],
        ["Hundreds of homes were flooded.", "Hundreds", QuantityKind.Count, 200m, 1000m, "1", QuantityQualifier.Vague, "home"],
        ["Three or four robbers fled.", "Three or four", QuantityKind.Count, 3m, 4m, "1", QuantityQualifier.Range, "robber"],
        ["Between 10 and 15 deaths were reported.", "Between 10 and 15", QuantityKind.Count, 10m, 15m, "1", QuantityQualifier.Range, "death"],
        ["At least 12 people were killed.", "At least 12", QuantityKind.Count, 12m, null, "1", QuantityQualifier.AtLeast, "person"],
        ["Nearly $5 million was taken.", "Nearly $5 million", QuantityKind.Money, 5_000_000m, null, "USD", QuantityQualifier.Nearly, null],
        ["Almost 300 homes burned.", "Almost 300", QuantityKind.Count, 300m, null, "1", QuantityQualifier.Nearly, "home"],
        ["More than 1,200 soldiers arrived.", "More than 1,200", QuantityKind.Count, 1200m, null, "1", QuantityQualifier.MoreThan, "soldier"],
        ["Over 50 flights were cancelled.", "Over 50", QuantityKind.Count, 50m, null, "1", QuantityQualifier.MoreThan, "flight"],
        ["Up to 20 robbers took part.", "Up to 20", QuantityKind.Count, 20m, null, "1", QuantityQualifier.UpTo, "robber"],
        ["An estimated 2,000 residents fled.", "An estimated 2,000", QuantityKind.Count, 2000m, null, "1", QuantityQualifier.About, "resident"],
        ["About 200 km of road was closed.", "About 200 km", QuantityKind.Length, 200m, null, "km", QuantityQualifier.About, null],
        ["Twenty-six people were hurt.", "Twenty-six", QuantityKind.Count, 26m, null, "1", QuantityQualifier.None, "person"],
        ["Tens of thousands of people marched.", "Tens of thousands", QuantityKind.Count, 20_000m, 100_000m, "1", QuantityQualifier.Vague, "person"],
        ["Some 5m people watched.", "Some 5m", QuantityKind.Count, 5_000_000m, null, "1", QuantityQualifier.About, "person"],
        ["He survived a 10m fall.", "10m", QuantityKind.Length, 10m, null, "m", QuantityQualifier.None, null],
        ["It was -5C at dawn.", "-5C", QuantityKind.Temperature, -5m, null, "°C", QuantityQualifier.None, null],
        ["It fell to minus 10 degrees Celsius.", "minus 10 degrees Celsius", QuantityKind.Temperature, -10m, null, "°C", QuantityQualifier.None, null],
        ["It was about -20C.", "about -20C", QuantityKind.Temperature, -20m, null, "°C", QuantityQualifier.About, null],
        ["The fund lost 2.5 percentage points.", "2.5 percentage points", QuantityKind.PercentagePoints, 2.5m, null, "pp", QuantityQualifier.None, null],
    ];

    [TestCaseSource(nameof(Expressions))]
    public void Recognize_IssueExpression_FindsValueUnitQualifierAndCounted(string sentence, string text, QuantityKind kind, decimal value,
        decimal? upper, string unit, QuantityQualifier qualifier, string? counted)
    {
        var found = QuantityRecognizer.Default.Recognize(sentence);

        found.Should().ContainSingle(q => q.Text == text, "the sentence is \"{0}\" and found {1}", sentence, string.Join("; ", found));
        var q = found.Single(q => q.Text == text);
        q.Kind.Should().Be(kind);
        q.Value.Should().Be(value);
        q.UpperValue.Should().Be(upper);
        q.Unit.Symbol.Should().Be(unit);
        q.Qualifier.Should().Be(qualifier);
        q.Counted.Should().Be(counted);
        sentence.Substring(q.Span.Start, q.Span.Length).Should().Be(text);
    }

    private static readonly object[][] NotQuantities =
    [
        ["The attack happened in 2008 in the city."],
        ["He arrived on March 5 at the airport."],
        ["The meeting lasted three hours."],
        ["A 52-year-old man was arrested."],
        ["Flight 93 crashed in a field."],
        ["The Airbus A380 landed."],
        ["The bus left at 10:30 from the station."],
        ["No one was hurt."],
        ["One of the robbers escaped."],
        ["It was the 1st time."],
        ["They won 3-1 on Sunday."],
        ["Two-thirds of voters agreed."],
        ["They flew a two-seater over the bay."],
        ["A four-wheeler overturned on the track."],
        ["The Boeing 747 landed safely."],
        ["The G7 leaders met in Italy."],
        ["He raced in Formula One for a decade."],
    ];

    [TestCase("Two hijackers took over the plane.", 2, "hijacker")]
    [TestCase("Four wheelers were stolen.", 4, "wheeler")]
    public void Recognize_NumberWordBeforeANoun_StaysACount(string sentence, int value, string counted)
    {
        var q = QuantityRecognizer.Default.Recognize(sentence).Should().ContainSingle().Subject;
        q.Value.Should().Be(value);
        q.Counted.Should().Be(counted);
    }

    [TestCaseSource(nameof(NotQuantities))]
    public void Recognize_DateDurationLabelOrCode_FindsNothing(string sentence)
    {
        QuantityRecognizer.Default.Recognize(sentence).Should().BeEmpty();
    }

    [Test]
    public void Recognize_NearlyFiveMillion_NormalIsHalfOpenBelowFigure()
    {
        var q = QuantityRecognizer.Default.Recognize("Nearly $5 million was taken.").Single();

        q.Normal.Should().Be(new QuantityInterval(4_500_000m, 5_000_000m, true, false));
    }

    [Test]
    public void Recognize_Miles_NormalIsInMetresExactly()
    {
        var q = QuantityRecognizer.Default.Recognize("The town lies 75 miles north.").Single();

        q.Normal.Should().Be(QuantityInterval.Point(120_700.8m));
    }

    [Test]
    public void Recognize_Range_SpansAreOffsetsIntoTheWholeText()
    {
        const string text = "Intro. Police said at least 12 people died. More later.";
        int start = text.IndexOf("Police", StringComparison.Ordinal);
        var found = QuantityRecognizer.Default.Recognize(text, new Span(start, text.IndexOf("More", StringComparison.Ordinal)));

        found.Should().ContainSingle();
        found[0].Span.Of(text).Should().Be("at least 12");
        found[0].QualifierSpan!.Value.Of(text).Should().Be("at least");
        found[0].CountedSpan!.Value.Of(text).Should().Be("people");
    }

    [Test]
    public void Recognize_AmongOrIncluding_MarksPartial()
    {
        var q = QuantityRecognizer.Default.Recognize("The dead included 12 people, including three children.");

        q.Should().HaveCount(2);
        q[1].IsPartial.Should().BeTrue();
        q[1].Counted.Should().Be("child");
    }

    [TestCase("Among the dead were three children.", true)]
    [TestCase("The victims included two boys.", true)]
    [TestCase("Six of the victims were children.", true)]
    [TestCase("Six people died, police said.", false)]
    [TestCase("Police said, including in a statement, that six people died.", false)]
    public void Recognize_PartOfAWhole_SetsIsPartial(string sentence, bool partial)
    {
        QuantityRecognizer.Default.Recognize(sentence).Single().IsPartial.Should().Be(partial);
    }

    [Test]
    public void Recognize_RangeOutsideText_Throws()
    {
        var act = () => QuantityRecognizer.Default.Recognize("short", new Span(0, 10));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static readonly string[] Awkward =
    [
        "", " ", "$", "$$$ 5", "€", "between", "between 10 and", "at least", "999,999,999,999,999 trillion dollars",
        "99999999999999999999999999999999 people", "1.2.3.4 km", "1,2345 people", "a trillion trillion trillion", "twenty-",
        "-5 degrees", "5-", "R", "R5", "US$", "thousands of of", "tens", "hundreds of thousands of millions", "10 to", "three or",
        "6.4-", "magnitude", "magnitude-", "40°", "40° C", "½ mile", "٣ people", "1e10 dollars", "5,000,000,000,000,000,000 euros",
        "999,999,999,999,999,999 trillion dollars", "one hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred people",
        "a trillion trillion trillion trillion trillion trillion trillion euros", "billions of trillions of dollars",
    ];

    [TestCaseSource(nameof(Awkward))]
    public void Recognize_AwkwardInput_DoesNotThrowAndKeepsSpansInside(string text)
    {
        var found = QuantityRecognizer.Default.Recognize(text);

        foreach (var q in found)
        {
            q.Span.End.Should().BeLessThanOrEqualTo(text.Length);
            q.Text.Should().Be(q.Span.Of(text));
            if (q.Normal.High is { } high) high.Should().BeGreaterThanOrEqualTo(q.Normal.Low);
        }
    }

    [Test]
    public void Recognize_SameTextTwice_GivesEqualResults()
    {
        const string text = "Nearly $5 million, some 80 percent, between 10 and 15 deaths, 120 kilometres and dozens of homes.";

        var first = QuantityRecognizer.Default.Recognize(text);
        var second = new QuantityRecognizer().Recognize(text);

        second.Should().BeEquivalentTo(first, o => o.WithStrictOrdering());
        first.Select(q => q.Text).Should().Equal("Nearly $5 million", "some 80 percent", "between 10 and 15", "120 kilometres", "dozens");
    }

    [Test]
    public void Recognize_SubjectWithoutFigure_FindsNothing()
    {
        QuantityRecognizer.Default.Recognize("A boy was among the dead.").Should().BeEmpty();
    }

    [Test]
    public void Recognize_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => QuantityRecognizer.Default.Recognize("Six people died.", new Span(0, 16), cts.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [TestCase("Robbers took loot worth nearly $5 million.", "loot")]
    [TestCase("The firm reported a loss of $92.2 million.", "loss")]
    [TestCase("The painting was valued at £3m.", "painting")]
    [TestCase("They stole $4.2 million in cash.", "cash")]
    [TestCase("It bought a stake of 5%.", "stake")]
    public void Recognize_MoneyOrShare_FindsWhatItMeasures(string sentence, string measured)
    {
        QuantityRecognizer.Default.Recognize(sentence).Single().Counted.Should().Be(measured);
    }

    [Test]
    public void Recognize_DollarCurrencyOption_ReadsBareDollarAsIt()
    {
        var recognizer = new QuantityRecognizer(new QuantityOptions { DollarCurrency = "AUD" });

        recognizer.Recognize("It cost $5 million, or US$3.5 million.").Select(q => q.Unit.Symbol).Should().Equal("AUD", "USD");
    }

    [Test]
    public void Options_BadDollarCurrency_Throws()
    {
        var act = () => new QuantityRecognizer(new QuantityOptions { DollarCurrency = "dollar" });

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Recognize_Cents_AreDollars()
    {
        var q = QuantityRecognizer.Default.Recognize("Earnings were 98 cents a share.").Single();

        q.Unit.Symbol.Should().Be("USD");
        q.Value.Should().Be(0.98m);
    }

    [Test]
    public void Recognize_ApproximateWidthOption_WidensAbout()
    {
        var q = new QuantityRecognizer(new QuantityOptions { ApproximationWidth = 0.2m }).Recognize("About 100 people came.").Single();

        q.Normal.Should().Be(new QuantityInterval(80m, 120m));
    }
}

public class QuantityRecognizerEdgeTests
{
    [TestCase("A.Bc has 5 stores.")]
    [TestCase("I.")]
    [TestCase(".")]
    public void Recognize_TextStartingWithAnInitial_NoCrash(string text)
    {
        var act = () => Summit.Quantities.QuantityRecognizer.Default.Recognize(text, new Summit.Documents.Span(0, text.Length));
        FluentAssertions.AssertionExtensions.Should(act).NotThrow();
    }
}
