using FluentAssertions;
using NUnit.Framework;
using Summit.Claims;
using Summit.Documents;
using Summit.Evaluation;

namespace Summit.Tests.Evaluation;

/// <summary>
/// CaRB's tabbed format as its tabReader.py reads it (the line is stripped and split on tabs, no
/// quoting), and the mapping of a claim onto a tuple in the input's own tokens. Sentences made up here.
/// </summary>
public class CarbFormatTests
{
    [Test]
    public void A_line_is_sentence_confidence_relation_and_arguments_separated_by_tabs()
    {
        var line = CarbFormat.Line("Kim met Moon in Seoul .", new CarbTuple("met", ["Kim", "Moon", "in Seoul"], 0.9));

        line.Should().Be("Kim met Moon in Seoul .\t0.9\tmet\tKim\tMoon\tin Seoul");
        line.Split('\t').Should().HaveCount(6);
    }

    [Test]
    public void Tabs_and_line_breaks_inside_a_field_become_one_space()
    {
        var line = CarbFormat.Line("Kim\tmet Moon\r\n .", new CarbTuple("has\tmet", ["Kim \n Jong", "Moon\r\nJae-in \t "], 0.75));

        line.Should().Be("Kim met Moon .\t0.75\thas met\tKim Jong\tMoon Jae-in");
        line.Should().NotContainAny("\n", "\r");
        CarbFormat.Field("  a\t\tb \u00a0c\n").Should().Be("a b c");
    }

    [Test]
    public void An_empty_subject_keeps_its_place_and_empty_later_arguments_are_left_out()
    {
        CarbFormat.Line("Met Moon .", new CarbTuple("met", ["", "Moon", " ", ""], 0.6))
            .Should().Be("Met Moon .\t0.6\tmet\t\tMoon");
        CarbFormat.Line("Kim left .", new CarbTuple("left", ["Kim"], 0.7))
            .Should().Be("Kim left .\t0.7\tleft\tKim");
    }

    [Test]
    public void The_confidence_is_a_plain_number_of_up_to_three_decimals()
    {
        CarbFormat.Line("s", new CarbTuple("r", ["a", "b"], 0.125)).Split('\t')[1].Should().Be("0.125");
        CarbFormat.Line("s", new CarbTuple("r", ["a", "b"], 1)).Split('\t')[1].Should().Be("1");
        CarbFormat.Line("s", new CarbTuple("r", ["a", "b"], 0.1 + 0.2)).Split('\t')[1].Should().Be("0.3");
    }

    [Test]
    public void A_split_hyphen_between_words_is_joined_again_and_a_dash_between_spaces_is_not()
    {
        string[] tokens = ["Gen", "-", "Probe", "bought", "F", "-", "16", "jets", "--", "a", "long", "-", "term", "deal", "-", "."];

        var text = EvalSupport.Detokenize(tokens, out var spans, joinHyphens: true);

        text.Should().Be("Gen-Probe bought F-16 jets -- a long-term deal -.");
        text[spans[1].Start..spans[1].End].Should().Be("-");
        text[spans[2].Start..spans[2].End].Should().Be("Probe");
        EvalSupport.Detokenize(tokens, out _).Should().StartWith("Gen - Probe bought F - 16");
    }

    [Test]
    public void The_subjects_of_phrase_keeps_a_hyphenated_word_whole()
    {
        string[] tokens = ["Packaging", "of", "mortgage", "-", "backed", "securities", ",", "such", "as", "funds", ",", "has", "reduced", "risk", "."];
        var text = EvalSupport.Detokenize(tokens, out var spans, joinHyphens: true);
        var claim = new Claim("s-c1", "s", new Span(0, text.Length - 1), text[..^1], "reduce") { Subject = "Packaging", Object = "risk" };

        CarbFormat.FromClaim(claim, text, tokens, spans).Arguments[0].Should().Be("Packaging of mortgage - backed securities");
    }

