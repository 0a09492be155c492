using FluentAssertions;
using NUnit.Framework;
using Summit.Claims;
using Summit.Documents;
using Summit.Reconciling;

namespace Summit.Tests.Reconciling;

public class SummaryTests
{
    private static Claim Lead(string text, string? subject, string? attribution = null, string predicate = "be", Tense tense = Tense.Unknown) =>
        new("r-c1", "r", new Span(0, text.Length), text, predicate) { Subject = subject, Attribution = attribution, Tense = tense };

    [TestCase("Officials said talks will focus on “a political solution to the crisis", "talks", "Officials", "Talks will focus on “a political solution to the crisis” (according to Officials)")]
    [TestCase("The minister called it “a great success” and “a turning point", "The minister", null, "The minister called it “a great success” and “a turning point”")]
    [TestCase("He called the plan \"reckless", "He", null, "He called the plan \"reckless\"")]
    [TestCase("The minister called it “a great success”", "The minister", null, "The minister called it “a great success”")]
    public void Summarize_QuoteLeftOpenByTheClaim_IsClosed(string text, string subject, string? attribution, string expected)
    {
        Reconciler.Summarize(Lead(text, subject, attribution)).Should().Be(expected);
    }

    [Test]
    public void Summarize_AccordingToWithoutAnAttribution_NamesTheSourceOnce()
    {
        Reconciler.Summarize(Lead("According to court records, the man was released in May", "the man")).Should()
            .Be("The man was released in May (according to court records)");
    }

    [TestCase("Witnesses said they felt the ground shaking for a minute", "they", "Witnesses", "They felt the ground shaking for a minute (according to Witnesses)")]
    [TestCase("The spokesman said on Wednesday that Beijing is happy to see the talks", "Beijing", "The spokesman", "Beijing is happy to see the talks (according to the spokesman)")]
    [TestCase("According to the agency, the talks were tough", "the talks", "the agency", "The talks were tough (according to the agency)")]
    [TestCase("Police said the man was arrested near the house", "the man", "Police", "The man was arrested near the house (according to Police)")]
    public void Summarize_AttributionFrame_GivesWayToWhatIsSaid(string text, string subject, string attribution, string expected)
    {
        Reconciler.Summarize(Lead(text, subject, attribution)).Should().Be(expected);
    }

    // the saying is the claim and nothing is said: the frame stays (an object after the verb is what it says)
    [TestCase("The company added 17 jobs in March", "The company", "The company", "add")]
    [TestCase("They said no", "They", null, "say")]
    public void Summarize_FrameThatIsNotOneToDrop_KeepsTheText(string text, string subject, string? attribution, string predicate)
    {
        Reconciler.Summarize(Lead(text, subject, attribution, predicate)).Should().Be(text);
    }

