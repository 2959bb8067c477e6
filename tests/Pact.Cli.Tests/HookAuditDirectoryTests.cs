using System.Text.Json;

namespace Pact.Cli.Tests;

/// <summary>
/// Where the hook learns the audit directory besides pact.yaml (which the implementer can edit): the user's Pact
/// config, written by <c>pact audit-init</c>, and <c>PACT_AUDIT_DIR</c>. The real CLI process, so the environment is its own.
/// </summary>
public sealed class HookAuditDirectoryTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public HookAuditDirectoryTests()
    {
        Project = _dir.Combine("app");
        Audit = _dir.Combine("app-audit");
        Home = _dir.Combine("pact-home");
    }

    public void Dispose() => _dir.Dispose();

    private string Project { get; }

    private string Audit { get; }

    private string Home { get; }

    private async Task<string> HookAsync(string file, IReadOnlyDictionary<string, string?> environment, string? cwd = null)
    {
        var call = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["hook_event_name"] = "PreToolUse",
            ["cwd"] = cwd ?? Project,
            ["tool_name"] = "Read",
            ["tool_input"] = new Dictionary<string, string> { ["file_path"] = file },
        }, HookTestJson.Default.DictionaryStringObject);
        var run = await Cli.ProcessAsync(["hook", "pre-tool-use"], environment, call);
        Assert.True(run.ExitCode == 0, run.Err);
        return run.Out;
    }

    [Fact]
    public async Task OutsideAnyProject_TheKnownAuditDirectories_StayGuarded_AndTheRestIsAllowed()
    {
        var environment = new Dictionary<string, string?> { ["PACT_HOME"] = Home, ["PACT_AUDIT_DIR"] = null };
        Assert.Equal(0, (await Cli.ProcessAsync(["init", Project], environment)).ExitCode);
        Assert.Equal(0, (await Cli.ProcessAsync(["audit-init", Project, "--audit-dir", Audit], environment)).ExitCode);
        var elsewhere = _dir.Combine("elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "notes.md"), "other work\n");

        var denied = await HookAsync(Path.Combine(Audit, "masters", "calc", "hidden.json"), environment, elsewhere);
        Assert.Contains("\"deny\"", denied, StringComparison.Ordinal);
        Assert.Contains("audit directory", denied, StringComparison.Ordinal);
        Assert.Contains("\"deny\"", await HookAsync(Path.Combine(Home, "keys", "signing_key.pem"), environment, elsewhere), StringComparison.Ordinal);
        Assert.Empty(await HookAsync(Path.Combine(elsewhere, "notes.md"), environment, elsewhere));
    }

    [Fact]
    public async Task AuditInit_RecordsTheDirectoryInUserConfig_SoRemovingItFromPactYamlHidesNothing()
    {
        var environment = new Dictionary<string, string?> { ["PACT_HOME"] = Home, ["PACT_AUDIT_DIR"] = null };
        Assert.Equal(0, (await Cli.ProcessAsync(["init", Project], environment)).ExitCode);
        var init = await Cli.ProcessAsync(["audit-init", Project, "--audit-dir", Audit], environment);
        Assert.True(init.ExitCode == 0, init.Err);
        Assert.Contains(Audit, File.ReadAllLines(Path.Combine(Home, "audit-dirs")));

        // The cheat: take audit_dir out of pact.yaml (by any means the hook did not see), then read a master.
        var yaml = Path.Combine(Project, "pact.yaml");
        File.WriteAllLines(yaml, File.ReadAllLines(yaml).Where(l => !l.StartsWith("audit_dir:", StringComparison.Ordinal)));
        var denied = await HookAsync(Path.Combine(Audit, "masters", "calc", "hidden.json"), environment);

        Assert.Contains("\"deny\"", denied, StringComparison.Ordinal);
        Assert.Contains("audit directory", denied, StringComparison.Ordinal);
        Assert.Empty(await HookAsync(Path.Combine(Project, "task.md"), environment));
    }

    [Fact]
    public async Task PactAuditDir_IsGuarded_EvenWhenTheProjectNamesNone()
    {
        Assert.Equal(0, (await Cli.InProcessAsync("init", Project)).ExitCode);
        Directory.CreateDirectory(Audit);

        var denied = await HookAsync(Path.Combine(Audit, "keys", "signing_key.pem"), new Dictionary<string, string?> { ["PACT_HOME"] = Home, ["PACT_AUDIT_DIR"] = Audit });

        Assert.Contains("\"deny\"", denied, StringComparison.Ordinal);
        Assert.Contains("audit directory", denied, StringComparison.Ordinal);
    }
}
