using Summit.Documents;

namespace Summit.Tests;

/// <summary>The bundled sample reports, reconciled once and shared by the tests that only read the result.</summary>
internal static class SampleCase
{
    private static readonly Lazy<Reconciliation> Lazy = new(() => SummitEngine.CreateDefault().Reconcile(Inputs()));

    public static Reconciliation Result => Lazy.Value;

    public static IReadOnlyList<ReportInput> Inputs() => ReportFiles.LoadAsync([TestPaths.SampleReports]).GetAwaiter().GetResult();

    /// <summary>The gold of the case the sample reports come from (../shared/eval/cases/vladivostok-2019/gold.json).</summary>
    public static System.Text.Json.JsonDocument Gold() =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.SharedEval, "cases", "vladivostok-2019", "gold.json")));
}