    // a frame with a clause after it moves to the end, whatever the verb of saying, with or without an attribution on the claim
    [TestCase("Analysts said the market fell", "the market", null, "fall", "The market fell (according to Analysts)")]
    [TestCase("The aide told a briefing on Tuesday talks will focus on trade", "talks", "The aide", "focus", "Talks will focus on trade (according to the aide)")]
    [TestCase("when the leader told the president that he was prepared to stop testing", "he", "the leader", "prepare", "He was prepared to stop testing (according to the leader)")]
    [TestCase("SEACOM explained that the downtime was caused by a cable break", "the downtime", null, "cause", "The downtime was caused by a cable break (according to SEACOM)")]
    [TestCase("The exchange has said it will delist the firm", "it", "The exchange", "delist", "It will delist the firm (according to the exchange)")]
    [TestCase("Police said there is no evidence of a crime", "there", "Police", "be", "There is no evidence of a crime (according to Police)")]
    [TestCase("Timmons told police he fired", "he", "Timmons", "fire", "He fired (according to Timmons)")]
    [TestCase("Howard said he's talked to the attorney", "he", "Howard", "talk", "He's talked to the attorney (according to Howard)")]
    [TestCase("The report says the earthquake struck the island", "the earthquake", null, "strike", "The earthquake struck the island (according to the report)")]
    [TestCase("authorities said, as protests continued for a week", "protests", "authorities", "continue", "Protests continued for a week (according to authorities)")]
    [TestCase("According to the commission the turnout was high", "According", "the commission", "be", "The turnout was high (according to the commission)")]
    [TestCase("According to news reports the mayor resigned", "According", null, "resign", "The mayor resigned (according to news reports)")]
    [TestCase("He said the reporter could write that the aide was a suspect", "the reporter", "Felt", "write", "The reporter could write that the aide was a suspect (according to Felt)")]
    [TestCase("Some said Mr. Gray, while armed, did not point the gun", "Mr. Gray", null, "point", "Mr. Gray, while armed, did not point the gun (according to some)")]
    [TestCase("The paper said someone familiar with the case said Smith has resigned", "someone", "say", "say", "Smith has resigned (according to the paper)")]
    [TestCase("which said that the economy shed 663,000 jobs in March", "the economy", "the report", "shed", "The economy shed 663,000 jobs in March (according to the report)")]
    [TestCase("Clark told a hearing on the administration's last-minute environmental rules that these changes remove checks", "these changes", "Clark", "remove", "These changes remove checks (according to Clark)")]
    [TestCase("Another witness said an officer says, ‘ Freeze", "he", "he", "say", "‘Freeze,’ an officer says (according to another witness)")]
    [TestCase("A neighbour said the guard shouted, “Stop”", "the guard", "A neighbour", "shout", "‘Stop,’ the guard shouted (according to a neighbour)")]
    [TestCase("The mayor said that when the water rose they fled to the roof", "they", "The mayor", "flee", "They fled to the roof when the water rose (according to the mayor)")]
    [TestCase("Lee said of the new aircraft “It fits our plans to open new routes.”", "It", "Lee", "fit", "It fits our plans to open new routes (according to Lee)")]
    [TestCase("Three witnesses who saw the crash but asked not to be named said the driver was speeding", "the driver", "Three witnesses", "speed", "The driver was speeding (according to Three witnesses)")]
    public void Summarize_AttributionFrameBeforeAClause_MovesToTheEnd(string text, string subject, string? attribution, string predicate, string expected)
    {
        Reconciler.Summarize(Lead(text, subject, attribution, predicate)).Should().Be(expected);
    }

    // a noun before the verb of saying is no frame: "a state official", the speaker's own relative clause keeps its verb
    [TestCase("A state official visited the site", "A state official", null, "visit", "A state official visited the site")]
    [TestCase("Houses in two villages were also reported damaged, he added", "Houses", null, "report", "Houses in two villages were also reported damaged, he added")]
    [TestCase("The officer who fired the shot says he killed the boy by accident", "he", null, "kill", "He killed the boy by accident (according to the officer who fired the shot)")]
    public void Summarize_FrameWords_ReadInTheirContext(string text, string subject, string? attribution, string predicate, string expected)
    {
        Reconciler.Summarize(Lead(text, subject, attribution, predicate)).Should().Be(expected);
    }

    // a claim that is only the saying is the event it is, never a frame opening the summary
    [TestCase("Klitschko said", "Klitschko", "say", "Statement by Klitschko")]
    [TestCase("her rep told People.com", "her rep", "tell", "Statement by her rep to People.com")]
    [TestCase("she told the radio on Tuesday", "she", "tell", "Statement by her to the radio on Tuesday")]
    [TestCase("The company said in an official statement", "The company", "say", "Statement by the company in an official statement")]
    [TestCase("Police said that", "Police", "say", "Statement by Police")]
    [TestCase("'\" Howard said", "Howard", "say", "Statement by Howard")]
    [TestCase("according to court records", "according", "record", "Statement by court records")]
    [TestCase("(according to a reader commenting in this blog)", "", "accord", "Statement by a reader commenting in this blog")]
    [TestCase("court sources said last night", "court", "court", "Statement by court sources last night")]
    public void Summarize_ClaimThatIsOnlyTheSaying_NamesTheStatement(string text, string subject, string predicate, string expected)
    {
        Reconciler.Summarize(Lead(text, subject, predicate: predicate)).Should().Be(expected);
    }

