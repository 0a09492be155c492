using FluentAssertions;
using Mono.Cecil;
using Mono.Cecil.Cil;
using NetArchTest.Rules;
using NUnit.Framework;
using Summit.Lexical;

namespace Summit.Tests.Architecture;

/// <summary>
/// The flow goes one way (DESIGN.md): a stage's namespace may use the lexical layer and earlier stages, never later
/// ones; and no stage reaches the lexical layer's data statically (a static <c>Default</c>, or any static member of
/// a lexical type that can be instantiated, such as <see cref="Gazetteer"/> or <see cref="Outlets"/>): it gets the
/// <see cref="LexicalResources"/> injected, so a user's own gazetteer or outlets reach every stage.
/// </summary>
public class StageDependencyTests
{
    /// <summary>
    /// The lexical layer first, then the stages in the order the flow runs them (README, "The flow"); Quantities reads
    /// figures for the text layer and depends only on Documents' spans and the lexical layer.
    /// </summary>
    private static readonly string[] Stages =
    [
        "Summit.Lexical", "Summit.Documents", "Summit.Quantities", "Summit.Text", "Summit.Entities", "Summit.Time", "Summit.Claims",
        "Summit.Alignment", "Summit.Reconciling", "Summit.Timelines", "Summit.Rendering",
    ];

    [Test]
    public void Stages_ReferenceOnlyTheLexicalLayerAndEarlierStages()
    {
        var assembly = typeof(SummitEngine).Assembly;
        var found = new List<string>();
        for (int k = 0; k < Stages.Length; k++)
            for (int later = k + 1; later < Stages.Length; later++)
            {
                // the later stage's types by full name ("Summit.Time" as a prefix would take in "Summit.Timelines" too)
                var targets = assembly.GetTypes().Where(t => t.Namespace == Stages[later] && !t.FullName!.Contains('<') && !t.FullName.Contains('+'))
                    .Select(t => t.FullName!).ToArray();
                var result = Types.InAssembly(assembly).That().ResideInNamespaceMatching("^" + System.Text.RegularExpressions.Regex.Escape(Stages[k]) + "$")
                    .Should().NotHaveDependencyOnAny(targets).GetResult();
                if (!result.IsSuccessful)
                    found.Add($"{Stages[k]} → {Stages[later]} ({string.Join(", ", result.FailingTypes.Select(t => t.FullName).Order().Take(3))})");
            }
        found.Should().BeEmpty();
    }

    [Test]
    public void Stages_EveryNamespaceOfTheAssemblyIsInTheOrder()
    {
        var namespaces = typeof(SummitEngine).Assembly.GetTypes().Select(t => t.Namespace).Where(n => n is not null && n.StartsWith("Summit.", StringComparison.Ordinal))
            .Distinct().Order(StringComparer.Ordinal);
        namespaces.Should().BeSubsetOf(Stages, "a new namespace takes its place in the stage order, so the check above covers it");
    }

    [Test]
    public void Stages_NeverReadTheLexicalLayerStatically()
    {
        using var module = ModuleDefinition.ReadModule(typeof(SummitEngine).Assembly.Location);
        var reads = module.GetTypes().Where(t => NamespaceOf(t) != "Summit.Lexical").SelectMany(StaticLexicalReads).ToList();
        reads.Should().BeEmpty("stages take the LexicalResources they are given (constructor injection), never a static instance");
    }

    /// <summary>The check above finds a read when there is one: this fixture's methods each make one.</summary>
    [Test]
    public void StaticLexicalReads_AFixtureThatReadsTheShippedData_IsFound()
    {
        using var module = ModuleDefinition.ReadModule(typeof(StageDependencyTests).Assembly.Location);
        var fixture = module.GetTypes().Single(t => t.Name == nameof(ReadsStatically));
        var reads = StaticLexicalReads(fixture).ToList();
        reads.Should().HaveCount(3);
        reads.Should().Contain(r => r.Contains("Gazetteer::get_Default", StringComparison.Ordinal))
            .And.Contain(r => r.Contains("Outlets::get_Default", StringComparison.Ordinal))
            .And.Contain(r => r.Contains("ExchangeRateTable::Load", StringComparison.Ordinal));
        StaticLexicalReads(module.GetTypes().Single(t => t.Name == nameof(ReadsThroughTheInjectedLayer))).Should().BeEmpty();
    }

    /// <summary>
    /// The static reads of the lexical layer in <paramref name="type"/>'s methods (its lambdas and iterators are nested
    /// types, checked on their own): a call to a static <c>get_Default</c> of Summit's, or to a static member of a lexical type
    /// that is not a static class (the static classes are fixed word lists: months, number words, word classes), operators aside.
    /// </summary>
    private static IEnumerable<string> StaticLexicalReads(TypeDefinition type)
    {
        foreach (var method in type.Methods.Where(m => m.HasBody))
            foreach (var instruction in method.Body.Instructions)
            {
                var (member, isStatic) = instruction.Operand switch
                {
                    MethodReference m when instruction.OpCode.Code is Code.Call or Code.Callvirt or Code.Ldftn => (m, !m.HasThis),
                    FieldReference f when instruction.OpCode.Code is Code.Ldsfld or Code.Ldsflda => ((MemberReference)f, true),
                    _ => (null, false),
                };
                if (member is null || !isStatic) continue;
                var declaring = member.DeclaringType.Resolve();
                if (declaring is null || !NamespaceOf(declaring).StartsWith("Summit.", StringComparison.Ordinal)) continue; // the framework's own
                bool lexicalData = NamespaceOf(declaring) == "Summit.Lexical" && !(declaring.IsAbstract && declaring.IsSealed)
                                   && !member.Name.StartsWith("op_", StringComparison.Ordinal);
                if (member.Name == "get_Default" || lexicalData) yield return $"{type.FullName}.{method.Name} reads {member.FullName}";
            }
    }

    private static string NamespaceOf(TypeDefinition type) => type.DeclaringType is { } outer ? NamespaceOf(outer) : type.Namespace;

    // Fixtures for the check: one that reads the shipped data statically, one that reads it through the injected layer.
    private sealed class ReadsStatically
    {
        public static bool Place(string name) => Gazetteer.Default.Find(name) is not null;
        public static int OutletCount() => Outlets.Default.All.Count;
        public static ExchangeRateTable Rates(TextReader reader) => ExchangeRateTable.Load(reader);
    }

    private sealed class ReadsThroughTheInjectedLayer(LexicalResources lexicon)
    {
        public bool Place(string name) => lexicon.Gazetteer.Find(name) is not null;
        public Outlet? Outlet(string name) => lexicon.Outlets.Find(name);
    }
}
