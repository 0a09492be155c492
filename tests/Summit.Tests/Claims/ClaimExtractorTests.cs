using System.Text.Json;
using FluentAssertions;
using NUnit.Framework;
using Summit.Claims;
using Summit.Documents;

namespace Summit.Tests.Claims;

public class ClaimExtractorTests
{
    private static readonly DateOnly Day = new(2021, 3, 10); // a Wednesday

    private static IReadOnlyList<Claim> ClaimsOf(string text)
    {
        var result = SummitEngine.CreateDefault().Reconcile([new ReportInput("r", text) { Published = Day }]);
        return result.Claims.Where(c => c.Kind == ClaimKind.Clause).ToArray(); // the further events: EventClaimTests
    }

    private static Claim Only(string text, string clause)
    {
        var claims = ClaimsOf(text);
        var hits = claims.Where(c => c.Text.Contains(clause, StringComparison.Ordinal)).ToArray();
        hits.Should().NotBeEmpty($"some claim should hold \"{clause}\"; claims: {string.Join(" | ", claims.Select(c => c.Text))}");
        return hits[0];
    }

    public static IEnumerable<TestCaseData> Predicates()
    {
        yield return new TestCaseData("The minister resigned on Monday after the vote.", "resign");
        yield return new TestCaseData("Police arrested three men in the capital.", "arrest");
        yield return new TestCaseData("The company has acquired a rival bank.", "acquire");
        yield return new TestCaseData("Talks between the two sides broke down late on Tuesday.", "break down");
        yield return new TestCaseData("The rebels are looking for new allies.", "look for");
        yield return new TestCaseData("The president will sit down with union leaders.", "sit down");
        yield return new TestCaseData("The train pulled into the station at dawn.", "pull into");
        yield return new TestCaseData("Fire crews fought the blaze for hours.", "fight");
        yield return new TestCaseData("The storm left thousands without power.", "leave");
        yield return new TestCaseData("She was elected mayor in 2019.", "elect");
        yield return new TestCaseData("The bridge, damaged in the flood, was closed to traffic.", "close");
        yield return new TestCaseData("The rally follows weeks of protests in the city.", "follow");
    }

    [TestCaseSource(nameof(Predicates))]
    public void Extract_SimpleSentence_FindsThePredicateLemma(string sentence, string lemma)
    {
        ClaimsOf(sentence).Select(c => c.Predicate).Should().Contain(lemma);
    }

    public static IEnumerable<TestCaseData> TwoStatements()
    {
        yield return new TestCaseData("Moscow has called for the sanctions to be eased, while Washington has accused it of helping the rebels.",
            "Moscow has called for the sanctions to be eased", "while Washington has accused it of helping the rebels");
        yield return new TestCaseData("The talks ended without a deal, and the delegations left the city on Friday.",
            "The talks ended without a deal", "the delegations left the city on Friday");
        yield return new TestCaseData("Flags were flying over the harbour, where the ceremony is expected to take place.",
            "Flags were flying over the harbour", "where the ceremony is expected to take place");
        yield return new TestCaseData("The ferry sank near the port after its engine failed in heavy seas.",
            "The ferry sank near the port", "after its engine failed in heavy seas");
        yield return new TestCaseData("Now that the strike is over, the factory is hiring again.",
            "Now that the strike is over", "the factory is hiring again");
    }

    [TestCaseSource(nameof(TwoStatements))]
    public void Extract_SentenceWithTwoStatements_GivesTwoClaims(string sentence, string first, string second)
    {
        var claims = ClaimsOf(sentence);
        claims.Should().HaveCountGreaterThanOrEqualTo(2);
        claims.Should().Contain(c => c.Text.Contains(first, StringComparison.Ordinal));
        claims.Should().Contain(c => c.Text.Contains(second, StringComparison.Ordinal) && !c.Text.Contains(first, StringComparison.Ordinal)
                                     || c.Text.StartsWith(second, StringComparison.Ordinal));
    }

    public static IEnumerable<TestCaseData> Attributions()
    {
        yield return new TestCaseData("The vote will be delayed, according to a senior party official.", "a senior party official", Modality.Expected);
        yield return new TestCaseData("The mayor resigned, local media reported.", "local media", Modality.Reported);
        yield return new TestCaseData("Analysts say the central bank is likely to cut rates.", "Analysts", Modality.Likely);
        yield return new TestCaseData("Health officials said on Monday that the outbreak is under control.", "Health officials", Modality.Reported);
        yield return new TestCaseData("“We will rebuild every home,” Governor Maria Lopez told reporters.", "Maria Lopez", Modality.Expected);
        yield return new TestCaseData("Reuters reported that the deal was signed in secret.", "Reuters", Modality.Reported);
        yield return new TestCaseData("Officers found two rifles in the flat, the minister told reporters.", "the minister", Modality.Reported);
    }

