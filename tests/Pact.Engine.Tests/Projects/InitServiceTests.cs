using Pact.Documents;
using Pact.Engine.Projects;
using Pact.Projects;
using Pact.Readiness;
using Pact.Schemas;
using Pact.Serialization;
using Pact.Suites;

namespace Pact.Engine.Tests.Projects;

public sealed class InitServiceTests : IDisposable
{
    private readonly EngineFixture _f = new();

    public void Dispose() => _f.Dispose();

    private Task<CommandResult<InitReport>> Init(string? spec = null, TestLanguage? language = null) =>
        _f.Get<InitService>().InitAsync(_f.Project, spec, language, TestContext.Current.CancellationToken);

    [Fact]
    public async Task ALanguagePactDoesNotKnow_IsRefusedByName_InTheSpec_AndInAnEditedPactYaml()
    {
        var spec = _f.Dir.Write("spec.yaml", "version: \"1\"\nconfig:\n  language: cobol\n");

        var fromSpec = await Init(spec);

        Assert.False(fromSpec.Ok);
        var unknown = Assert.Single(fromSpec.Diagnostics);
        Assert.Equal("language.unknown", unknown.Rule);
        Assert.Contains("python, typescript, javascript, csharp", unknown.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_f.Project, "pact.yaml")));

        Assert.True((await Init()).Ok);
        var yaml = Path.Combine(_f.Project, "pact.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("language: python", "language: cobol", StringComparison.Ordinal));
        var status = await _f.Get<StatusService>().GetAsync(_f.Project, TestContext.Current.CancellationToken);

        Assert.Equal(("language.unknown", "pact.yaml"), (Assert.Single(status.Diagnostics).Rule, status.Diagnostics[0].File));
    }

    [Fact]
    public async Task Init_ScaffoldsTheLayout_WithAValidPactYamlAndReadinessProfile()
    {
        var result = await Init(language: TestLanguage.Csharp);

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        foreach (var file in new[] { "task.md", "sops.md", "pact.yaml", "build_spec.yaml", ".gitignore", "AGENTS.md", ".pact/state.json", ".pact/audit.jsonl" })
        {
            Assert.True(File.Exists(Path.Combine(_f.Project, file)), $"{file} missing");
        }

        foreach (var folder in new[] { "decomposition", "contracts", "src", "tests" })
        {
            Assert.True(Directory.Exists(Path.Combine(_f.Project, folder)), $"{folder}/ missing");
        }

        var config = ArtifactReader.Read(ArtifactKind.Config, File.ReadAllText(Path.Combine(_f.Project, "pact.yaml")), "pact.yaml", PactJson.Context.PactConfig);
        Assert.True(config.Ok, string.Join("\n", config.Diagnostics));
        Assert.Equal(TestLanguage.Csharp, config.Value!.Language);
        Assert.Equal(ReadinessLevel.Standard, config.Value.Readiness!.Security.Level);
        Assert.Contains(".pact/", File.ReadAllText(Path.Combine(_f.Project, ".gitignore")), StringComparison.Ordinal);
        Assert.Contains("dotnet test", File.ReadAllText(Path.Combine(_f.Project, "sops.md")), StringComparison.Ordinal);

        var spec = ArtifactReader.Read(ArtifactKind.BuildSpec, File.ReadAllText(Path.Combine(_f.Project, "build_spec.yaml")), "build_spec.yaml", PactJson.Context.BuildSpec);
        Assert.True(spec.Ok, string.Join("\n", spec.Diagnostics));
        Assert.Equal(ReadinessLevel.None, spec.Value!.Readiness!.Compliance!.Level);
    }

    [Fact]
    public async Task Init_LogsOneAuditEvent_NamingTheFilesItWrote()
    {
        await Init();

        var lines = File.ReadAllLines(Path.Combine(_f.Project, ".pact", "audit.jsonl"));
        var line = Assert.Single(lines);
        Assert.Contains("\"action\":\"init\"", line, StringComparison.Ordinal);
        Assert.Contains("\"actor\":\"test\"", line, StringComparison.Ordinal);
        Assert.Contains("2026-11-26T10:00:00", line, StringComparison.Ordinal);
        Assert.Contains("pact.yaml", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_WithSpec_TakesTaskSopsReadinessAndConfigFromIt()
    {
        var spec = _f.Dir.Write("spec.yaml", """
            version: 1
            task: |
              Build a tenant-scoped booking API.
            sops: |
              Use TypeScript.
            readiness:
              security: strict
            config:
              language: typescript
              budget: 25
            """);

        var result = await Init(spec);

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        Assert.Equal(TestLanguage.Typescript, result.Data!.Language);
        Assert.Equal("Build a tenant-scoped booking API.\n", File.ReadAllText(Path.Combine(_f.Project, "task.md")));
        var yaml = File.ReadAllText(Path.Combine(_f.Project, "pact.yaml"));
        Assert.Contains("budget: 25", yaml, StringComparison.Ordinal);
        Assert.Contains("level: strict", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_LanguageFlag_WinsOverTheSpec()
    {
        var spec = _f.Dir.Write("spec.yaml", "config:\n  language: typescript\n");

        var result = await Init(spec, TestLanguage.Javascript);

        Assert.Equal(TestLanguage.Javascript, result.Data!.Language);
        Assert.Contains("language: javascript", File.ReadAllText(Path.Combine(_f.Project, "pact.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_OnAnExistingProject_IsRefused_AndChangesNothing()
    {
        await Init();
        var before = TreeSnapshot.Of(_f.Project);

        var again = await Init();

        Assert.Equal(Outcome.Invalid, again.Outcome);
        Assert.Equal("project.already_initialized", Assert.Single(again.Diagnostics).Rule);
        TreeSnapshot.AssertUnchanged(before, _f.Project);
    }

    [Fact]
    public async Task Init_WhereAFileStands_IsRefused()
    {
        File.WriteAllText(_f.Project, "not a directory");

        var result = await Init();

        Assert.Equal(Outcome.Invalid, result.Outcome);
        Assert.Equal("project.not_a_directory", Assert.Single(result.Diagnostics).Rule);
        Assert.Equal("not a directory", File.ReadAllText(_f.Project));
    }

    [Fact]
    public async Task Init_WithAnInvalidSpec_WritesNothing()
    {
        var spec = _f.Dir.Write("spec.yaml", "readiness:\n  security: paranoid\n");

        var result = await Init(spec);

        Assert.Equal(Outcome.Invalid, result.Outcome);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("/readiness/security", error.Pointer);
        Assert.Equal(2, error.Line);
        Assert.False(Directory.Exists(_f.Project));
    }

    [Fact]
    public async Task Init_KeepsAnExistingTask_AndAppendsToAnExistingGitIgnore()
    {
        Directory.CreateDirectory(_f.Project);
        File.WriteAllText(Path.Combine(_f.Project, "task.md"), "my own task\n");
        File.WriteAllText(Path.Combine(_f.Project, ".gitignore"), "bin/\n");

        var result = await Init();

        Assert.True(result.Ok);
        Assert.Equal("my own task\n", File.ReadAllText(Path.Combine(_f.Project, "task.md")));
        Assert.Equal("bin/\n\n" + Templates.GitIgnore, File.ReadAllText(Path.Combine(_f.Project, ".gitignore")));
    }

    [Fact]
    public async Task Init_AddsItsSectionToAnExistingAgentsMd_Once()
    {
        Directory.CreateDirectory(_f.Project);
        File.WriteAllText(Path.Combine(_f.Project, "AGENTS.md"), "# House rules\n\nRun make lint.\n");

        Assert.True((await Init()).Ok);
        File.Delete(Path.Combine(_f.Project, "pact.yaml"));
        Assert.True((await Init()).Ok);

        var text = File.ReadAllText(Path.Combine(_f.Project, "AGENTS.md"));
        Assert.Equal("# House rules\n\nRun make lint.\n\n" + Templates.Agents, text);
        Assert.Contains("pact_status", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_WithASpecThatWouldOverwriteATask_IsRefused_AndChangesNothing()
    {
        Directory.CreateDirectory(_f.Project);
        File.WriteAllText(Path.Combine(_f.Project, "task.md"), "my own task\n");
        var before = TreeSnapshot.Of(_f.Project);
        var spec = _f.Dir.Write("spec.yaml", "task: other\n");

        var result = await Init(spec);

        Assert.Equal("init.would_overwrite", Assert.Single(result.Diagnostics).Rule);
        TreeSnapshot.AssertUnchanged(before, _f.Project);
    }
}
