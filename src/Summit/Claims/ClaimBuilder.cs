using Summit.Documents;
using Summit.Lexical;
using Summit.Text;
using Summit.Time;

namespace Summit.Claims;

/// <summary>
/// The claim of a clause: its subject, predicate, object, place/instrument/recipient, attribution, modality, negation,
/// tense and time, added to the report's claims with the further events inside it.
/// </summary>
internal sealed class ClaimBuilder(SentenceView v, SubjectFinder subjects, AttributionRules attributions, QuoteRules quotes, EventTime eventTime, EventMentions events)
{
    internal void EmitClaim(Clause c, List<Clause> clauses, int k, TimeExpression? sinceTime)
    {
        int first = c.Start;
        while (first + 1 < c.End && v.Cls[first] is WordClass.Coordinator or WordClass.Comma) first++; // "and met the mayor" → "met the mayor"
        var span = new Span(v.SpanOf(first).Start, v.SpanOf(c.End - 1).End);
        Group? g = c.Groups.Count == 0 ? null : c.Groups[0];
        string? attribution = c.Attribution;
        string? attributionId = c.AttributionId;
        Modality? modality = null;
        bool negated = false;
        string predicate;
        string? subject = null, subjectId = null, obj = null;
        int timeFrom = -1;
        if (c.QuoteClaim)
        {
            var inner = quotes.QuoteGroup(c);
            // a short quote without a verb ("Yes", "Oh, God", "Murderers") states no event: no claim
            if (inner is null && Enumerable.Range(c.Start, c.End - c.Start).Count(i => v.Tok(i).Kind == TokenKind.Word) < QuoteRules.MinVerblessQuoteWords) return;
            predicate = inner?.Lemma ?? "say";
            modality = inner?.Modality;
            negated = inner?.Negated ?? false;
            // the quote's own subject ("‘The plan will fail,’ the minister said": the plan); the speaker where the quote speaks
            // in the first person ("‘We will win’") or names none before its verb
            (subject, subjectId) = (attribution, attributionId);
            if (inner is not null && QuoteSubject(c.Start, inner.Start) is { } own) (subject, subjectId) = own;
            g = inner;
            if (inner is not null) obj = Object(inner, c.End);
        }
        else
        {
            (subject, subjectId) = subjects.Subject(c, clauses, k);
            var main = g!;
            // indirect speech: "Analysts say the firm is now seeking ...", "a spokesman told reporters the players will train ..."
            if (c.Groups.Count > 1 && SpeechVerbs.Lemmas.Contains(main.Lemma) && main.Lemma is not "expect" and not "agree")
            {
                attribution ??= subject;
                attributionId ??= subjectId;
                var complement = c.Groups[1];
                var sub = new Clause { Start = main.End, End = c.End, Inner = c.Inner };
                sub.Groups.AddRange(c.Groups.Skip(1));
                (subject, subjectId) = subjects.Subject(sub, clauses, -1, complement: true);
                main = complement;
                // the time of what is said, not of the saying: from the complement's subject on
                timeFrom = complement.Start;
                while (timeFrom - 1 >= c.Groups[0].End && v.IsNounPhraseToken(timeFrom - 1)) timeFrom--;
                while (timeFrom < complement.Start && v.Times.Any(t => t.Span.Contains(v.SpanOf(timeFrom)))) timeFrom++;
                if (main.Lemma == "hope" || c.Groups[0].Lemma == "hope") modality = Modality.Hoped;
            }
            predicate = main.Lemma;
            modality ??= main.Modality;
            negated = main.Negated;
            g = main;
            obj = Object(main, c.End);
            var according = attributions.AccordingTo(c);
            if (according is not null) { attribution ??= according.Value.Text; attributionId ??= according.Value.Id; }
            // "claims that it cheated", "his statement that the bullet bounced": what a noun of saying holds is its word, not the report's
            if (attribution is null && attributions.HolderOf(c, clauses) is { } held) { attribution = held.Text; attributionId = held.Id; }
        }
        if (predicate is "hope" or "wish") modality = Modality.Hoped;
        if (c.ForcedModality is { } forced) modality = forced;
        for (int i = c.Start; i < c.End; i++)
            if (v.Lower[i] == "unlikely") modality = Modality.Unlikely;
        modality ??= attribution is null ? Modality.Asserted : Modality.Reported;

        var tense = c.QuoteClaim ? Tense.Past : eventTime.TenseOf(g, modality.Value, c);
        var time = (c.QuoteClaim ? null : eventTime.TimeIn(c, timeFrom))
                   // what is said in the present holds when it is said: "said on Wednesday that the club is confident"
                   ?? (timeFrom >= 0 && tense == Tense.Present ? eventTime.TimeIn(c) : null)
                   ?? (c.Since ? null : sinceTime) ?? eventTime.Inherited(tense);
        var ids = new List<string>();
        if (subjectId is not null) ids.Add(subjectId);
        foreach (var m in v.Mentions)
            if (span.Contains(m.Span) && v.EntityOf(m) is { } id && !ids.Contains(id)) ids.Add(id);
        var arguments = Arguments(c, g);
        if (c.Start > 0 && v.Cls[c.Start] == WordClass.Relative && v.Lower[c.Start] is "where")
        {
            var (place, placeId) = subjects.Antecedent(c.Start);
            if (place is not null)
            {
                arguments.Insert(0, new ClaimArgument("place", place, subjects.AntecedentSpan(c.Start), placeId));
                if (placeId is not null && !ids.Contains(placeId)) ids.Add(placeId);
            }
        }
        if (attributionId is not null && !ids.Contains(attributionId)) ids.Add(attributionId);
        var claim = new Claim($"{v.State.ReportId}-c{v.State.Claims.Count + 1}", v.State.ReportId, span, span.Of(v.Text), predicate)
        {
            Sentence = v.Sentence.Index,
            Subject = subject,
            SubjectEntityId = subjectId,
            Object = obj,
            Arguments = arguments,
            Attribution = attribution,
            AttributionEntityId = attributionId,
            Modality = modality.Value,
            Tense = tense,
            Negated = negated,
            Time = time,
            EntityIds = ids,
        };
        v.State.Claims.Add(claim);
        events.EmitEvents(c, first, g, claim);
        var speakerId = attributionId ?? subjectId;
        if (speakerId is not null && v.State.Entities.ById(speakerId) is { Type: EntityType.Person or EntityType.Other } person
            && (person.Type == EntityType.Person || c.QuoteClaim || SpeechVerbs.Lemmas.Contains(predicate) || attributionId is not null))
            v.State.LastPerson = (person.Name, person.Id);
        else if (subjectId is not null && v.State.Entities.ById(subjectId) is { Type: EntityType.Person or EntityType.Other } subj
            && subj.Mentions.Count > 1 && !subj.Name.Contains(' ') && v.Lexicon.Find(subj.Name.ToLowerInvariant()) is null)
            v.State.LastPerson = (subj.Name, subj.Id);
        else if (v.State.LastPerson is null)
            foreach (var m in v.Mentions)
                if (span.Contains(m.Span) && m.Type == EntityType.Person) v.State.LastPerson = (m.Text, v.EntityOf(m));
    }

