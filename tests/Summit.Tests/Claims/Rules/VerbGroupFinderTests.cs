using FluentAssertions;
using NUnit.Framework;
using Summit.Claims;

namespace Summit.Tests.Claims.Rules;

/// <summary>Verb groups: auxiliaries and modals with their main verb, control verbs, and verbs after a relative clause.</summary>
public class VerbGroupFinderTests
{
    [Test]
    public void FindGroups_AuxiliariesAndAdverbs_AreOneGroupHeadedByTheMainVerb()
    {
        var v = RuleFixture.View("The talks have already been postponed.");
        var g = RuleFixture.Groups(v).Should().ContainSingle().Which;
        g.Lemma.Should().Be("postpone");
        g.Start.Should().Be(v.At("have"));
        g.Head.Should().Be(v.At("postponed"));
    }

    [Test]
    public void FindGroups_ControlVerb_TheInfinitiveIsThePredicate()
    {
        var v = RuleFixture.View("The minister is expected to arrive on Friday.");
        var g = RuleFixture.Groups(v).Should().ContainSingle().Which;
        g.Lemma.Should().Be("arrive");
        g.Modality.Should().Be(Modality.Expected);
    }

    [Test]
    public void FindGroups_VerbAfterAnAside_IsMarkedAsTheAntecedents()
    {
        var v = RuleFixture.View("Police said the man, who was running, did not have a gun.");
        var groups = RuleFixture.Groups(v);
        groups.Select(g => g.Lemma).Should().Equal("say", "run", "have");
        groups[^1].AfterAside.Should().BeTrue();
        groups[^1].Negated.Should().BeTrue();
        groups[1].AfterAside.Should().BeFalse();
    }

    [Test]
    public void FindGroups_APluralNounBeforeAnAsideWhoseAntecedentsVerbFollows_IsNoVerb()
    {
        var v = RuleFixture.View("New York bonds, which have been hammered in recent weeks, rose yesterday.");
        var groups = RuleFixture.Groups(v);
        groups.Select(g => g.Lemma).Should().Equal("hammer in", "rise");
        groups[1].AfterAside.Should().BeTrue();
    }

    [Test]
    public void FindGroups_VerbAfterARestrictiveRelativeClause_NamesItsRelativeWord()
    {
        var v = RuleFixture.View("Those who had bought a bumper will receive a refund.");
        var groups = RuleFixture.Groups(v);
        groups.Select(g => g.Lemma).Should().Equal("buy", "receive");
        groups[0].AfterRelative.Should().Be(-1);
        groups[1].AfterRelative.Should().Be(v.At("who"));
    }

    [TestCase("The European powers first gained a foothold in Somalia.", "gain")]
    [TestCase("Wild radish seeds contain up to 48 % oil.", "contain")]
    [TestCase("The Treasury bills sold yesterday settle today.", "sell")]
    [TestCase("She also makes veiled references to the case.", "make")]
    public void FindGroups_APluralNounBeforeAVerb_IsNoVerb_AndAParticipleBeforeItsNounIsNone(string sentence, string lemma)
    {
        RuleFixture.Groups(RuleFixture.View(sentence))[0].Lemma.Should().Be(lemma);
    }

    [TestCase("The final panel of the series shows her with a mask.", "show")]
    [TestCase("The crisis forces the town to ration power.", "force")]
    [TestCase("The crisis leaves the town without power.", "leave")]
    [TestCase("The weapons programs grew.", "grow")]
    [TestCase("It includes nine middle schools and ten high schools.", "include")]
    public void FindGroups_AThirdPersonFormAfterANounEndingInS_IsTheVerbWhenAnObjectOpensAfterIt_NotAPluralNounAfterANumbersAdjective(string sentence, string lemma)
    {
        RuleFixture.Groups(RuleFixture.View(sentence)).Should().ContainSingle().Which.Lemma.Should().Be(lemma);
    }

    [TestCase("Lawyers would seize on the provision, said Richard Burr, director of the fund.")]
    [TestCase("The fugitive was found near a store, says the ministry.")]
    public void FindGroups_ASayingAfterAClauseWithItsSpeakerAfterIt_IsAGroupMarkedSo(string sentence)
    {
        var groups = RuleFixture.Groups(RuleFixture.View(sentence));
        groups.Should().HaveCount(2);
        groups[1].Lemma.Should().Be("say");
        groups[1].SpeakerAfter.Should().BeTrue();
        groups[0].SpeakerAfter.Should().BeFalse();
    }

