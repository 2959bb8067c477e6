using System.Text.Json;
using Pact.Engine.Projects;
using Pact.Projects;

namespace Pact.Engine.Tests.Projects;

/// <summary>
/// <c>pact init</c> turns on Claude Code's OS sandbox for the project (what the hook cannot read in a shell string,
/// the sandbox still stops), merged into settings a person already has, and refuses a file it cannot merge.
/// </summary>
public sealed class ClaudeSettingsTests : IDisposable
{
    private readonly EngineFixture _f = new();

    public void Dispose() => _f.Dispose();

    private string SettingsPath => Path.Combine(_f.Project, ".claude", "settings.json");

    private Task<CommandResult<InitReport>> InitAsync(string? spec = null) =>
        _f.Get<InitService>().InitAsync(_f.Project, spec, null, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Init_EnablesAndRequiresTheSandbox_AndSetsTheCodeRole()
    {
        Assert.True((await InitAsync()).Ok);

        using var json = JsonDocument.Parse(File.ReadAllText(SettingsPath));
        var sandbox = json.RootElement.GetProperty("sandbox");
        Assert.True(sandbox.GetProperty("enabled").GetBoolean());
        Assert.True(sandbox.GetProperty("failIfUnavailable").GetBoolean());
        Assert.False(sandbox.GetProperty("allowUnsandboxedCommands").GetBoolean());
        Assert.Equal("code", json.RootElement.GetProperty("env").GetProperty("PACT_ROLE").GetString());
    }

    [Fact]
    public async Task Init_WithAKnownAuditDirectory_DeniesReadingIt()
    {
        var audit = _f.Dir.Combine("audit");
        var spec = _f.Dir.Write("spec.yaml", $"config:\n  audit_dir: {audit}\n");

        Assert.True((await InitAsync(spec)).Ok);

        using var json = JsonDocument.Parse(File.ReadAllText(SettingsPath));
        Assert.Equal([audit], json.RootElement.GetProperty("sandbox").GetProperty("filesystem").GetProperty("denyRead").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Init_KeepsEveryKeyThePersonSet()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SettingsPath)!);
        File.WriteAllText(SettingsPath, """
            {
              // mine
              "model": "opus",
              "env": { "MY_VAR": "1" },
              "sandbox": { "excludedCommands": ["docker"], "filesystem": { "denyRead": ["/secrets"] } },
              "permissions": { "allow": ["Bash(make:*)"] }
            }
            """);

        Assert.True((await InitAsync()).Ok);

        using var json = JsonDocument.Parse(File.ReadAllText(SettingsPath));
        var root = json.RootElement;
        Assert.Equal("opus", root.GetProperty("model").GetString());
        Assert.Equal("1", root.GetProperty("env").GetProperty("MY_VAR").GetString());
        Assert.Equal("code", root.GetProperty("env").GetProperty("PACT_ROLE").GetString());
        Assert.Equal("docker", root.GetProperty("sandbox").GetProperty("excludedCommands")[0].GetString());
        Assert.Equal("/secrets", root.GetProperty("sandbox").GetProperty("filesystem").GetProperty("denyRead")[0].GetString());
        Assert.True(root.GetProperty("sandbox").GetProperty("enabled").GetBoolean());
        Assert.Equal("Bash(make:*)", root.GetProperty("permissions").GetProperty("allow")[0].GetString());
    }

    [Fact]
    public async Task Init_WithMalformedSettings_IsRefused_AndWritesNothing()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SettingsPath)!);
        File.WriteAllText(SettingsPath, "{ \"model\": ");
        var before = TreeSnapshot.Of(_f.Project);

        var result = await InitAsync();

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal("init.claude_settings_invalid", problem.Rule);
        Assert.Equal(".claude/settings.json", problem.File);
        Assert.Contains("fix or remove", problem.Fix, StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(before, _f.Project);
    }

    [Fact]
    public async Task AuditInit_AddsTheAuditDirectoryToDenyRead_AndRecordsItForTheHook()
    {
        Assert.True((await InitAsync()).Ok);
        var audit = _f.Dir.Combine("audit");
        var environment = new Dictionary<string, string?> { ["PACT_HOME"] = _f.Dir.Combine("pact-home") };

        await AuditDirectoryRecorder.RecordAsync(_f.Project, audit, environment, TestContext.Current.CancellationToken);
        await AuditDirectoryRecorder.RecordAsync(_f.Project, audit, environment, TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(File.ReadAllText(SettingsPath));
        Assert.Equal([audit], json.RootElement.GetProperty("sandbox").GetProperty("filesystem").GetProperty("denyRead").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([audit], AuditDirectoryRegistry.Read(environment));
    }
}
