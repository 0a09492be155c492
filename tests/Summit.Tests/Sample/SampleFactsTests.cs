using NUnit.Framework;
using Summit.Tests.Stages;

namespace Summit.Tests.Sample;

/// <summary>
/// Reports in, facts out: the bundled sample (samples/data/vladivostok) through the whole flow, as its facts
/// (status, sources, time, summary, conflicts, refinements, the claims each joins), against the reviewed case
/// file Sample/vladivostok.facts.txt. Any stage may change it; the diff says what changed for a reader, and is
/// reviewed before the file is rewritten (<see cref="Golden.UpdateCommand"/>).
/// </summary>
[Category(Golden.Category)]
public class SampleFactsTests
{
    private const string Header =
        "# The bundled sample (samples/data/vladivostok: afp, reuters) reconciled: one block per fact, in the engine's order.\n" +
        "# [status] sources | TIMEX value; the summary; conflicts; refinements; then each claim it joins (report: text).\n" +
        "# Reviewed by hand. To rewrite: " + Golden.UpdateCommand + "; then review the diff before committing.\n\n";

    [Test]
    public void Reconcile_Sample_FactsMatchTheReviewedCaseFile()
    {
        Golden.MatchFile(Golden.PathOf("Sample", "vladivostok.facts.txt"), Header + StageOutput.Facts(SampleCase.Result));
    }
}