    [TestCaseSource(nameof(Attributions))]
    public void Extract_ReportedSpeech_AttributesTheClaim(string sentence, string speaker, Modality modality)
    {
        var claim = ClaimsOf(sentence).Single(c => c.Attribution is not null);
        claim.Attribution.Should().Contain(speaker);
        claim.Modality.Should().Be(modality);
    }

    public static IEnumerable<TestCaseData> Modalities()
    {
        yield return new TestCaseData("The prime minister was due to arrive on Thursday.", Modality.Expected);
        yield return new TestCaseData("The summit is expected to take place in June.", Modality.Expected);
        yield return new TestCaseData("The company plans to open two factories.", Modality.Planned);
        yield return new TestCaseData("The leaders hope to reach a deal by Friday.", Modality.Hoped);
        yield return new TestCaseData("The meeting is likely to focus on trade.", Modality.Likely);
        yield return new TestCaseData("The court is unlikely to rule before May.", Modality.Unlikely);
        yield return new TestCaseData("The prime minister arrived on Thursday.", Modality.Asserted);
    }

    [TestCaseSource(nameof(Modalities))]
    public void Extract_Hedges_GiveTheModality(string sentence, Modality modality)
    {
        ClaimsOf(sentence).Should().ContainSingle().Which.Modality.Should().Be(modality);
    }

    [Test]
    public void Extract_DueToArriveAndArrived_SameEventDifferentModality()
    {
        var expected = ClaimsOf("The prime minister was due to arrive in Oslo on Thursday.").Single();
        var arrived = ClaimsOf("The prime minister arrived in Oslo on Thursday.").Single();
        expected.Predicate.Should().Be("arrive");
        arrived.Predicate.Should().Be("arrive");
        expected.Modality.Should().Be(Modality.Expected);
        arrived.Modality.Should().Be(Modality.Asserted);
    }

    [TestCase("The plant did not reopen after the fire.", true)]
    [TestCase("The plant never reopened after the fire.", true)]
    [TestCase("The plant reopened after the fire.", false)]
    public void Extract_Negation_IsMarked(string sentence, bool negated)
    {
        ClaimsOf(sentence).First(c => c.Predicate == "reopen").Negated.Should().Be(negated);
    }

    [Test]
    public void Extract_ClauseTime_IsTheTimeOfItsOwnEvent()
    {
        var claims = ClaimsOf("The talks follow repeated invitations from the king, since the envoy resigned in 2018. The army took control in March.");
        claims.Single(c => c.Predicate.StartsWith("take", StringComparison.Ordinal)).Time!.Value.Should().Be("2021-03");
        claims.Single(c => c.Predicate == "resign").Time!.Value.Should().Be("2018");
    }

    [Test]
    public void Extract_IndirectSpeech_TimeOfWhatIsSaidNotOfTheSaying()
    {
        var claim = ClaimsOf("A spokesman told a briefing on Monday the ministers will meet in April.").Single();
        claim.Predicate.Should().Be("meet");
        claim.Attribution.Should().Contain("spokesman");
        claim.Time!.Value.Should().Be("2021-04");
    }

    [Test]
    public void Extract_QuoteWithSpeakerInNextFrame_IsAttributedToTheSpeaker()
    {
        var claims = ClaimsOf("Governor Maria Lopez visited the town on Tuesday. “We will rebuild every home,” she said.");
        var quote = claims.Single(c => c.Text.Contains("rebuild", StringComparison.Ordinal));
        quote.Attribution.Should().Contain("Maria Lopez");
        quote.Text.Should().NotContain("she said");
    }

    // a stand-alone quote's predicate is its own verb, found after a subject pronoun and adverbs, after a name or noun,
    // or in a contraction held as one token; only a quote with no verb is "say"
    [TestCase("“It never seems to end,” she said.", "seem", false)]
    [TestCase("“The country needs help,” she said.", "need", false)]
    [TestCase("“I don’t know,” she said.", "know", true)]
    [TestCase("“It's tough,” she said.", "be", false)]
    [TestCase("“We've gone through this before,” she said.", "go", false)]
    [TestCase("“Absolutely the best day of my whole career,” she said.", "say", false)]
    public void Extract_StandAloneQuote_PredicateIsTheQuotesOwnVerb(string quote, string predicate, bool negated)
    {
        var claims = ClaimsOf("Governor Maria Lopez visited the town on Tuesday. " + quote);
        var claim = claims.Single(c => c.Sentence == 1);
        claim.Predicate.Should().Be(predicate);
        claim.Negated.Should().Be(negated);
        claim.Attribution.Should().Contain("Maria Lopez");
    }