    /// <summary>
    /// The noun phrase right before a quote's verb group at <paramref name="verb"/> (not before <paramref name="from"/>), with
    /// the entity a name in it has; null for none, or for a first-person pronoun (the speaker is the subject then).
    /// </summary>
    private (string Text, string? Id)? QuoteSubject(int from, int verb)
    {
        int a = verb;
        // "There are some things …": the expletive "there" before "be" is the quote's own subject, not the speaker
        if (a > from && v.Lower[a - 1] == "there" && v.Lexicon.Lemma(v.Lower[verb], PartsOfSpeech.Verb) == "be") return (v.SpanOf(a - 1).Of(v.Text), null);
        if (a > from && v.Cls[a - 1] == WordClass.Pronoun)
        {
            // a pronoun alone: "we" and "I" are the speaker; any other is the quote's own, as written (inside a quote the
            // entity layer's reading of "he" and "she" is too often another person named nearby)
            a--;
            if (v.Lower[a] is "i" or "we") return null;
        }
        else
        {
            while (a > from && v.IsNounWord(a - 1)) a--;
            // "Demand from Japan is": the noun with its phrase
            while (a - 2 >= from && v.Cls[a - 1] == WordClass.Preposition && v.IsNounWord(a - 2) && !v.InTime(a - 2))
                for (a -= 2; a > from && v.IsNounWord(a - 1);) a--;
            while (a < verb && v.InTime(a)) a++; // "For the next ten years the book remained"
        }
        if (a == verb) return null;
        var span = new Span(v.SpanOf(a).Start, v.SpanOf(verb - 1).End);
        // (a name that heads it: not "Japan" of "Demand from Japan")
        var name = v.Mentions.FirstOrDefault(m => span.Contains(m.Span) && m.Span.End >= span.End - 1 && m.Type is not (EntityType.Title or EntityType.Nationality)
                                                  && !Enumerable.Range(a, verb - a).Any(j => v.Cls[j] == WordClass.Preposition && v.SpanOf(j).End <= m.Span.Start));
        return (span.Of(v.Text), name is null ? null : v.EntityOf(name));
    }

