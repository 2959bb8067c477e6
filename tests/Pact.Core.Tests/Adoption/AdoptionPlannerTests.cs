using Pact.Adoption;

namespace Pact.Core.Tests.Adoption;

/// <summary>The mechanical decomposition: cycles kept together, no more than seven components, an acyclic result, flat names that shadow nothing.</summary>
public sealed class AdoptionPlannerTests
{
    private static readonly IReadOnlySet<string> Stdlib = new HashSet<string>(StringComparer.Ordinal) { "json", "types", "pytest" };

    private static AdoptedModule Module(string dotted, int loc, params string[] imports) => new()
    {
        Path = dotted.Replace('.', '/') + ".py",
        Dotted = dotted,
        Loc = loc,
        Imports = imports,
        Functions = [new AdoptedFunction("f_" + dotted.Replace('.', '_'), "", [], null, false)],
    };

    [Fact]
    public void AnImportCycle_IsOneComponent_AndDependenciesComeFirst()
    {
        var modules = new[] { Module("p.a", 10, "p.b"), Module("p.b", 10, "p.a", "p.c"), Module("p.c", 5), Module("p.d", 5, "p.a") };

        var plan = AdoptionPlanner.Plan("p_system", "p", modules, Stdlib);

        Assert.Equal(["c", "a", "d"], plan.Components.Select(c => c.Id));
        var ab = plan.Components[1];
        Assert.Equal(["p.a", "p.b"], ab.Modules.Order(StringComparer.Ordinal));
        Assert.Equal(["c"], ab.Dependencies);
        Assert.Equal(["a"], plan.Components[2].Dependencies);
    }

    [Fact]
    public void ManyModules_AreMergedToSeven_AndTheResultStaysAcyclic()
    {
        // A chain m0 -> m1 -> ... -> m11: merging two ends of it would close a cycle unless the cycle is merged too.
        var modules = Enumerable.Range(0, 12).Select(i => Module($"m{i}", 10 + i, i < 11 ? [$"m{i + 1}"] : [])).ToArray();

        var plan = AdoptionPlanner.Plan("root", null, modules, Stdlib);

        Assert.InRange(plan.Components.Count, 2, AdoptionPlanner.MaxChildren);
        Assert.Equal(12, plan.Components.Sum(c => c.Modules.Count));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var component in plan.Components)
        {
            Assert.All(component.Dependencies, d => Assert.Contains(d, seen));
            seen.Add(component.Id);
        }
    }

    [Fact]
    public void AModuleWithNoInterface_JoinsTheOneItImportsMost()
    {
        var init = new AdoptedModule { Path = "__init__.py", Dotted = "p", Loc = 2, Imports = ["p.a", "p.a", "p.b"] };
        var modules = new[] { init, Module("p.a", 10), Module("p.b", 10, "p.a") };

        var plan = AdoptionPlanner.Plan("p_system", "p", modules, Stdlib);

        Assert.Equal(2, plan.Components.Count);
        Assert.Equal(["p.b", "p"], plan.Components.Single(c => c.Id == "b").Modules);
    }

    [Fact]
    public void FlatNames_NeverShadowTheStandardLibrary_OrEachOther()
    {
        var modules = new[] { Module("p.json", 1), Module("p.x.util", 1), Module("p.y.util", 1), Module("p.core", 1) };

        var names = AdoptionPlanner.FlatNames(modules, "p", Stdlib);

        Assert.Equal("p_json", names["p.json"]);
        Assert.Equal("p_x_util", names["p.x.util"]);
        Assert.Equal("p_y_util", names["p.y.util"]);
        Assert.Equal("core", names["p.core"]);
    }

    [Theory]
    [InlineData("Parser", "parser")]
    [InlineData("_internal", "internal")]
    [InlineData("2fa", "fa")]
    [InlineData("__", "module")]
    public void IdFrom_MakesAValidComponentId(string name, string id) => Assert.Equal(id, AdoptionPlanner.IdFrom(name));

    [Theory]
    [InlineData("List[int]", "list[int]")]
    [InlineData("typing.Optional[str]", "Optional[str]")]
    [InlineData("Summary", "Summary")]
    [InlineData("np.ndarray", "Any")]
    [InlineData(null, "Any")]
    [InlineData("Listing", "Any")]
    public void PythonTypes_KeepWhatResolves_AndSayAnyOtherwise(string? annotation, string expected) =>
        Assert.Equal(expected, PythonTypes.Map(annotation, new HashSet<string>(StringComparer.Ordinal) { "Summary" }));

    [Theory]
    [InlineData("list[Circle]", "list[Circle]")]
    [InlineData("Optional[str | float]", "Optional[str | float]")]
    [InlineData("dict[str, list[Point]]", "Any")]
    [InlineData(null, "Any")]
    [InlineData("", "Any")]
    public void ScriptTypes_KeepWhatResolves_AndSayAnyOtherwise(string? expression, string expected) =>
        Assert.Equal(expected, ScriptTypes.Map(expression, new HashSet<string>(StringComparer.Ordinal) { "Circle" }));

    [Fact]
    public void ATypeScriptSmokeSuite_ChecksEachNameByWhatItIs_WithUniqueIds()
    {
        var module = new AdoptedModule
        {
            Path = "shapes.ts",
            Dotted = "geo.shapes",
            All = ["load", "Circle", "Kind", "Unit"],
            Functions = [new AdoptedFunction("load", "", [], null, IsAsync: true)],
            Classes = [new AdoptedClass("Circle", "", [], [], IsEnum: false), new AdoptedClass("Kind", "", [], ["A"], IsEnum: true), new AdoptedClass("Unit", "", [], ["m"], IsEnum: true, TypeOnly: true)],
        };
        var component = new AdoptedComponent("shapes", ["geo.shapes"], "geo.shapes", []);

        var suite = TypeScriptSmokeSuites.For(component, new Dictionary<string, AdoptedModule> { ["geo.shapes"] = module }, new Dictionary<string, string> { ["geo.shapes"] = "shapes" });

        Assert.Equal(suite.TestCases.Count, suite.TestCases.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("assert.equal(typeof m_shapes.load, \"function\");", suite.GeneratedCode, StringComparison.Ordinal);
        Assert.Contains("assert.equal(typeof m_shapes.Circle, \"function\");", suite.GeneratedCode, StringComparison.Ordinal);
        Assert.Contains("assert.equal(typeof m_shapes.Kind, \"object\");", suite.GeneratedCode, StringComparison.Ordinal);
        // A type the compiler alone sees is checked by the compile: the suite names it in a declaration.
        Assert.Contains("const named: m_shapes.Unit | undefined = undefined;", suite.GeneratedCode, StringComparison.Ordinal);
        Assert.Contains("from \"../../src/shapes/index.js\"", suite.GeneratedCode, StringComparison.Ordinal);
    }
}
