using Pact.Assessment;
using Pact.Diagnostics;
using Pact.Engine.Assessment;
using Pact.Projects;

namespace Pact.Engine.Tests.Assessment;

/// <summary>`pact assess` on small trees with the real Python's ast: each category, thresholds, broken files, discovery.</summary>
public sealed class AssessServiceTests : IDisposable
{
    private readonly EngineFixture _engine = new();

    public void Dispose() => _engine.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private TempDirectory Dir => _engine.Dir;

    private Task<CommandResult<AssessmentReport>> AssessAsync(string root, params string[] thresholds) =>
        _engine.Get<AssessService>().AssessAsync(root, thresholds, null, null, Ct);

    private static AssessmentReport Report(CommandResult<AssessmentReport> result)
    {
        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        return result.Data!;
    }

    [Fact]
    public async Task EachCategory_IsFoundOnce_WithThePythonPactsIdsSeveritiesAndValues()
    {
        var report = Report(await AssessAsync(AssessFixtures.FiveCategories(Dir)));

        var found = report.Findings.Select(f => (f.Id, f.Severity, f.Category, f.ModulePath, f.MetricValue, string.Join(",", f.RelatedModules))).ToList();
        Assert.Equal(
            [
                ("A001", Severity.Warning, "shallow_module", "shallow.py", 1.0, ""),
                ("A002", Severity.Warning, "hub_dependency", "core.py", 8.0, ""),
                ("A003", Severity.Warning, "tight_coupling", "a.py", 0.0, "b.py"),
                ("A004", Severity.Info, "scattered_logic", "app.core", 8.0, "m1.py,m2.py,m3.py,m4.py,m5.py,m6.py,m7.py,m8.py"),
                ("A005", Severity.Info, "test_gap", "lonely.py", 0.0, ""),
            ],
            found);
        Assert.Equal("13 modules analyzed. 0 error(s), 3 warning(s), 2 info(s).", report.Summary);
        Assert.Equal(Dir.Combine("app"), report.RootPath);

        var core = report.ModuleMetrics.Single(m => m.Path == "core.py");
        Assert.Equal((5, 1, 0, 1, 5.0, 8, 0), (core.Loc, core.PublicFunctions, core.PublicClasses, core.InterfaceSize, core.DepthRatio, core.FanIn, core.FanOut));
        var m1 = report.ModuleMetrics.Single(m => m.Path == "m1.py");
        Assert.Equal((2, 0, 1), (m1.Loc, m1.FanIn, m1.FanOut));
        Assert.Equal(["core.py"], m1.Imports);
        Assert.Equal(report.ModuleMetrics.Select(m => m.Path).Order(StringComparer.Ordinal), report.ModuleMetrics.Select(m => m.Path));
    }

    [Fact]
    public async Task Thresholds_OverrideTheDefaults()
    {
        var root = AssessFixtures.FiveCategories(Dir);

        var report = Report(await AssessAsync(root, "hub_fan_in_error=8", "scattered_import_info=9", "shallow_depth_ratio=0.5"));

        Assert.Equal(Severity.Error, report.Findings.Single(f => f.Category == "hub_dependency").Severity);
        Assert.DoesNotContain(report.Findings, f => f.Category is "scattered_logic" or "shallow_module");
        var warned = Report(await AssessAsync(root, "scattered_import_warning=8", "shallow_min_interface=4"));
        Assert.Equal(Severity.Warning, warned.Findings.Single(f => f.Category == "scattered_logic").Severity);
        Assert.DoesNotContain(warned.Findings, f => f.Category == "shallow_module");
    }

