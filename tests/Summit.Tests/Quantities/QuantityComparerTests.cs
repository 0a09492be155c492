using FluentAssertions;
using NUnit.Framework;
using Summit.Lexical;
using Summit.Quantities;

namespace Summit.Tests.Quantities;

[TestFixture]
public class QuantityComparerTests
{
    private static Quantity Q(string sentence, int index = 0) => QuantityRecognizer.Default.Recognize(sentence)[index];

    // left sentence, right sentence, year, expected outcome
    private static readonly object?[][] Pairs =
    [
        // equal values in three currencies (2015 averages: $1 ≈ €0.90 ≈ £0.65)
        ["The gang stole $10 million.", "The gang stole €9m.", 2015, QuantityAgreement.Agree],
        ["The gang stole $10 million.", "The gang stole £6.5 million.", 2015, QuantityAgreement.Agree],
        ["The gang stole €9m.", "The gang stole £6.5m.", 2015, QuantityAgreement.Agree],
        ["The bank lost ¥1.2 billion.", "The bank lost $10 million.", 2015, QuantityAgreement.Agree],
        ["Robbers took R40 million.", "Robbers took about $3 million.", 2015, QuantityAgreement.Agree],
        // genuine differences across currencies
        ["Nearly $5 million was taken.", "£2.1m was taken.", 2015, QuantityAgreement.Conflict],
        ["The gang stole $10 million.", "The gang stole €20m.", 2015, QuantityAgreement.Conflict],
        // equal distances in two units; rounding is not a conflict
        ["The quake was about 200 km away.", "The quake was 125 miles away.", null, QuantityAgreement.Agree],
        ["The town lies 120 kilometres north.", "The town lies 75 miles north.", null, QuantityAgreement.Agree],
        ["It is 5,280 feet long.", "It is one mile long.", null, QuantityAgreement.Agree],
        ["Temperatures hit 40C.", "Temperatures hit 104 degrees Fahrenheit.", null, QuantityAgreement.Agree],
        // genuine differences in one unit and across units
        ["The town lies 120 kilometres north.", "The town lies 160 kilometres north.", null, QuantityAgreement.Conflict],
        ["The town lies 120 kilometres north.", "The town lies 120 miles north.", null, QuantityAgreement.Conflict],
        ["Six people died.", "Seven people died.", null, QuantityAgreement.Conflict],
        ["A magnitude 6.1 quake struck.", "A 6.4-magnitude quake struck.", null, QuantityAgreement.Conflict],
        // counts: qualifiers widen
        ["At least 12 people were killed.", "Fifteen people were killed.", null, QuantityAgreement.Agree],
        ["Nearly 300 homes burned.", "280 homes burned.", null, QuantityAgreement.Agree],
        ["Nearly 300 homes burned.", "350 homes burned.", null, QuantityAgreement.Conflict],
        ["Three or four robbers fled.", "Four robbers fled.", null, QuantityAgreement.Agree],
        ["Dozens of people were hurt.", "Six people were hurt.", null, QuantityAgreement.Conflict],
        ["Dozens of people were hurt.", "About 40 people were hurt.", null, QuantityAgreement.Agree],
        ["12 people were killed.", "There were 12 deaths.", null, QuantityAgreement.Agree],
        // not comparable: kinds, counted things, subsets, percent vs percentage points
        ["Six people died.", "Six percent of homes burned.", null, QuantityAgreement.NotComparable],
        ["Six people died.", "Three children died.", null, QuantityAgreement.NotComparable],
        ["Six homes burned.", "Nine cars burned.", null, QuantityAgreement.NotComparable],
        ["Among the dead were two boys.", "Six people died.", null, QuantityAgreement.NotComparable],
        ["Six of the victims were children.", "Ten victims were found.", null, QuantityAgreement.NotComparable],
        ["It rose 2 percentage points.", "It rose 2 percent.", null, QuantityAgreement.NotComparable],
        ["The gang stole $10 million.", "The gang stole €9m.", null, QuantityAgreement.NotComparable],
    ];

    [TestCaseSource(nameof(Pairs))]
    public void Compare_Pair_GivesExpectedOutcome(string left, string right, int? year, QuantityAgreement expected)
    {
        var result = QuantityComparer.Default.Compare(Q(left), Q(right), year);

        result.Outcome.Should().Be(expected, result.Reason);
        result.Reason.Should().Contain(Q(left).Text).And.Contain(Q(right).Text);
    }

    [TestCaseSource(nameof(Pairs))]
    public void Compare_Swapped_GivesSameOutcome(string left, string right, int? year, QuantityAgreement expected)
    {
        QuantityComparer.Default.Compare(Q(right), Q(left), year).Outcome.Should().Be(expected);
    }

    [Test]
    public void Compare_NearlyFiveMillionDollarsVsPounds_ReasonShowsConversionAndYear()
    {
        var result = QuantityComparer.Default.Compare(Q("Nearly $5 million was taken."), Q("£2.1m was taken."), 2015);

        result.Outcome.Should().Be(QuantityAgreement.Conflict);
        result.Reason.Should().Be("\"Nearly $5 million\" vs \"£2.1m\" ≈ $3.21 million at 2015 rates: [$4.5 million, $5 million) and $3.21 million differ by more than 5%");
        result.CommonUnit.Should().Be("USD");
    }

