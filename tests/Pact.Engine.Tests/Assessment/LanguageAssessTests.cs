using Pact.Assessment;
using Pact.Diagnostics;
using Pact.Engine.Assessment;
using Pact.Engine.Tests.Languages;

namespace Pact.Engine.Tests.Assessment;

/// <summary>`pact assess` on TypeScript, JavaScript and C# trees: each category found where the fixture puts it, detection, and the repository's own code.</summary>
public sealed class LanguageAssessTests : IDisposable
{
    private readonly EngineFixture _engine = new();

    public void Dispose() => _engine.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private TempDirectory Dir => _engine.Dir;

    private async Task<AssessmentReport> AssessAsync(string root, string? language)
    {
        var result = await _engine.Get<AssessService>().AssessAsync(root, [], language, null, Ct);
        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        return result.Data!;
    }

    private static List<(string Id, Severity Severity, string Category, string ModulePath, double MetricValue, string Related)> Found(AssessmentReport report) =>
        [.. report.Findings.Select(f => (f.Id, f.Severity, f.Category, f.ModulePath, f.MetricValue, string.Join(",", f.RelatedModules)))];

    [Theory]
    [InlineData("typescript")]
    [InlineData(null)]
    public async Task TypeScript_EachCategory_IsFoundWhereTheFixturePutsIt(string? language)
    {
        var report = await AssessAsync(LanguageFixtures.TypeScript(Dir), language);

        Assert.Equal("typescript", report.Language);
        Assert.Equal(
            [
                ("A001", Severity.Warning, "shallow_module", "shallow.ts", 1.0, ""),
                ("A002", Severity.Warning, "hub_dependency", "core.ts", 8.0, ""),
                ("A003", Severity.Warning, "tight_coupling", "a.ts", 0.0, "b.ts"),
                ("A006", Severity.Warning, "parse_error", "broken.ts", 0.0, ""),
                ("A004", Severity.Info, "scattered_logic", "core.ts", 8.0, "m1.ts,m2.ts,m3.ts,m4.ts,m5.ts,m6.ts,m7.ts,m8.ts"),
                ("A005", Severity.Info, "test_gap", "lonely/index.tsx", 0.0, ""),
            ],
            Found(report));
        // 13 modules, the tsx one and the 8 tests under __tests__/ (tests are modules too, as in Python).
        Assert.Equal("22 modules analyzed. 0 error(s), 4 warning(s), 2 info(s).", report.Summary);
        var core = report.ModuleMetrics.Single(m => m.Path == "core.ts");
        Assert.Equal((8, 1, 0, 8, 0), (core.Loc, core.PublicFunctions, core.PublicClasses, core.FanIn, core.FanOut));
        var shallow = report.ModuleMetrics.Single(m => m.Path == "shallow.ts");
        Assert.Equal((2, 1), (shallow.PublicFunctions, shallow.PublicClasses));
        Assert.Equal(0, report.ModuleMetrics.Single(m => m.Path == "lonely/index.tsx").FanIn);
        Assert.Contains("line 2: unterminated string", report.Findings.Single(f => f.Category == "parse_error").Description, StringComparison.Ordinal);
        Assert.DoesNotContain(report.ModuleMetrics, m => m.Path.Contains("node_modules", StringComparison.Ordinal));
    }

    [Fact]
    public async Task JavaScript_EachCategory_IsFound_WithAcornimasSyntaxError()
    {
        var report = await AssessAsync(LanguageFixtures.JavaScript(Dir), "javascript");

        Assert.Equal(
            [
                ("A001", Severity.Warning, "shallow_module", "shallow.js", 1.0, ""),
                ("A002", Severity.Warning, "hub_dependency", "core.mjs", 8.0, ""),
                ("A003", Severity.Warning, "tight_coupling", "a.cjs", 0.0, "b.cjs"),
                ("A006", Severity.Warning, "parse_error", "broken.js", 0.0, ""),
                ("A004", Severity.Info, "scattered_logic", "core.mjs", 8.0, "m1.js,m2.js,m3.js,m4.js,m5.js,m6.js,m7.js,m8.js"),
                ("A005", Severity.Info, "test_gap", "lonely.js", 0.0, ""),
            ],
            Found(report));
        Assert.Equal(1, report.ModuleMetrics.Single(m => m.Path == "lonely.js").PublicFunctions);
        Assert.Equal(1, report.Findings.Single(f => f.Category == "parse_error").Line);
        Assert.Equal("javascript", await DetectAsync(Dir.Combine("js", "lib")));
    }

