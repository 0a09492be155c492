using Summit.Documents;

namespace Summit.Tests;

/// <summary>The bundled sample reports, reconciled once and shared by the tests that only read the result.</summary>
internal static class SampleCase
{
    private static readonly Lazy<Reconciliation> Lazy = new(() => SummitEngine.CreateDefault().Reconcile(Inputs()));

    public static Reconciliation Result => Lazy.Value;

    public static IReadOnlyList<ReportInput> Inputs() => ReportFiles.LoadAsync([TestPaths.SampleReports]).GetAwaiter().GetResult();
}