    [TestCase("that are hurting the economy", "Sanctions", "Sanctions are hurting the economy")]
    [TestCase("when he was killed", "the deputy", "He was killed")]
    [TestCase("after she left a message on the phone", "the worker", "She left a message on the phone")]
    [TestCase("before police fired teargas at the crowd", "police", "Police fired teargas at the crowd")]
    public void Summarize_ClauseWithItsOwnOrAResolvedSubject_ReadsAsASentence(string text, string subject, string expected)
    {
        Reconciler.Summarize(Lead(text, subject, tense: Tense.Past)).Should().Be(expected);
    }

    [TestCase("who recognized the inmate outside his business", "the salesman", "The salesman recognized the inmate outside his business")]
    [TestCase("since the talks collapsed in February", "the talks", "The talks collapsed in February")]
    [TestCase("when the envoy became the first leader to visit the North", "the envoy", "The envoy became the first leader to visit the North")]
    [TestCase("because he suffered from a delusion", "he", "He suffered from a delusion")]
    [TestCase("while the markets fell", "the markets", "The markets fell")]
    [TestCase("but the ministers disagreed", "the ministers", "The ministers disagreed")]
    [TestCase("that it meddled in the elections", "it", "It meddled in the elections")]
    [TestCase("until the police arrive", "the police", "The police arrive")]
    [TestCase("before they can be moved up to the next step", "they", "They can be moved up to the next step")]
    [TestCase("since authorities had believed he was paralysed", null, "He was paralysed (according to authorities)")]
    [TestCase("when quarterback Andrew Luck found Wayne in the end zone", "Andrew Luck", "Quarterback Andrew Luck found Wayne in the end zone")]
    [TestCase("as the automaker outsold its rivals", "the automaker", "The automaker outsold its rivals")]
    [TestCase("which, apparently, has not happened", "the deal", "The deal apparently, has not happened")]
    [TestCase("that from 1969 to 1995, he had been confined 28 times", "he", "From 1969 to 1995, he had been confined 28 times")]
    public void Summarize_ClauseOpeningWithAConnective_ReadsAsASentence(string text, string? subject, string expected)
    {
        Reconciler.Summarize(Lead(text, subject)).Should().Be(expected);
    }

    // a relative pronoun gives way to what it stands for: the claim's subject, else "this" (which, that) or nothing (who)
    [TestCase("whose son was arrested on Monday", "the mayor's son", "be", "The mayor's son was arrested on Monday")]
    [TestCase("whose hobby was photography", "hobby", "be", "The hobby was photography")]
    [TestCase("that never looks pretty", "the team", "look", "The team never looks pretty")]
    [TestCase("that crosses a harbour used by ships", "crosses a harbour", "cross", "This crosses a harbour used by ships")]
    [TestCase("who's no longer tempted to go back", "the actress", "tempt", "The actress is no longer tempted to go back")]
    [TestCase("who plays every five days", "Italy and", "play", "Plays every five days")]
    [TestCase("who's no longer tempted to go back", "'s no longer", "tempt", "This person is no longer tempted to go back")]
    public void Summarize_RelativePronoun_GivesWayToItsAntecedent(string text, string subject, string predicate, string expected)
    {
        Reconciler.Summarize(Lead(text, subject, predicate: predicate)).Should().Be(expected);
    }

    // "who agents said were …": the relative pronoun is the subject of what is said, the frame its source
    [TestCase("who agents said were his trusted confederates", null, "They were his trusted confederates (according to agents)")]
    [TestCase("which police say is the largest depot", "the warehouse", "The warehouse is the largest depot (according to police)")]
    public void Summarize_RelativeClauseWithAFrame_SaysWhatIsSaidOfTheAntecedent(string text, string? subject, string expected)
    {
        Reconciler.Summarize(Lead(text, subject)).Should().Be(expected);
    }