    [Test]
    public void With_nothing_after_the_verb_the_phrase_before_the_subject_is_an_argument()
    {
        string[] tokens = ["By", "the", "end", "of", "the", "test", "several", "results", "were", "found", "."];
        var text = EvalSupport.Detokenize(tokens, out var spans);
        var claim = new Claim("s-c1", "s", new Span(0, text.Length - 1), text[..^1], "find") { Subject = "several results" };

        var tuple = CarbFormat.FromClaim(claim, text, tokens, spans);

        (tuple.Relation, tuple.Arguments[1]).Should().Be(("were found By", "the end of the test")); // (its preposition joins the relation, as CaRB's gold writes it)
        CarbFormat.Scorable(tuple).Should().BeTrue();
    }

    [Test]
    public void The_words_between_the_object_and_an_argument_are_an_argument_too()
    {
        string[] tokens = ["An", "official", "attributed", "the", "decline", "to", "strong", "demand", "in", "Paris", "."];
        var text = EvalSupport.Detokenize(tokens, out var spans);
        int paris = text.IndexOf("Paris", StringComparison.Ordinal);
        var claim = new Claim("s-c1", "s", new Span(0, text.Length - 1), text[..^1], "attribute")
        {
            Subject = "An official",
            Object = "the decline",
            Arguments = [new ClaimArgument("place", "Paris", new Span(paris, paris + 5))],
        };

        var tuple = CarbFormat.FromClaim(claim, text, tokens, spans);

        tuple.Arguments.Should().Equal("An official", "the decline", "to strong demand", "in Paris");
    }

    [Test]
    public void The_adverbs_right_before_the_object_are_the_objects()
    {
        string[] tokens = ["Two", "particles", "come", "very", "close", "."];
        var text = EvalSupport.Detokenize(tokens, out var spans);
        var claim = new Claim("s-c1", "s", new Span(0, text.Length - 1), text[..^1], "come") { Subject = "Two particles", Object = "close" };

        CarbFormat.FromClaim(claim, text, tokens, spans).Arguments.Should().Equal("Two particles", "very close");
    }

    [Test]
    public void A_claim_becomes_a_tuple_in_the_input_tokens()
    {
        string[] tokens = ["Barbara", "'s", "sister", "did", "not", "meet", "the", "minister", "in", "Paris", "."];
        var text = EvalSupport.Detokenize(tokens, out var spans);
        text.Should().Be("Barbara's sister did not meet the minister in Paris.");
        int paris = text.IndexOf("Paris", StringComparison.Ordinal);
        var claim = new Claim("s-c1", "s", new Span(0, text.Length - 1), text[..^1], "meet")
        {
            Subject = "Barbara's sister",
            Object = "the minister",
            Arguments = [new ClaimArgument("place", "Paris", new Span(paris, paris + 5))],
            Negated = true,
            Tense = Tense.Past,
        };

        var tuple = CarbFormat.FromClaim(claim, text, tokens, spans);

        tuple.Relation.Should().Be("did not meet");
        tuple.Arguments.Should().Equal("Barbara 's sister", "the minister", "in Paris");
        tuple.Confidence.Should().Be(0.9);
    }

    [Test]
    public void What_the_claim_says_after_its_object_is_one_more_argument()
    {
        string[] tokens = ["Rebels", "launched", "a", "series", "of", "raids", "into", "the", "territory", "."];
        var text = EvalSupport.Detokenize(tokens, out var spans);
        var claim = new Claim("s-c1", "s", new Span(0, text.Length - 1), text[..^1], "launch")
        {
            Subject = "Rebels",
            Object = "a series",
            Tense = Tense.Past,
        };

        var tuple = CarbFormat.FromClaim(claim, text, tokens, spans);

        tuple.Arguments.Should().Equal("Rebels", "a series", "of raids into the territory");
        tuple.Confidence.Should().Be(0.9, "the object is the extractor's; the rest is what the claim says beside it");
    }