    [TestCase("There were no bids for the company.", "There", "be")]
    [TestCase("That brought him another three-year sentence.", "That", "bring")]
    [TestCase("This led to the resignation of the minister.", "This", "lead")]
    public void Extract_ExpletiveOrDemonstrativeOpeningTheSentence_IsTheSubject(string text, string subject, string predicate)
    {
        var claim = ClaimsOf(text).Single();
        claim.Predicate.Should().Be(predicate);
        claim.Subject.Should().Be(subject);
    }

    [TestCase("Absolutely.")]
    [TestCase("Oh, God.")]
    public void Extract_ShortQuoteWithoutAVerb_IsNoClaim(string words)
    {
        var claims = ClaimsOf($"Governor Maria Lopez said: “{words} We will rebuild every home.”");
        claims.Should().NotContain(c => c.Text.StartsWith(words.TrimEnd('.'), StringComparison.Ordinal));
        claims.Should().ContainSingle(c => c.Predicate == "rebuild");
    }

    [Test]
    public void Extract_QuoteSpanningSentences_EverySentenceAttributedToTheSpeaker()
    {
        var claims = ClaimsOf("Governor Maria Lopez said: “We will rebuild the bridge. We will not leave anyone behind.” The crowd cheered.");
        claims.Where(c => c.Text.Contains("rebuild") || c.Text.Contains("leave anyone")).Should().HaveCount(2)
            .And.OnlyContain(c => c.Attribution != null && c.Attribution.Contains("Maria Lopez"));
        claims.Single(c => c.Text.Contains("cheered")).Attribution.Should().BeNull();
    }

    [Test]
    public void Extract_PronounSubject_ResolvesToThePersonBefore()
    {
        var claims = ClaimsOf("Governor Maria Lopez toured the flooded district. She promised new funds for the farmers.");
        var promise = claims.Single(c => c.Predicate == "promise");
        promise.Subject.Should().Contain("Maria Lopez");
        promise.SubjectEntityId.Should().NotBeNull();
    }

    [Test]
    public void Extract_HeadingDatelineAndSignature_GiveNoClaims()
    {
        var text = "LISBON, Portugal: The ferry sank near the port on Monday.\n\nRescue effort\n\nDivers searched the wreck for survivors.\n\n— Reuters";
        var claims = ClaimsOf(text);
        claims.Should().HaveCount(2);
        claims.Should().NotContain(c => c.Text.Contains("LISBON", StringComparison.Ordinal) || c.Text.Contains("Rescue effort", StringComparison.Ordinal)
                                        || c.Text.Contains("Reuters", StringComparison.Ordinal));
    }