    [Theory]
    [InlineData("csharp")]
    [InlineData(null)]
    public async Task CSharp_NamespacesAreModules_AndEachCategoryIsFound(string? language)
    {
        var report = await AssessAsync(LanguageFixtures.CSharp(Dir), language);

        Assert.Equal("csharp", report.Language);
        Assert.Equal(
            [
                ("A001", Severity.Warning, "shallow_module", "App.Shallow", 4 / 3.0, ""),
                ("A002", Severity.Warning, "hub_dependency", "App.Core", 8.0, ""),
                ("A003", Severity.Warning, "tight_coupling", "App.A", 0.0, "App.B"),
                ("A005", Severity.Warning, "parse_error", "Broken.cs", 0.0, ""),
                ("A004", Severity.Info, "test_gap", "App.Lonely", 0.0, ""),
            ],
            Found(report));
        var core = report.ModuleMetrics.Single(m => m.Path == "App.Core");
        Assert.Equal((1, 8, 0), (core.PublicClasses, core.FanIn, core.FanOut));
        Assert.DoesNotContain(report.ModuleMetrics, m => m.Path == "App.Generated");
        // A finding on a namespace points at the file that declares it, so code scanning can show it.
        Assert.Equal("Core/Thing.cs", report.Findings.Single(f => f.Category == "hub_dependency").LocationFile);
        Assert.Equal("Shallow/Types.cs", report.Findings.Single(f => f.Category == "shallow_module").LocationFile);
    }

    [Fact]
    public async Task CSharp_AGlobalUsing_ReachesEveryNamespaceOfItsProject()
    {
        Dir.Write("g/src/P.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        Dir.Write("g/src/GlobalUsings.cs", "global using G.Shared;\n");
        Dir.Write("g/src/Shared/S.cs", "namespace G.Shared;\npublic sealed class S;\n");
        Dir.Write("g/src/One/One.cs", "namespace G.One;\npublic sealed class One;\n");
        Dir.Write("g/src/Two/Two.cs", "namespace G.Two;\npublic sealed class Two;\n");

        var report = await AssessAsync(Dir.Combine("g", "src"), "csharp");

        Assert.Equal(2, report.ModuleMetrics.Single(m => m.Path == "G.Shared").FanIn);
        Assert.Equal(["G.Shared"], report.ModuleMetrics.Single(m => m.Path == "G.One").Imports);
    }

    [Fact]
    public async Task Detection_PicksTheLanguageWithTheMostFiles()
    {
        Dir.Write("mixed/a.py", "A = 1\n");
        Dir.Write("mixed/b.cs", "namespace B;\n");
        Dir.Write("mixed/c.cs", "namespace C;\n");
        Dir.Write("mixed/bin/d.py", "D = 1\n");
        Dir.Write("mixed/bin/e.py", "E = 1\n");

        Assert.Equal("csharp", await DetectAsync(Dir.Combine("mixed")));
        Assert.Equal("python", (await AssessAsync(Dir.Combine("mixed"), "python")).Language);
    }

    [Fact]
    public async Task TheRepositorysOwnCSharpSource_IsAssessedWithPlausibleFindings()
    {
        var report = await AssessAsync(Path.Combine(Tools.RepositoryRoot, "src"), null);

        Assert.Equal("csharp", report.Language);
        Assert.True(report.ModuleMetrics.Count > 40, report.Summary);
        Assert.DoesNotContain(report.Findings, f => f.Category == "parse_error");
        // Pact.Diagnostics is imported by nearly everything (global usings of every project): a hub by any measure.
        Assert.Contains(report.Findings, f => f.Category == "hub_dependency" && f.ModulePath == "Pact.Diagnostics");
        Assert.Contains(report.ModuleMetrics, m => m.Path == "Pact.Engine.Assessment" && m.FanOut > 0);
    }

    [Fact]
    public async Task TheRepositorysOwnJavaScript_IsAssessedWithoutAParseError()
    {
        var report = await AssessAsync(Path.Combine(Tools.RepositoryRoot, "tools", "e2e"), null);

        Assert.Equal("javascript", report.Language);
        Assert.Equal(Directory.GetFiles(Path.Combine(Tools.RepositoryRoot, "tools", "e2e"), "*.mjs").Length, report.ModuleMetrics.Count);
        Assert.DoesNotContain(report.Findings, f => f.Category == "parse_error");
        // The scripts import only packages and node's own modules, and nothing tests them: no edges, a gap each.
        Assert.All(report.ModuleMetrics, m => Assert.Equal((0, 0), (m.FanIn, m.FanOut)));
        Assert.Equal(report.ModuleMetrics.Count, report.Findings.Count(f => f.Category == "test_gap"));
        Assert.Contains(report.ModuleMetrics, m => m.Path == "mcp-client.mjs" && m.Loc > 20);
    }

    private Task<string> DetectAsync(string root) =>
        Task.FromResult(AssessService.Detect(root, [.. AssessService.Languages.Select(l => _engine.Get<IEnumerable<IAssessReader>>().Single(r => r.Language == l))]));
}