    [Test]
    public void The_claims_source_at_the_end_of_its_span_is_not_what_it_says()
    {
        string[] tokens = ["Rebels", "launched", "a", "series", "of", "raids", ",", "officials", "said", "."];
        var text = EvalSupport.Detokenize(tokens, out var spans);
        var claim = new Claim("s-c1", "s", new Span(0, text.Length - 1), text[..^1], "launch")
        {
            Subject = "Rebels",
            Object = "a series",
            Attribution = "officials",
            Modality = Modality.Reported,
            Tense = Tense.Past,
        };

        CarbFormat.FromClaim(claim, text, tokens, spans).Arguments.Should().Equal("Rebels", "a series", "of raids");
    }

    [Test]
    public void The_relation_of_a_phrasal_predicate_keeps_its_particle()
    {
        string[] tokens = ["The", "singer", "has", "checked", "into", "a", "clinic", "."];
        var text = EvalSupport.Detokenize(tokens, out var spans);
        var claim = new Claim("s-c1", "s", new Span(0, text.Length - 1), text[..^1], "check into")
        {
            Subject = "The singer",
            Object = "a clinic",
            Tense = Tense.Present,
        };

        var tuple = CarbFormat.FromClaim(claim, text, tokens, spans);

        tuple.Relation.Should().Be("has checked into");
        tuple.Arguments.Should().Equal("The singer", "a clinic");
    }

    [Test]
    public void A_claim_without_object_or_argument_takes_the_rest_of_its_span_with_less_confidence()
    {
        string[] tokens = ["The", "talks", "were", "reported", "to", "be", "going", "well", "."];
        var text = EvalSupport.Detokenize(tokens, out var spans);
        var claim = new Claim("s-c1", "s", new Span(0, text.Length), text, "report")
        {
            Subject = "The talks",
            Attribution = "someone",
            Modality = Modality.Reported,
            Tense = Tense.Past,
        };

        var tuple = CarbFormat.FromClaim(claim, text, tokens, spans);

        tuple.Relation.Should().Be("were reported to", "the 'to' opening ARG2 joins the relation");
        tuple.Arguments.Should().Equal("The talks", "be going well");
        tuple.Confidence.Should().Be(0.6, "reported 0.8, less 0.2 for an object that is only the rest of the span");
    }

    [Test]
    public void A_claim_without_subject_has_an_empty_first_argument_and_less_confidence()
    {
        string[] tokens = ["Met", "the", "minister", "."];
        var text = EvalSupport.Detokenize(tokens, out var spans);
        var claim = new Claim("s-c1", "s", new Span(0, text.Length - 1), text[..^1], "meet") { Object = "the minister", Tense = Tense.Past };

        var tuple = CarbFormat.FromClaim(claim, text, tokens, spans);

        tuple.Arguments.Should().Equal("", "the minister");
        tuple.Confidence.Should().Be(0.6);
        CarbFormat.Line(string.Join(' ', tokens), tuple).Should().Be("Met the minister .\t0.6\tMet\t\tthe minister");
    }

    [Test]
    public void The_score_line_of_score_sh_is_read()
    {
        CarbEvaluation.ParseScoreLine("carb test: AUC 0.177 F1 0.346 P 0.618 R 0.241").Should().Be((0.177, 0.346, 0.618, 0.241));
        CarbEvaluation.ParseScoreLine("AUC: 0.177\t Optimal (precision, recall, F1): [0.618 0.241 0.346]").Should().BeNull();
    }

    [Test]
    public void Kept_dev_tuples_go_beside_the_test_file()
    {
        CarbEvaluation.DevOut("/tmp/x/carb.tsv").Should().Be("/tmp/x/carb.dev.tsv");
        CarbEvaluation.DevOut(null).Should().BeNull();
    }

    [Test]
    public void A_tuple_with_the_subject_alone_is_not_scorable()
    {
        CarbFormat.Scorable(new CarbTuple("continue", ["Lugo"], 0.4)).Should().BeFalse("every gold tuple has two arguments");
        CarbFormat.Scorable(new CarbTuple("continue", ["", "to reside"], 0.4)).Should().BeTrue();
    }

