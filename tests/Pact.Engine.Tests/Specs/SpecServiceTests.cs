using Pact.Engine.Projects;
using Pact.Engine.Specs;
using Pact.Projects;
using Pact.Readiness;

namespace Pact.Engine.Tests.Specs;

public sealed class SpecServiceTests : IDisposable
{
    private const string BookingSpec = """
        version: "1"
        task: |
          Build a tenant-scoped booking API.
        sops: |
          Use Python 3.12, pytest, and strict typing.
        readiness:
          security: strict
          privacy: standard
          compliance: basic
          notes: GDPR applies
        config:
          build_mode: hierarchy
          budget: 25
        """;

    private readonly EngineFixture _f = new();

    public void Dispose() => _f.Dispose();

    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task InitAsync() => Assert.True((await _f.Get<InitService>().InitAsync(_f.Project, null, null, Ct)).Ok);

    private string File(string name) => Path.Combine(_f.Project, name);

    [Fact]
    public async Task Apply_WritesExactlyTheSpecsTaskSopsReadinessAndConfig()
    {
        await InitAsync();
        var spec = _f.Dir.Write("booking.yaml", BookingSpec);

        var result = await _f.Get<SpecService>().ApplyAsync(_f.Project, spec, Ct);

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        Assert.Equal("Build a tenant-scoped booking API.\n", System.IO.File.ReadAllText(File("task.md")));
        Assert.Equal("Use Python 3.12, pytest, and strict typing.\n", System.IO.File.ReadAllText(File("sops.md")));
        var opened = await _f.Get<ProjectStore>().OpenAsync(_f.Project, Ct);
        var config = opened.Project!.Config;
        Assert.Equal(25, config.Budget);
        Assert.Equal(Pact.Configuration.BuildMode.Hierarchy, config.BuildMode);
        Assert.Equal(ReadinessLevel.Strict, config.Readiness!.Security.Level);
        Assert.Equal(ReadinessLevel.Standard, config.Readiness.Privacy.Level);
        Assert.Equal(ReadinessLevel.Basic, config.Readiness.Compliance.Level);
        Assert.Equal(ReadinessLevel.Standard, config.Readiness.Gating.Level);
        Assert.Equal("GDPR applies", config.Readiness.Notes);
        Assert.Equal(["pact.yaml", "task.md", "sops.md", "build_spec.yaml"], result.Data!.Written);
    }

    [Fact]
    public async Task Apply_Twice_ChangesNothingTheSecondTime_ButStillLogsIt()
    {
        await InitAsync();
        var spec = _f.Dir.Write("booking.yaml", BookingSpec);
        await _f.Get<SpecService>().ApplyAsync(_f.Project, spec, Ct);

        var second = await _f.Get<SpecService>().ApplyAsync(_f.Project, spec, Ct);

        Assert.Empty(second.Data!.Written);
        Assert.Equal(3, System.IO.File.ReadAllLines(File(".pact/audit.jsonl")).Length);
    }

    [Fact]
    public async Task Show_ResolvesReadinessLevelsToControls()
    {
        var spec = _f.Dir.Write("booking.yaml", BookingSpec);

        var result = await _f.Get<SpecService>().ShowAsync(spec, Ct);

        Assert.True(result.Ok);
        var security = result.Data!.Readiness.Dimensions.Single(d => d.Dimension == ReadinessDimension.Security);
        Assert.Equal(ReadinessLevel.Strict, security.Level);
        Assert.Contains(security.BaselineControls, c => c.Id == "SEC-05");
        var monitoring = result.Data.Readiness.Dimensions.Single(d => d.Dimension == ReadinessDimension.Monitoring);
        Assert.Equal(ReadinessLevel.Basic, monitoring.Level);
        Assert.Equal("1", result.Data.Version);
        Assert.Equal(25, result.Data.Config["budget"].GetInt32());
    }

    public static TheoryData<string, string, string, int?> BadSpecs => new()
    {
        { "invalid YAML", "task: [unclosed\n", "input.yaml_syntax", 2 },
        { "schema violation", "task: 42\n", "schema.type", 1 },
        { "unknown readiness level", "readiness:\n  security: paranoid\n", "schema.enum", 2 },
        { "unknown readiness level (long form)", "readiness:\n  privacy:\n    level: total\n", "schema.enum", 3 },
        { "unknown config key", "config:\n  budgt: 5\n", "schema.unknown_key", 2 },
        { "unknown top-level key", "version: '1'\ntaks: x\n", "schema.unknown_key", 2 },
        { "invalid JSON", "{\"task\": \"x\",}", "input.json_syntax", 1 },
    };

    [Theory]
    [MemberData(nameof(BadSpecs))]
    public async Task Apply_WithABadSpec_NamesTheProblem_AndChangesNothing(string why, string content, string rule, int? line)
    {
        await InitAsync();
        var before = TreeSnapshot.Of(_f.Project);
        var spec = _f.Dir.Write(content.StartsWith('{') ? "bad.json" : "bad.yaml", content);

        var result = await _f.Get<SpecService>().ApplyAsync(_f.Project, spec, Ct);

        Assert.Equal(Outcome.Invalid, result.Outcome);
        var error = Assert.Single(result.Diagnostics);
        Assert.True(rule == error.Rule, $"{why}: {error}");
        Assert.Equal(line, error.Line);
        Assert.NotNull(error.Fix);
        TreeSnapshot.AssertUnchanged(before, _f.Project);
    }

    [Fact]
    public async Task Apply_ToADirectoryThatIsNotAProject_IsNotFound()
    {
        Directory.CreateDirectory(_f.Project);
        var spec = _f.Dir.Write("booking.yaml", BookingSpec);

        var result = await _f.Get<SpecService>().ApplyAsync(_f.Project, spec, Ct);

        Assert.Equal(Outcome.NotFound, result.Outcome);
        Assert.Equal("project.not_initialized", Assert.Single(result.Diagnostics).Rule);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_f.Project));
    }

    [Fact]
    public async Task Apply_ToAProjectWithAnUnknownKeyInPactYaml_IsRefused_WithTheLine()
    {
        await InitAsync();
        System.IO.File.AppendAllText(File("pact.yaml"), "colour: blue\n");
        var before = TreeSnapshot.Of(_f.Project);
        var spec = _f.Dir.Write("booking.yaml", BookingSpec);

        var result = await _f.Get<SpecService>().ApplyAsync(_f.Project, spec, Ct);

        Assert.Equal(Outcome.Invalid, result.Outcome);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("schema.unknown_key", error.Rule);
        Assert.Equal("pact.yaml", error.File);
        Assert.Equal("/colour", error.Pointer);
        Assert.Equal(System.IO.File.ReadAllLines(File("pact.yaml")).Length, error.Line);
        TreeSnapshot.AssertUnchanged(before, _f.Project);
    }

    [Fact]
    public async Task Apply_AConfigThatBreaksPactYaml_IsRefused_BeforeWriting()
    {
        await InitAsync();
        var before = TreeSnapshot.Of(_f.Project);
        var spec = _f.Dir.Write("bad.yaml", "task: new task\nconfig:\n  test_timeout_seconds: 0\n");

        var result = await _f.Get<SpecService>().ApplyAsync(_f.Project, spec, Ct);

        Assert.Equal(Outcome.Invalid, result.Outcome);
        Assert.Equal("/config/test_timeout_seconds", Assert.Single(result.Diagnostics).Pointer);
        TreeSnapshot.AssertUnchanged(before, _f.Project);
    }
}
