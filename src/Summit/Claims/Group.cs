namespace Summit.Claims;

/// <summary>A verb group (token indices: its first, its head — the main verb — and its end, exclusive): the predicate's lemma, modality, negation and tense.</summary>
internal sealed record Group(int Start, int Head, int End, string Lemma, Modality? Modality, bool Negated, bool Past)
{
    /// <summary>The main verb after a ", who ..." aside: a clause of its own whose subject comes before the aside.</summary>
    public bool AfterAside { get; init; }

    /// <summary>
    /// The relative word of a restrictive relative clause this group follows with no boundary between them, or -1:
    /// "those who had bought a bumper will receive a refund" — the verb of the relative word's antecedent.
    /// </summary>
    public int AfterRelative { get; init; } = -1;

    /// <summary>A saying whose speaker follows it, closing what was said: "…, said Ann Lee, a spokesman".</summary>
    public bool SpeakerAfter { get; init; }
}