    [TestCase("Comeaux, said to be armed, fled.")]
    [TestCase("He was released, said reports from the capital.")]
    public void FindGroups_ASayingAfterACommaWithoutASpeakerAfterIt_IsNoSuchGroup(string sentence)
    {
        RuleFixture.Groups(RuleFixture.View(sentence)).Should().NotContain(g => g.SpeakerAfter);
    }

    [TestCase("Legislation signed by the governor provides state pensions.", "provide")]
    [TestCase("The team led by Smith won the cup.", "win")]
    [TestCase("The firm acquired by Google reported a loss.", "report")]
    [TestCase("Houses damaged by the storm were demolished.", "demolish")]
    public void FindGroups_AParticipleBeforeItsAgentAndTheClausesVerb_IsNoVerb(string sentence, string lemma)
    {
        RuleFixture.Groups(RuleFixture.View(sentence)).Select(g => g.Lemma).Should().Equal(lemma);
    }

    [TestCase("Machines dedicated solely to printing are still common.", "be")]
    [TestCase("Troops stationed in the area have left.", "leave")]
    [TestCase("The company based in Paris said it would cut jobs.", "say", "cut")]
    [TestCase("A form of vaccination known as variolation was developed in China.", "develop")]
    public void FindGroups_AParticipleBeforeItsPhraseAndTheClausesVerb_IsNoVerb(string sentence, params string[] lemmas)
    {
        RuleFixture.Groups(RuleFixture.View(sentence)).Select(g => g.Lemma).Should().Equal(lemmas);
    }

    [TestCase("Some doctors who have run tests on themselves report headaches.", "run", "report")]
    [TestCase("Traders who bought shares in London sell bonds now.", "buy", "sell")]
    public void FindGroups_ABaseFormWithItsObjectAfterARelativeClause_IsTheAntecedentsVerb(string sentence, params string[] lemmas)
    {
        RuleFixture.Groups(RuleFixture.View(sentence)).Select(g => g.Lemma).Should().Equal(lemmas);
    }

    [Test]
    public void FindGroups_ABaseFormAfterADeterminerInARelativeClause_IsANoun()
    {
        RuleFixture.Groups(RuleFixture.View("The road that crosses a field used for crops is long.")).Select(g => g.Lemma).Should().NotContain("field");
    }

    [TestCase("For owners who have followed the recommended oil schedule, the firm will extend the term.", "follow", "extend")]
    [TestCase("Voters who chose their elected council in May met on Monday.", "choose", "meet")]
    public void FindGroups_APastFormAfterADeterminerOrPossessiveInARelativeClause_IsAParticiple(string sentence, params string[] lemmas)
    {
        RuleFixture.Groups(RuleFixture.View(sentence)).Select(g => g.Lemma).Should().Equal(lemmas);
    }

    [TestCase("He measured every wall and showed how the shrinkage was caused by the sun.", "measure", "show", "cause")]
    [TestCase("She explained why the plant closed.", "explain", "close")]
    public void FindGroups_APastFormBeforeHowOrWhy_IsAVerb_NotAParticipleBeforeItsNoun(string sentence, params string[] lemmas)
    {
        RuleFixture.Groups(RuleFixture.View(sentence)).Select(g => g.Lemma).Should().Equal(lemmas);
    }

    [TestCase("The firm will add two new Infiniti models next year.", "add")]
    [TestCase("The Dallas oil and gas concern said it would sell assets.", "say", "sell")]
    [TestCase("The EU plans to impose new tariffs.", "impose")]
    [TestCase("The Belzbergs own a large stake.", "own")]
    [TestCase("Other Senators want to lower the payments.", "lower")]
    [TestCase("Japan's FTC says it is investigating the firm.", "say", "investigate")]
    public void FindGroups_ANounAfterANameInsideANounPhrase_IsNoVerb_ButAfterTheNameAsSubjectItIs(string sentence, params string[] lemmas)
    {
        RuleFixture.Groups(RuleFixture.View(sentence)).Select(g => g.Lemma).Should().Equal(lemmas);
    }