    [TestCase(new[] { "Mr.", "Wathen", "says", "the", "firm", "will", "turn", "a", "profit", "." }, "the firm will turn a profit")]
    [TestCase(new[] { "The", "firm", "will", "turn", "a", "profit", ",", "Mr.", "Wathen", "says", "." }, "The firm will turn a profit")]
    [TestCase(new[] { "A", "firm", "run", "by", "Mr", "Lee", "will", "turn", "a", "profit", ",", "Mr.", "Wathen", "says", "." }, "A firm run by Mr Lee will turn a profit")]
    public void A_saying_takes_what_is_said_from_its_clause_after_the_verb_else_before_the_speaker(string[] tokens, string said)
    {
        var text = EvalSupport.Detokenize(tokens, out var spans);
        int verb = text.IndexOf("says", StringComparison.Ordinal);
        var clause = new Claim("s-c1", "s", new Span(0, text.Length - 1), text[..^1], "turn") { Subject = "the firm", Attribution = "Mr. Wathen" };
        var saying = new Claim("s-e1", "s", new Span(verb, verb + 4), "says", "say") { Kind = ClaimKind.Predicate, Subject = "Mr. Wathen" };
        var alone = CarbFormat.FromClaim(saying, text, tokens, spans);
        CarbFormat.Scorable(alone).Should().BeFalse();

        var tuple = CarbFormat.WithWhatIsSaid(alone, saying, clause, tokens, spans);

        tuple.Relation.Should().Be("says");
        tuple.Arguments.Should().Equal("Mr. Wathen", said);
    }

    [Test]
    public void A_preposition_opening_the_second_argument_joins_the_relation()
    {
        CarbFormat.PrepositionToRelation(new CarbTuple("reside", ["Lugo", "in Venezuela"], 0.4))
            .Should().BeEquivalentTo(new CarbTuple("reside in", ["Lugo", "Venezuela"], 0.4));
        var withObject = new CarbTuple("met", ["Kim", "Moon", "in Seoul"], 0.9);
        CarbFormat.PrepositionToRelation(withObject).Should().BeSameAs(withObject, "an object is no preposition");
        var alone = new CarbTuple("went", ["Kim", "in"], 0.9);
        CarbFormat.PrepositionToRelation(alone).Should().BeSameAs(alone, "a preposition alone leaves no argument");
    }

    [Test]
    public void The_first_argument_is_the_subjects_noun_phrase_as_printed()
    {
        string[] tokens = ["The", "explosion", "of", "1849", "led", "to", "demands", "."];
        var text = EvalSupport.Detokenize(tokens, out var spans);
        var claim = new Claim("s-c1", "s", new Span(0, text.Length - 1), text[..^1], "lead") { Subject = "explosion", Tense = Tense.Past };

        var tuple = CarbFormat.FromClaim(claim, text, tokens, spans);

        tuple.Arguments[0].Should().Be("The explosion of 1849", "its determiner and what 'of' joins to it before the verb");
        tuple.Relation.Should().Be("led to");
        tuple.Arguments[1].Should().Be("demands");
    }

    [Test]
    public void A_possessive_s_is_not_the_verb_be_and_a_time_before_the_verb_is_the_last_argument()
    {
        string[] tokens = ["Last", "year", "the", "group", "'s", "gains", "were", "halved", "by", "the", "slump", "."];
        var text = EvalSupport.Detokenize(tokens, out var spans);
        int last = text.IndexOf("Last", StringComparison.Ordinal), slump = text.IndexOf("the slump", StringComparison.Ordinal);
        var claim = new Claim("s-c1", "s", new Span(0, text.Length - 1), text[..^1], "halve")
        {
            Subject = "the group's gains",
            Arguments = [new ClaimArgument("instrument", "the slump", new Span(slump, slump + 9))],
            Time = new Summit.Time.TimeExpression("s", new Span(last, last + 9), "Last year", Summit.Time.TimeType.Date, "2020", Summit.Time.Granularity.Year),
            Tense = Tense.Past,
        };

        var tuple = CarbFormat.FromClaim(claim, text, tokens, spans);

        tuple.Relation.Should().Be("were halved by");
        tuple.Arguments.Should().Equal("the group 's gains", "the slump", "Last year");
    }