    [Test]
    public void Extract_EveryClaim_IsItsSpanOfTheText()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "samples", "data", "vladivostok", "afp.txt"));
        foreach (var c in ClaimsOf(text)) text.Substring(c.Span.Start, c.Span.Length).Should().Be(c.Text);
    }

    /// <summary>FORMAT.md's coverage rule: every gold fact's evidence is covered by some claim (overlap ≥ half the passage).</summary>
    [Test]
    public void Extract_SampleCase_EveryGoldEvidencePassageIsCovered()
    {
        using var gold = SampleCase.Gold();
        var inputs = SampleCase.Inputs();
        var result = SampleCase.Result;
        var missed = new List<string>();
        foreach (var fact in gold.RootElement.GetProperty("facts").EnumerateArray())
            foreach (var report in fact.GetProperty("evidence").EnumerateObject())
                foreach (var passage in report.Value.EnumerateArray().Select(p => p.GetString()!))
                {
                    var text = inputs.Single(i => i.Id == report.Name).Text;
                    int at = text.IndexOf(passage, StringComparison.Ordinal);
                    bool covered = result.Claims.Any(c => c.ReportId == report.Name
                        && Math.Min(c.Span.End, at + passage.Length) - Math.Max(c.Span.Start, at) >= passage.Length / 2.0);
                    if (!covered) missed.Add($"{report.Name}: {passage}");
                }
        missed.Should().BeEmpty();
    }

    // what a noun of saying holds is that noun's word; the content of another noun is the report's own
    [TestCase("The minister rejected allegations that officers beat the prisoners.", "officers beat", "allegations")]
    [TestCase("The court heard his statement that the gun went off by accident.", "the gun went off", "his statement")]
    [TestCase("The council approved a plan that the mayor proposed in May.", "the mayor proposed", null)]
    public void Extract_ClauseAfterANounOfSaying_IsThatNounsWord(string sentence, string clause, string? attribution)
    {
        var claim = Only(sentence, clause);
        claim.Attribution.Should().Be(attribution);
        claim.Modality.Should().Be(attribution is null ? Modality.Asserted : Modality.Reported);
    }

    // a condition is no event of its own: it stays with the clause it conditions, whose subject and verb the claim keeps
    [TestCase("If he stays healthy, he will leave the club as its top scorer.", "If he stays healthy, he will leave", "leave")]
    [TestCase("The actress would be arrested if she continued to flout the order.", "would be arrested if she continued", "arrest")]
    public void Extract_Condition_JoinsTheClauseItConditions(string sentence, string clause, string predicate)
    {
        var claims = ClaimsOf(sentence);
        claims.Should().ContainSingle(c => c.Text.Contains(clause, StringComparison.Ordinal));
        claims.Single(c => c.Text.Contains(clause, StringComparison.Ordinal)).Predicate.Should().Be(predicate);
        claims.Should().NotContain(c => c.Text.StartsWith("if ", StringComparison.OrdinalIgnoreCase) && !c.Text.Contains(','));
    }

    // "being" after no auxiliary begins a participle, not a verb group: the phrase stays with the clause it precedes
    [Test]
    public void Extract_BeingParticiple_IsNoClauseOfItsOwn()
    {
        var claims = ClaimsOf("After being escorted from the plant, she returned with a handgun.");
        claims.Should().ContainSingle().Which.Predicate.Should().Be("return");
        ClaimsOf("He was being treated in hospital on Monday.").Should().ContainSingle().Which.Predicate.Should().Be("treat");
    }

    [Test]
    public void Extract_NoVerbGroupFound_TheFallbackVerbIsAFiniteFormAfterANoun()
    {
        // "poll" is a verb too, and "up" after a plural noun reads as one: the finite form after the noun is the verb
        var claim = Only("The poll points up some inconsistencies between what people say and what they do.", "The poll");
        claim.Predicate.Should().Be("point up");
        claim.Subject.Should().Be("The poll");
    }

    [Test]
    public void Extract_NoVerbGroupFound_TheFallbackVerbMayFollowACommaButIsNoPassiveParticiple()
    {
        var claim = Only("The ship, damaged by the storm, reached port.", "The ship");
        claim.Predicate.Should().Be("reach");
        claim.Subject.Should().Be("The ship");
    }

    [Test]
    public void Extract_CoordinatedSubjectsSayThat_WhatIsSaidOpensWithItsPluralNoun()
    {
        var claim = Only("Sikorsky and Boeing say that factors outside their control caused problems.", "factors");
        claim.Predicate.Should().Be("cause", "'factors' after a saying's 'that' is a noun, not 'that factors' as in 'the thing that matters'");
        claim.Subject.Should().Be("factors");
        claim.Attribution.Should().Be("Sikorsky and Boeing");
    }

    [Test]
    public void Extract_APluralNounInAPhraseOpeningTheSentence_IsNoVerb()
    {
        Only("In colonial times all grants of land were in the shape of leases.", "grants").Predicate.Should().Be("be");
    }

    [Test]
    public void Extract_AReportedParticipleBeforeItsInfinitive_IsNotTheClausesVerb()
    {
        var claim = Only("A man said to have been released from a secure hospital was yesterday being questioned over the murders.", "A man");
        claim.Predicate.Should().Be("question", "'said to have been released' describes the man; 'was yesterday being questioned' is the verb");
        claim.Subject.Should().Be("A man");
    }

    [TestCase("The theatrical flourishes and gimmicks went beyond the routines.", "flourish")]
    [TestCase("The regulations don't require agencies to seek consultation with the service before approving projects, the lawsuit said.", "project")]
    public void Extract_APluralNounAfterAnAdjectiveOrAGerund_IsNoVerb(string text, string noun)
    {
        ClaimsOf(text).Should().NotContain(c => c.Predicate == noun);
    }

    [TestCase("The official says the talks failed.", "fail")]
    [TestCase("The building collapses.", "collapse")]
    public void Extract_AVerbAfterANounThatCanBeAnAdjective_StaysAVerb(string text, string predicate)
    {
        ClaimsOf(text)[0].Predicate.Should().Be(predicate);
    }
}