    /// <summary>
    /// The object after the verb group: a noun phrase with what an "of" joins to it ("a series of rocket attacks and
    /// raids", "23.8 % of all households"), a currency sign or a per cent sign beside its number, a qualifier before its
    /// figure ("at least 15 people", "about $ 2 million"); null when none follows.
    /// </summary>
    internal string? Object(Group g, int end)
    {
        int i = g.End;
        // "showed how the damage was caused", "see why they left": a clause follows, no noun phrase
        if (i < end && v.Lower[i] is "how" or "why") return null;
        while (i < end && v.Cls[i] is WordClass.Adverb or WordClass.Not) i++;
        int s = i;
        if (i < end && v.InTime(i)) return null; // "passed away this morning": a time is the claim's, no object
        i += v.QualifierBeforeFigure(i); // "killed at least 15 people"
        bool of = false;
        if (i + 2 < end && v.Lower[i] is "one" or "none" && v.Lower[i + 1] == "of" && v.IsObjectWord(i + 2)) { i += 2; of = true; } // "heads one of the departments"
        while (true)
        {
            int before = i;
            // (a word that can only be a verb inside the first noun phrase, before its noun: "the damaged hull", not "a charter issued by";
            // not after an "of": "… members rallied")
            while (i < end && (v.IsObjectWord(i) || (!of && v.Tok(i).Kind == TokenKind.Word && v.Cls[i] == WordClass.Verb && i > s && i + 1 < end && v.IsObjectWord(i + 1)))) i++;
            if (i == before || i + 1 >= end) break;
            // "… of rocket attacks", and within it "… and raids"
            if (v.Lower[i] == "of" && v.IsObjectWord(i + 1)) { of = true; i++; continue; }
            if (of && v.Lower[i] is "and" or "or" && v.IsObjectWord(i + 1) && v.Cls[i + 1] != WordClass.Pronoun) { i++; continue; }
            break;
        }
        if (i <= s) return null;
        return v.Text[v.SpanOf(s).Start..v.SpanOf(i - 1).End];
    }

    internal List<ClaimArgument> Arguments(Clause c, Group? g)
    {
        var list = new List<ClaimArgument>();
        int from = g?.End ?? c.Start;
        for (int i = Math.Max(c.Start, from); i < c.End; i++)
        {
            if (v.Cls[i] != WordClass.Preposition && v.Cls[i] != WordClass.To) continue;
            int j = i + 1;
            while (j < c.End && v.IsNounWord(j)) j++;
            if (j == i + 1) continue;
            var span = new Span(v.SpanOf(i + 1).Start, v.SpanOf(j - 1).End);
            if (v.Times.Any(t => t.Span.Overlaps(span))) continue;
            var mention = v.Mentions.FirstOrDefault(m => span.Contains(m.Span));
            string? role = v.Lower[i] switch
            {
                "in" or "at" or "on" or "near" or "inside" when mention is { Type: EntityType.Place } || v.Cls[i + 1] == WordClass.Proper => "place",
                "by" when mention is not { Type: EntityType.Person } => "instrument",
                "to" when mention is { Type: EntityType.Person } => "recipient",
                "with" => "with",
                _ => null,
            };
            if (role is null) continue;
            list.Add(new ClaimArgument(role, span.Of(v.Text), span, mention is null ? null : v.EntityOf(mention)));
        }
        return list;
    }
}