    [Test]
    public void The_control_word_before_the_infinitive_joins_the_relation()
    {
        string[] tokens = ["The", "monitor", "began", "to", "drain", "the", "matter", "."];
        var text = EvalSupport.Detokenize(tokens, out var spans);
        var claim = new Claim("s-c1", "s", new Span(0, text.Length - 1), text[..^1], "drain") { Subject = "The monitor", Object = "the matter", Tense = Tense.Past };

        var tuple = CarbFormat.FromClaim(claim, text, tokens, spans);

        tuple.Relation.Should().Be("began to drain");
        tuple.Arguments.Should().Equal("The monitor", "the matter");
    }

    [Test]
    public void A_participle_describing_the_noun_before_it_reads_as_a_passive()
    {
        string[] tokens = ["It", "holds", "a", "charter", "issued", "by", "the", "king", "."];
        var text = EvalSupport.Detokenize(tokens, out var spans);
        int issued = text.IndexOf("issued", StringComparison.Ordinal);
        var claim = new Claim("s-e1", "s", new Span(issued, text.Length - 1), text[issued..^1], "issue")
        {
            Kind = ClaimKind.Predicate, Subject = "a charter", Tense = Tense.Present,
        };

        var tuple = CarbFormat.FromClaim(claim, text, tokens, spans);

        tuple.Relation.Should().Be("be issued by", "CaRB's matcher takes 'be' for the 'was' or 'is' its gold writes");
        tuple.Arguments.Should().Equal("a charter", "the king");
    }

    [Test]
    public void The_first_argument_reaches_the_verb_and_an_adverb_before_the_verb_is_the_relations()
    {
        string[] tokens = ["Legislation", "sponsored", "by", "Sweeney", "usually", "provides", "pensions", "."];
        var text = EvalSupport.Detokenize(tokens, out var spans);
        var claim = new Claim("s-c1", "s", new Span(0, text.Length - 1), text[..^1], "provide") { Subject = "Legislation", Object = "pensions", Tense = Tense.Present };

        var tuple = CarbFormat.FromClaim(claim, text, tokens, spans);

        tuple.Relation.Should().Be("usually provides");
        tuple.Arguments.Should().Equal("Legislation sponsored by Sweeney", "pensions");
    }

    [TestCase(new[] { "The", "firm", ",", "a", "bank", ",", "sold", "shares", "." }, "The firm")]
    [TestCase(new[] { "He", "patented", "it", "and", "sold", "shares", "." }, "He")]
    public void The_first_argument_does_not_reach_the_verb_across_a_comma_a_pronoun_or_a_coordinator(string[] tokens, string arg1)
    {
        var text = EvalSupport.Detokenize(tokens, out var spans);
        var claim = new Claim("s-c1", "s", new Span(0, text.Length - 1), text[..^1], "sell") { Subject = tokens[0] == "He" ? "He" : "The firm", Object = "shares", Tense = Tense.Past };

        CarbFormat.FromClaim(claim, text, tokens, spans).Arguments[0].Should().Be(arg1);
    }

    [Test]
    public void An_infinitive_opening_the_second_argument_joins_the_relation()
    {
        var tuple = CarbFormat.PrepositionToRelation(new CarbTuple("attempted", ["She", "to popularize it in Britain"], 0.9));
        tuple.Relation.Should().Be("attempted to popularize");
        tuple.Arguments.Should().Equal("She", "it in Britain");
    }

    [Test]
    public void A_copulas_complement_and_the_preposition_after_it_join_the_relation()
    {
        var vague = CarbFormat.PrepositionToRelation(new CarbTuple("was", ["Springsteen", "vague", "about details"], 0.9));
        (vague.Relation, vague.Arguments[1]).Should().Be(("was vague about", "details"));
        var necessary = CarbFormat.PrepositionToRelation(new CarbTuple("is", ["It", "necessary", "to climb embankments"], 0.9));
        (necessary.Relation, necessary.Arguments[1]).Should().Be(("is necessary to climb", "embankments"));
        var other = CarbFormat.PrepositionToRelation(new CarbTuple("sold", ["He", "shares", "in Paris"], 0.9));
        other.Relation.Should().Be("sold", "only a copula's complement");
    }
}
