using System.Text.Json;

namespace Pact.Cli.Tests;

/// <summary>The plugin's PreToolUse hook, fed the JSON Claude Code sends: it denies what would let an agent cheat and allows the rest.</summary>
public sealed class HookTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public HookTests()
    {
        Project = _dir.Combine("app");
        Audit = _dir.Combine("app-audit");
        Directory.CreateDirectory(Audit);
    }

    public void Dispose() => _dir.Dispose();

    private string Project { get; }

    private string Audit { get; }

    private async Task InitAsync()
    {
        using var quiet = new StringWriter();
        Assert.Equal(0, await PactCli.RunAsync(["init", Project], quiet, quiet, cancellationToken: TestContext.Current.CancellationToken));
        File.AppendAllText(Path.Combine(Project, "pact.yaml"), $"audit_dir: {Audit}\n");
    }

    private async Task<string> HookAsync(string tool, object input)
    {
        var call = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["session_id"] = "s1",
            ["hook_event_name"] = "PreToolUse",
            ["cwd"] = Project,
            ["tool_name"] = tool,
            ["tool_input"] = input,
        }, HookTestJson.Default.DictionaryStringObject);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await PactCli.RunAsync(["hook", "pre-tool-use"], output, error, cancellationToken: TestContext.Current.CancellationToken, input: new StringReader(call));
        Assert.True(code == 0, error.ToString());
        return output.ToString();
    }

    private static void AssertDenied(string output, string mentions)
    {
        using var json = JsonDocument.Parse(output);
        var decision = json.RootElement.GetProperty("hookSpecificOutput");
        Assert.Equal("PreToolUse", decision.GetProperty("hookEventName").GetString());
        Assert.Equal("deny", decision.GetProperty("permissionDecision").GetString());
        Assert.Contains(mentions, decision.GetProperty("permissionDecisionReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadingAnAuditFile_IsDenied_WithWhatToDoInstead()
    {
        await InitAsync();

        AssertDenied(await HookAsync("Read", new Dictionary<string, string> { ["file_path"] = Path.Combine(Audit, "masters", "calc", "hidden.json") }), "pact_polish");
        AssertDenied(await HookAsync("Grep", new Dictionary<string, string> { ["pattern"] = "assert", ["path"] = Audit }), "audit directory");
    }

    [Fact]
    public async Task BashCatOrGrepOfTheAuditDirectory_IsDenied()
    {
        await InitAsync();

        AssertDenied(await HookAsync("Bash", new Dictionary<string, string> { ["command"] = $"cat {Audit}/masters/calc/hidden.json" }), "audit directory");
        AssertDenied(await HookAsync("Bash", new Dictionary<string, string> { ["command"] = $"grep -r expected {Audit}" }), "audit directory");
    }

    [Fact]
    public async Task EditingALockedView_IsDenied()
    {
        await InitAsync();

        AssertDenied(await HookAsync("Edit", new Dictionary<string, string> { ["file_path"] = Path.Combine(Project, "tests", "calc", "contract_test.py"), ["old_string"] = "== 5", ["new_string"] = "== 6" }), "src/");
        AssertDenied(await HookAsync("Write", new Dictionary<string, string> { ["file_path"] = "tests/calc/contract_test.py", ["content"] = "" }), "locked views");
        AssertDenied(await HookAsync("Bash", new Dictionary<string, string> { ["command"] = "sed -i 's/== 5/== 6/' tests/calc/contract_test.py" }), "pact sync");
    }

    [Fact]
    public async Task OrdinaryReadsAndEdits_AreAllowed()
    {
        await InitAsync();

        Assert.Empty(await HookAsync("Read", new Dictionary<string, string> { ["file_path"] = Path.Combine(Project, "tests", "calc", "contract_test.py") }));
        Assert.Empty(await HookAsync("Read", new Dictionary<string, string> { ["file_path"] = Path.Combine(Project, "src", "calc", "calc.py") }));
        Assert.Empty(await HookAsync("Edit", new Dictionary<string, string> { ["file_path"] = Path.Combine(Project, "src", "calc", "calc.py"), ["old_string"] = "a", ["new_string"] = "b" }));
        Assert.Empty(await HookAsync("Bash", new Dictionary<string, string> { ["command"] = "python3 -m pytest tests/calc" }));
        Assert.Empty(await HookAsync("Bash", new Dictionary<string, string> { ["command"] = "cat src/calc/calc.py > /tmp/copy.py" }));
    }
}