    // Most compared figures agree and nobody reads why: the reason is worded only when it is read. Wording it (the pair,
    // the conversion, both values, the tolerance) takes well over a kilobyte of strings for this pair; comparing alone
    // allocates the comparison and the converted and widened intervals.
    [Test]
    public void Compare_AgreeingPair_WordsNoReasonUntilItIsRead()
    {
        var (left, right) = (Q("The gang stole $10 million."), Q("The gang stole €9m."));
        var comparer = QuantityComparer.Default;
        comparer.Compare(left, right, 2015).Reason.Should().Contain("agree within"); // warm up, and the reason is still there when read
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) comparer.Compare(left, right, 2015);
        long perCompare = (GC.GetAllocatedBytesForCurrentThread() - before) / 100;
        long start = GC.GetAllocatedBytesForCurrentThread();
        _ = comparer.Compare(left, right, 2015).Reason;
        long withReason = GC.GetAllocatedBytesForCurrentThread() - start;
        perCompare.Should().BeLessThan(withReason / 2, $"comparing alone allocates {perCompare} bytes, reading the reason {withReason}");
    }

    [Test]
    public void Compare_OwnRates_UsesThem()
    {
        var rates = new ExchangeRateTable([new ExchangeRate("GBP", 2015, 0.5m)]);
        var comparer = new QuantityComparer(rates: rates);

        comparer.Compare(Q("Nearly $5 million was taken."), Q("£2.4m was taken."), 2015).Outcome.Should().Be(QuantityAgreement.Agree);
    }

    [Test]
    public void Compare_ToleranceZero_RoundingBecomesConflict()
    {
        var comparer = new QuantityComparer(new QuantityOptions { Tolerance = 0m });

        comparer.Compare(Q("The town lies 200 km north."), Q("The town lies 125 miles north."), null).Outcome.Should().Be(QuantityAgreement.Conflict);
    }

    [Test]
    public void Compare_UnknownCurrencyRate_NotComparable()
    {
        var comparer = new QuantityComparer(rates: new ExchangeRateTable([]));

        var result = comparer.Compare(Q("The gang stole $10 million."), Q("The gang stole €9m."), 2015);

        result.Outcome.Should().Be(QuantityAgreement.NotComparable);
        result.Reason.Should().Contain("no exchange rate");
    }

    [Test]
    public void Pair_TwoReports_PairsSameSlotsAndFindsTheConflict()
    {
        var left = QuantityRecognizer.Default.Recognize("At least 12 people were killed and 40 were injured; robbers took loot worth nearly $5 million.");
        var right = QuantityRecognizer.Default.Recognize("The loot was valued at £2.1m, police said, after 15 people died.");

        var pairs = QuantityComparer.Default.Pair(left, right, 2015);

        pairs.Select(p => (p.Left.Text, p.Right.Text, p.Comparison.Outcome)).Should().Equal(
            ("At least 12", "15", QuantityAgreement.Agree),
            ("nearly $5 million", "£2.1m", QuantityAgreement.Conflict));
    }

    [Test]
    public void Pair_DifferentCountedThings_LeavesThemUnpaired()
    {
        var left = QuantityRecognizer.Default.Recognize("Six homes burned.");
        var right = QuantityRecognizer.Default.Recognize("Nine cars burned.");

        QuantityComparer.Default.Pair(left, right).Should().BeEmpty();
    }

    [Test]
    public void Options_BadTolerance_Throws()
    {
        var act = () => new QuantityComparer(new QuantityOptions { Tolerance = 1.5m });

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}

[TestFixture]
public class ExchangeRateTableTests
{
    private static readonly string[] Required = ["USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "INR", "RUB", "ZAR", "KRW", "BRL"];

    [TestCaseSource(nameof(Required))]
    public void Default_RequiredCurrency_HasRatesFrom2005To2021(string currency)
    {
        for (int year = 2005; year <= 2021; year++)
            ExchangeRateTable.Default.HasExactYear(currency, year).Should().BeTrue($"{currency} {year}");
    }

    // The ECB series for the rouble starts in 2005 and FRED has none: earlier years use 2005.
    private static readonly string[] From1999 = Required.Where(c => c != "RUB").ToArray();

    [TestCaseSource(nameof(From1999))]
    public void Default_RequiredCurrencyExceptRouble_HasRatesFrom1999(string currency)
    {
        ExchangeRateTable.Default.HasExactYear(currency, 1999).Should().BeTrue();
    }

    [Test]
    public void Default_Pound2015_IsAboutOnePointFiveThreeDollars()
    {
        ExchangeRateTable.Default.TryGetUnitsPerUsd("GBP", 2015, out var gbp).Should().BeTrue();

        (1m / gbp).Should().BeApproximately(1.528m, 0.005m);
    }

    [Test]
    public void TryGetUnitsPerUsd_YearOutsideData_UsesNearestYear()
    {
        var table = new ExchangeRateTable([new ExchangeRate("EUR", 2000, 1.1m), new ExchangeRate("EUR", 2010, 0.75m)]);

        table.TryGetUnitsPerUsd("EUR", 2030, out var rate).Should().BeTrue();
        rate.Should().Be(0.75m);
        table.TryGetUnitsPerUsd("XYZ", 2010, out _).Should().BeFalse();
    }

    [Test]
    public void Load_BadRate_ThrowsSummitException()
    {
        var act = () => ExchangeRateTable.Load(new StringReader("year,USD,EUR\n2015,1,abc\n"));

        act.Should().Throw<SummitException>();
    }
}
