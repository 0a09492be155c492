using System.Globalization;
using Summit.Documents;

namespace Summit.Evaluation;

/// <summary>
/// Fits <see cref="SummitOptions.GroupCohesion"/> on the project's own cases (tests/cases: a training set written
/// for the purpose; ../shared/eval's cases and every test split stay out of it): for each value of a grid, every
/// case is reconciled and scored by the FORMAT.md rules, and the value with the best harmonic mean of pooled link
/// precision and corroborated facts found wins (ties: the smaller value). Prints the table and the choice; the
/// shipped default is the value this prints.
/// </summary>
public static class CohesionFit
{
    /// <summary>The values tried.</summary>
    public static readonly double[] Grid = [0, 0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.4];

    /// <summary>Runs the fit over the case folders under <paramref name="casesRoot"/>.</summary>
    public static async Task<double> RunAsync(string casesRoot, TextWriter output, CancellationToken cancellationToken)
    {
        var dirs = Directory.GetDirectories(casesRoot).Where(d => File.Exists(Path.Combine(d, "gold.json"))).Order(StringComparer.Ordinal).ToArray();
        var cases = new List<(string Dir, IReadOnlyList<ReportInput> Inputs, string Gold)>();
        foreach (var dir in dirs)
            cases.Add((dir, await ReportFiles.LoadAsync([Path.Combine(dir, "reports")], cancellationToken),
                await File.ReadAllTextAsync(Path.Combine(dir, "gold.json"), cancellationToken)));
        output.WriteLine($"fit GroupCohesion on {cases.Count} cases of {casesRoot}");
        output.WriteLine("cohesion  links  good  link P  corroborated found  harmonic mean");
        double best = double.NaN, bestScore = -1;
        foreach (var value in Grid)
        {
            var engine = SummitEngine.CreateDefault(o => o.GroupCohesion = value);
            int links = 0, good = 0, corroborated = 0, found = 0;
            foreach (var (dir, inputs, goldText) in cases)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var s = CaseScorer.Score(engine.Reconcile(inputs, cancellationToken), inputs, goldText, TextWriter.Null);
                links += s.Links;
                good += s.GoodLinks;
                corroborated += s.Corroborated;
                found += s.CorroboratedFound;
            }
            double p = links == 0 ? 0 : good / (double)links, r = corroborated == 0 ? 0 : found / (double)corroborated;
            double h = p + r == 0 ? 0 : 2 * p * r / (p + r);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{value,8:0.0}  {links,5}  {good,4}  {p,6:0.000}  {r,18:0.000}  {h,13:0.000}"));
            if (h > bestScore + 1e-9) (best, bestScore) = (value, h);
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best GroupCohesion: {best:0.0} (harmonic mean {bestScore:0.000})"));
        return best;
    }
}
