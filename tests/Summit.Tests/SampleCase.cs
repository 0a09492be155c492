using Summit.Documents;

namespace Summit.Tests;

/// <summary>The bundled sample reports, reconciled once and shared by the tests that only read the result.</summary>
internal static class SampleCase
{
    private static readonly Lazy<Reconciliation> Lazy = new(() => SummitEngine.CreateDefault().Reconcile(Inputs()));

    public static Reconciliation Result => Lazy.Value;

    public static IReadOnlyList<ReportInput> Inputs() => ReportFiles.LoadAsync([TestPaths.SampleReports]).GetAwaiter().GetResult();

    /// <summary>
    /// The gold of the case the sample reports come from (../shared/eval/cases/vladivostok-2019/gold.json); the calling
    /// test is ignored when the evaluation data is missing.
    /// </summary>
    public static System.Text.Json.JsonDocument Gold()
    {
        TestPaths.RequireSharedEval();
        return System.Text.Json.JsonDocument.Parse(File.ReadAllText(TestPaths.VladivostokGold));
    }
}