    [Test]
    public void FindGroups_APastFormAfterThatOpeningWhatIsSaid_IsNoVerb()
    {
        RuleFixture.Groups(RuleFixture.View("Traders mocked his remarks that sophisticated trading strategies are here to stay."))
            .Select(g => g.Lemma).Should().Equal("mock", "be");
    }

    [Test]
    public void FindGroups_APastFormAfterAPrepositionInARelativeClause_IsAParticiple_AndRightAfterItsRelativeWordItsVerb()
    {
        var lemmas = RuleFixture.Groups(RuleFixture.View("Farmers who sold at reduced prices lost money.")).Select(g => g.Lemma).ToList();
        lemmas.Should().StartWith("sell").And.NotContain("reduce");
    }

    [Test]
    public void FindGroups_APastFormAfterAPronoun_IsItsVerb_NotAParticipleBeforeANoun()
    {
        RuleFixture.Groups(RuleFixture.View("It said financing would consist of bonds.")).Select(g => g.Lemma).Should().Equal("say", "consist");
    }

    [TestCase("Officials said in a statement the plant was closed.", "say")]
    [TestCase("Officials said in statements plants were closed.", "say")]
    [TestCase("Stock prices rallied as the bid broke the gloom.", "rally")]
    [TestCase("Police arrived at the scene and were met by protesters.", "arrive")]
    public void FindGroups_AVerbBeforeAPhraseThatAnotherClauseFollows_StaysAVerb(string sentence, string first)
    {
        RuleFixture.Groups(RuleFixture.View(sentence))[0].Lemma.Should().Be(first);
    }

    [Test]
    public void FindGroups_AnAuxiliarysWordInsideATime_IsNoVerb()
    {
        RuleFixture.Groups(RuleFixture.View("The bodies were found in the house at about 8.40am on Saturday."))
            .Select(g => g.Lemma).Should().Equal("find");
    }

    [TestCase("The board isn't considering a ban.", "consider", false)]
    [TestCase("Police didn't release the name.", "release", true)]
    [TestCase("The talks won't resume.", "resume", false)]
    public void FindGroups_ContractedNegation_IsTheGroupsAuxiliaryAndNegatesIt(string sentence, string lemma, bool past)
    {
        var v = RuleFixture.View(sentence);
        var g = RuleFixture.Groups(v).Should().ContainSingle().Which;
        g.Lemma.Should().Be(lemma);
        g.Negated.Should().BeTrue();
        g.Past.Should().Be(past);
        g.Start.Should().Be(v.At(v.Lower.First(w => w.EndsWith("n't"))));
    }

    [Test]
    public void FindGroups_APluralSubjectsVerbBeforeAColon_IsFinite()
    {
        RuleFixture.Groups(RuleFixture.View("These screening activities include: reviews of data.")).Should().ContainSingle().Which.Lemma.Should().Be("include");
    }

    [TestCase("Stephen McCartin, Mr. Hunt's attorney, said his client welcomed the gamble.")]
    [TestCase("Jan Leemans, research director of the firm, said the gene was introduced.")]
    [TestCase("A spokesman, Lars Holm, said the talks failed.")]
    public void FindGroups_AVerbAfterAnApposition_IsFinite(string sentence)
    {
        RuleFixture.Groups(RuleFixture.View(sentence))[0].Lemma.Should().Be("say");
    }

    [TestCase("The Israeli controlled sector was captured by Israel.", "capture")]
    [TestCase("Police arrested protesters who were blocking the road.", "arrest")]
    [TestCase("Rebels attacked villages in the north.", "attack")]
    public void FindGroups_APastFormBeforeItsNounWithTheVerbGroupStillToCome_IsAParticiple(string sentence, string lemma)
    {
        RuleFixture.Groups(RuleFixture.View(sentence))[0].Lemma.Should().Be(lemma);
    }

    [Test]
    public void FindGroups_AnOrdinalBeforeTheParticiple_StaysInTheGroup()
    {
        var g = RuleFixture.Groups(RuleFixture.View("The village is first mentioned in 968 as a farm.")).Should().ContainSingle().Which;
        g.Lemma.Should().Be("mention");
    }

    [Test]
    public void FindGroups_ANounBeforeAPastVerb_IsNoVerb_EvenAfterACoordinatedSubject()
    {
        var v = RuleFixture.View("The Dallas oil and gas concern said the deal failed.");
        RuleFixture.Groups(v).Select(g => g.Lemma).Should().NotContain("concern").And.Contain("say");
    }
}