    // a demonstrative opening the sentence reads as one of its own
    [TestCase("That contract was fought for between two firms", "The contract was fought for between two firms")]
    [TestCase("That ultimately led to the resignation of the president", "This ultimately led to the resignation of the president")]
    [TestCase("That's why he left", "This is why he left")]
    [TestCase("That said, the team won the turnover battle", "The team won the turnover battle")]
    [TestCase("“That belittles it,” the councilman said", "“This belittles it,” the councilman said")]
    public void Summarize_Demonstrative_ReadsAsASentence(string text, string expected)
    {
        Reconciler.Summarize(Lead(text, null)).Should().Be(expected);
    }

    // a phrase or clause fronted before the claim's own clause follows it
    [TestCase("Since March 2018, the leader has held four meetings", "March 2018", "hold", "The leader has held four meetings since March 2018")]
    [TestCase("After the game, the university showed a video of his career", "the game", "show", "The university showed a video of his career after the game")]
    [TestCase("After the record-setting point, officials briefly stopped the game", "the record-setting point", "stop", "Officials briefly stopped the game after the record-setting point")]
    [TestCase("If he stays healthy, he will leave as the record holder", "he", "leave", "He will leave as the record holder if he stays healthy")]
    [TestCase("When arrested in 1990, he listed his job as a tailor", "he", "list", "He listed his job as a tailor when arrested in 1990")]
    public void Summarize_FrontedPhrase_FollowsTheClause(string text, string subject, string predicate, string expected)
    {
        Reconciler.Summarize(Lead(text, subject, predicate: predicate)).Should().Be(expected);
    }

    // a coordinated predicate gets the subject it shares; a condition keeps its sense; "as many as" is a bound
    [TestCase("and met the mayor", "The minister", "meet", "The minister met the mayor")]
    [TestCase("(but the ministers disagreed)", "the ministers", "disagree", "The ministers disagreed")]
    [TestCase("if one or two jurors voted against it", "one or two jurors", "vote", "One or two jurors voted against it (a condition)")]
    [TestCase("as many as 80 people were wounded", "as many as 80 people", "wound", "Up to 80 people were wounded")]
    [TestCase("as well as advice on the elections", "as", "well", "Also advice on the elections")]
    [TestCase("After a brief delay while the door was lined up", "a brief delay", "line up", "A brief delay while the door was lined up")]
    public void Summarize_LeadingConjunction_IsSaidInOtherWords(string text, string subject, string predicate, string expected)
    {
        Reconciler.Summarize(Lead(text, subject, predicate: predicate)).Should().Be(expected);
    }

    // the rule by construction: whatever the claim's text opens with, the summary opens with no relative pronoun,
    // conjunction or attribution (as the claim-quality counter of the evaluation console reads a summary)
    [TestCase("which, according to the paper, is near a five-year high", "the index", "be")]
    [TestCase("as opposed to the spectacle it could have become", "it", "oppose")]
    [TestCase("whom she accused of spraying her", "she", "accuse")]
    [TestCase("because of the loss of sea ice", "the loss", "lose")]
    [TestCase("if so", "so", "be")]
    [TestCase("until Friday, including the two exchanges", "Friday", "include")]
    [TestCase("after being convicted of stabbing his wife", "he", "convict")]
    [TestCase("when asked what the win means to his club", "the win", "mean")]
    [TestCase("Bank analyst Jane Doe said that sales rose", "sales", "rise")]
    [TestCase("A friend of the singer told reporters she left early", "she", "leave")]
    [TestCase("Klitschko said", "Klitschko", "say")]
    public void Summarize_AnyOpening_SummaryOpensAsAStatement(string text, string subject, string predicate)
    {
        var summary = Reconciler.Summarize(Lead(text, subject, predicate: predicate));
        Summit.Evaluation.ClaimQuality.StartOf(summary).Should().Be(Summit.Evaluation.SummaryStart.Fine, summary);
    }
}
