using NUnit.Framework;
namespace Summit.Tests.Claims.Rules;
public class DbgTests
{
    [Test]
    public void Dbg()
    {
        var v = RuleFixture.View(System.IO.File.ReadAllText("/tmp/dbg.txt").Trim());
        for (int i = 0; i < v.Count; i++) TestContext.Out.WriteLine($"T {i} {v.Lower[i]} {v.Cls[i]}");
        foreach (var g in RuleFixture.Groups(v)) TestContext.Out.WriteLine($"G {g.Lemma} {g.Start}-{g.End}");
        var clauses = RuleFixture.Clauses(v);
        foreach (var c in clauses) TestContext.Out.WriteLine($"C {c.Start}-{c.End} q={c.QuoteClaim} ao={c.AttributionOnly} att={c.Attribution} [{v.Words(c)}]");
        var b = RuleFixture.Builder(v);
        for (int k = 0; k < clauses.Count; k++) if (!clauses[k].AttributionOnly) b.EmitClaim(clauses[k], clauses, k, null);
        foreach (var c in v.State.Claims) TestContext.Out.WriteLine($"K {c.Kind} | {c.Subject} | {c.Predicate} | {c.Object} | att={c.Attribution} | {c.Text}");
    }
}