    [Theory]
    [InlineData("hub_fan_in=3", "unknown threshold 'hub_fan_in'")]
    [InlineData("hub_fan_in_warning=many", "threshold 'hub_fan_in_warning' has value 'many'")]
    [InlineData("hub_fan_in_warning", "is not KEY=VALUE")]
    public async Task ABadThreshold_IsRefused_NamingItAndTheKnownKeys(string pair, string message)
    {
        var result = await AssessAsync(AssessFixtures.FiveCategories(Dir), pair);

        Assert.Equal(Outcome.Invalid, result.Outcome);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("assess.threshold", diagnostic.Rule);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("hub_fan_in_warning", diagnostic.Fix!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileThatDoesNotParse_IsAFinding_AndItsLinesAreStillCounted()
    {
        Dir.Write("src/good.py", "import broken\nimport nul\n");
        Dir.Write("src/broken.py", "import good\n\ndef broken(:\n    pass\n");
        File.WriteAllBytes(Dir.Combine("src/nul.py"), "x = 1\n\0\n"u8.ToArray());

        var report = Report(await AssessAsync(Dir.Combine("src")));

        var errors = report.Findings.Where(f => f.Category == "parse_error").ToList();
        Assert.Equal(["broken.py", "nul.py"], errors.Select(f => f.ModulePath));
        Assert.Equal(3, errors[0].Line);
        Assert.Contains("does not parse (line 3", errors[0].Description, StringComparison.Ordinal);
        var broken = report.ModuleMetrics.Single(m => m.Path == "broken.py");
        // Its lines count, its import of good.py does not (no mutual import), good.py's import of it does.
        Assert.Equal((3, 0, 0.0, 1), (broken.Loc, broken.FanOut, broken.DepthRatio, broken.FanIn));
        Assert.DoesNotContain(report.Findings, f => f.Category == "tight_coupling");
        // Numbered after the five categories, so the Python Pact's ids are unchanged.
        Assert.Equal(["A001", "A002", "A003"], report.Findings.Where(f => f.Category == "test_gap").Select(f => f.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SkippedFolders_AndTinyInitFiles_AreNotModules()
    {
        foreach (var folder in PythonDiscovery.SkippedFolders)
        {
            Dir.Write($"src/{folder}/hidden.py", "import kept\n");
        }
        Dir.Write("src/kept.py", "K = 1\n");
        Dir.Write("src/pkg/__init__.py", "\n");
        Dir.Write("src/big/__init__.py", "# a package whose __init__ holds code, so it is a module\nVALUE = 1\n");
        Dir.Write("src/other.egg-info/x.py", "X = 1\n");
        Dir.Write("src/notes.txt", "not python\n");

        var report = Report(await AssessAsync(Dir.Combine("src")));

        Assert.Equal(["big/__init__.py", "kept.py", "other.egg-info/x.py"], report.ModuleMetrics.Select(m => m.Path));
        Assert.Equal(0, report.ModuleMetrics.Single(m => m.Path == "kept.py").FanIn);
    }

    [Fact]
    public async Task ALinkToAFolder_IsNotFollowed_SoALoopEnds()
    {
        Dir.Write("src/kept.py", "K = 1\n");
        Directory.CreateSymbolicLink(Dir.Combine("src", "loop"), Dir.Combine("src"));

        var report = Report(await AssessAsync(Dir.Combine("src")));

        Assert.Equal(["kept.py"], report.ModuleMetrics.Select(m => m.Path));
    }

    [Fact]
    public async Task RelativeImports_ResolveAsThePythonPactResolvesThem()
    {
        Dir.Write("app/__init__.py", "# the root package, big enough to be a module of its own\nROOT = 1\n");
        Dir.Write("app/util.py", "U = 1\n");
        Dir.Write("app/pkg/__init__.py", "# a package with code in its __init__, big enough to count\nP = 1\n");
        Dir.Write("app/pkg/helper.py", "H = 1\n");
        // `.util` loses its dots and resolves as `util` (app/util.py); `from . import helper` has no module part and
        // is not counted; `..pkg.helper` becomes `pkg.helper`; `app` is the root package; `pkg.nothing` falls back to `pkg`.
        Dir.Write("app/pkg/user.py", "from .util import U\nfrom . import helper\nfrom ..pkg.helper import H\nimport app\nimport pkg.nothing\n");

        var report = Report(await AssessAsync(Dir.Combine("app")));

        var user = report.ModuleMetrics.Single(m => m.Path == "pkg/user.py");
        Assert.Equal(["__init__.py", "pkg/__init__.py", "pkg/helper.py", "util.py"], user.Imports);
        Assert.Equal(["__init__.py", "pkg/__init__.py", "pkg/helper.py", "pkg/user.py", "util.py"], report.ModuleMetrics.Select(m => m.Path));
    }

    [Fact]
    public async Task ImportsInsideAnyStatement_AreFound()
    {
        foreach (var name in new[] { "a", "b", "c", "d", "e", "f", "g", "h", "i" })
        {
            Dir.Write($"src/{name}.py", "X = 1\n");
        }
        Dir.Write("src/user.py", """
            import sys
            def f():
                import a
            class C:
                def m(self):
                    if sys:
                        pass
                    elif True:
                        from b import X
                    else:
                        import c
            try:
                import d
            except ImportError:
                import e
            else:
                import f
            finally:
                import g
            while False:
                with open("x") as h:
                    import h
            match sys.argv:
                case [_]:
                    import i
            value = (lambda: __import__("nothing"))
            """);

        var report = Report(await AssessAsync(Dir.Combine("src")));

        Assert.Equal(["a.py", "b.py", "c.py", "d.py", "e.py", "f.py", "g.py", "h.py", "i.py"], report.ModuleMetrics.Single(m => m.Path == "user.py").Imports);
    }

    [Fact]
    public async Task AnImportCycle_OfThreeModules_IsAnError_ListingItsMembers()
    {
        Dir.Write("src/x.py", "import y\n");
        Dir.Write("src/y.py", "import z\n");
        Dir.Write("src/z.py", "\n\nimport x\n");

        var report = Report(await AssessAsync(Dir.Combine("src")));

        var cycle = Assert.Single(report.Findings, f => f.Category == "tight_coupling");
        Assert.Equal((Severity.Error, "x.py", "y.py,z.py"), (cycle.Severity, cycle.ModulePath, string.Join(",", cycle.RelatedModules)));
        Assert.Equal("A001", report.Findings[0].Id);
    }

    [Fact]
    public async Task NoModules_SaysSo()
    {
        Dir.Write("empty/readme.md", "nothing\n");

        var report = Report(await AssessAsync(Dir.Combine("empty")));

        Assert.Equal("No Python modules found.", report.Summary);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public async Task AMissingDirectory_OrAnUnknownLanguage_IsADiagnostic()
    {
        var missing = await AssessAsync(Dir.Combine("nowhere"));
        Assert.Equal((Outcome.NotFound, "assess.directory"), (missing.Outcome, missing.Diagnostics.Single().Rule));

        var rust = await _engine.Get<AssessService>().AssessAsync(AssessFixtures.FiveCategories(Dir), [], "rust", null, Ct);
        Assert.Equal((Outcome.Invalid, "assess.language"), (rust.Outcome, rust.Diagnostics.Single().Rule));
        Assert.Contains("python", rust.Diagnostics.Single().Fix!, StringComparison.Ordinal);
    }
}
