namespace Summit.Claims;

/// <summary>Words that take a to-infinitive that is the real predicate ("plans to visit"), with the modality they give.</summary>
internal static class ControlWords
{
    /// <summary>The control words by lemma, with their modality.</summary>
    public static readonly Dictionary<string, Modality> ByLemma = new(StringComparer.Ordinal)
    {
        ["expect"] = Modality.Expected, ["due"] = Modality.Expected, ["set"] = Modality.Expected, ["schedule"] = Modality.Expected,
        ["go"] = Modality.Expected, ["poised"] = Modality.Expected, ["slate"] = Modality.Expected,
        ["plan"] = Modality.Planned, ["intend"] = Modality.Planned, ["aim"] = Modality.Planned, ["prepare"] = Modality.Planned,
        ["decide"] = Modality.Planned, ["want"] = Modality.Planned, ["seek"] = Modality.Planned, ["try"] = Modality.Planned,
        ["keen"] = Modality.Planned, ["agree"] = Modality.Planned, ["promise"] = Modality.Planned, ["vow"] = Modality.Planned,
        ["threaten"] = Modality.Planned, ["able"] = Modality.Asserted, ["use"] = Modality.Asserted, ["begin"] = Modality.Asserted,
        ["start"] = Modality.Asserted, ["continue"] = Modality.Asserted, ["help"] = Modality.Asserted, ["manage"] = Modality.Asserted,
        ["hope"] = Modality.Hoped, ["wish"] = Modality.Hoped,
        ["likely"] = Modality.Likely, ["unlikely"] = Modality.Unlikely, ["certain"] = Modality.Likely,
    };
}
