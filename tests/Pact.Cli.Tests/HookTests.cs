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
        Directory.CreateDirectory(Path.Combine(Audit, "masters", "calc"));
        File.WriteAllText(Path.Combine(Audit, "masters", "calc", "hidden.json"), "{}");
    }

    public void Dispose() => _dir.Dispose();

    private string Project { get; }

    private string Audit { get; }

    private string Hidden => Path.Combine(Audit, "masters", "calc", "hidden.json");

    private async Task InitAsync(bool withAuditDir = true)
    {
        using var quiet = new StringWriter();
        Assert.Equal(0, await PactCli.RunAsync(["init", Project], quiet, quiet, cancellationToken: TestContext.Current.CancellationToken));
        if (withAuditDir)
        {
            File.AppendAllText(Path.Combine(Project, "pact.yaml"), $"audit_dir: {Audit}\n");
        }
    }

    private static string Call(string tool, object input, string cwd) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["session_id"] = "s1",
        ["hook_event_name"] = "PreToolUse",
        ["cwd"] = cwd,
        ["tool_name"] = tool,
        ["tool_input"] = input,
    }, HookTestJson.Default.DictionaryStringObject);

    private async Task<string> HookAsync(string tool, object input, string? cwd = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await PactCli.RunAsync(["hook", "pre-tool-use"], output, error, cancellationToken: TestContext.Current.CancellationToken, input: new StringReader(Call(tool, input, cwd ?? Project)));
        Assert.True(code == 0, error.ToString());
        return output.ToString();
    }

    private Task<string> BashAsync(string command, string? cwd = null) => HookAsync("Bash", new Dictionary<string, string> { ["command"] = command }, cwd);

    private static void AssertDenied(string output, string mentions)
    {
        Assert.False(string.IsNullOrEmpty(output), $"allowed; expected a deny mentioning '{mentions}'");
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

        AssertDenied(await HookAsync("Read", new Dictionary<string, string> { ["file_path"] = Hidden }), "pact_polish");
        AssertDenied(await HookAsync("Grep", new Dictionary<string, string> { ["pattern"] = "assert", ["path"] = Audit }), "audit directory");
    }

    [Fact]
    public async Task BashCatOrGrepOfTheAuditDirectory_IsDenied()
    {
        await InitAsync();

        AssertDenied(await BashAsync($"cat {Hidden}"), "audit directory");
        AssertDenied(await BashAsync($"grep -r expected {Audit}"), "audit directory");
    }

    [Fact]
    public async Task RelativePathsDotDotAndFind_IntoTheAuditDirectory_AreDenied()
    {
        await InitAsync();

        AssertDenied(await BashAsync("cat ../app-audit/masters/calc/hidden.json"), "audit directory");
        AssertDenied(await BashAsync("cd src && cat ../../app-audit/masters/calc/hidden.json"), "audit directory");
        AssertDenied(await BashAsync("find .. -name hidden.json"), "audit directory");
        AssertDenied(await BashAsync("cat \"../app-\"'audit'/masters/calc/hidden.json"), "audit directory");
        AssertDenied(await BashAsync("bash -c 'cat ../app-audit/masters/calc/hidden.json'"), "audit directory");
        AssertDenied(await HookAsync("Read", new Dictionary<string, string> { ["file_path"] = "../app-audit/masters/calc/hidden.json" }), "audit directory");
    }

    [Fact]
    public async Task DoubleSlashesAndDotSegments_AreNormalizedBeforeTheCheck()
    {
        await InitAsync();

        AssertDenied(await BashAsync($"cat {_dir.Path}//app-audit//masters/calc/hidden.json"), "audit directory");
        AssertDenied(await BashAsync($"cat {_dir.Path}/./app-audit/./masters/calc/hidden.json"), "audit directory");
        AssertDenied(await HookAsync("Read", new Dictionary<string, string> { ["file_path"] = $"{Project}/../app-audit/./masters//calc/hidden.json" }), "audit directory");
    }

    [Fact]
    public async Task Globs_AreExpandedAgainstTheFilesystem()
    {
        await InitAsync();

        AssertDenied(await BashAsync($"cat {_dir.Path}/*-audit/*/*/*"), "audit directory");
        AssertDenied(await BashAsync("cat ../app-a?dit/masters/*/hidden.*"), "audit directory");
        AssertDenied(await HookAsync("Glob", new Dictionary<string, string> { ["pattern"] = $"{_dir.Path}/*-audit/**/*.json" }), "audit directory");
    }

    [Fact]
    public async Task SearchRoots_ThatContainTheAuditDirectory_AreDenied()
    {
        await InitAsync();

        AssertDenied(await HookAsync("Grep", new Dictionary<string, string> { ["pattern"] = "expected", ["path"] = _dir.Path }), "contains the audit directory");
        AssertDenied(await HookAsync("Grep", new Dictionary<string, string> { ["pattern"] = "expected", ["path"] = ".." }), "contains the audit directory");
        AssertDenied(await HookAsync("Glob", new Dictionary<string, string> { ["pattern"] = "**/hidden.json", ["path"] = _dir.Path }), "contains the audit directory");
        AssertDenied(await HookAsync("Glob", new Dictionary<string, string> { ["pattern"] = "../**/hidden.json" }), "contains the audit directory");
        AssertDenied(await HookAsync("LS", new Dictionary<string, string> { ["path"] = "/" }), "contains the audit directory");
    }

    [Fact]
    public async Task ASymlinkIntoTheAuditDirectory_MadeBeforehand_IsResolved()
    {
        await InitAsync();
        File.CreateSymbolicLink(Path.Combine(Project, "notes"), Audit);
        File.CreateSymbolicLink(Path.Combine(Project, "src", "fixture.json"), Hidden);

        AssertDenied(await HookAsync("Read", new Dictionary<string, string> { ["file_path"] = Path.Combine(Project, "notes", "masters", "calc", "hidden.json") }), "audit directory");
        AssertDenied(await HookAsync("Read", new Dictionary<string, string> { ["file_path"] = "src/fixture.json" }), "audit directory");
        AssertDenied(await BashAsync("cat notes/masters/calc/hidden.json"), "audit directory");
        AssertDenied(await BashAsync("python3 -c 'print(open(\"src/fixture.json\").read())'"), "audit directory");
    }

    [Fact]
    public async Task EditingALockedView_IsDenied()
    {
        await InitAsync();

        AssertDenied(await HookAsync("Edit", new Dictionary<string, string> { ["file_path"] = Path.Combine(Project, "tests", "calc", "contract_test.py"), ["old_string"] = "== 5", ["new_string"] = "== 6" }), "src/");
        AssertDenied(await HookAsync("Write", new Dictionary<string, string> { ["file_path"] = "tests/calc/contract_test.py", ["content"] = "" }), "locked views");
        AssertDenied(await BashAsync("sed -i 's/== 5/== 6/' tests/calc/contract_test.py"), "pact sync");
        AssertDenied(await BashAsync("cp /tmp/mine.py ./tests//calc/contract_test.py"), "tests/");
        AssertDenied(await BashAsync("echo 'assert True' >>tests/calc/contract_test.py"), "tests/");
    }

    [Fact]
    public async Task WritingPactYamlOrPactState_IsDenied_ByToolsAndByShellRedirections()
    {
        await InitAsync();

        AssertDenied(await HookAsync("Edit", new Dictionary<string, string> { ["file_path"] = Path.Combine(Project, "pact.yaml"), ["old_string"] = "audit_dir", ["new_string"] = "x" }), "pact.yaml");
        AssertDenied(await HookAsync("Write", new Dictionary<string, string> { ["file_path"] = ".pact/audit.jsonl", ["content"] = "" }), ".pact/");
        AssertDenied(await HookAsync("Write", new Dictionary<string, string> { ["file_path"] = ".claude/settings.json", ["content"] = "{}" }), ".claude/");
        AssertDenied(await BashAsync("echo 'audit_dir: /tmp/empty' > pact.yaml"), "pact.yaml");
        AssertDenied(await BashAsync("printf '' >.pact/audit.jsonl"), ".pact/");
        AssertDenied(await BashAsync("rm -rf .pact"), ".pact/");
        AssertDenied(await BashAsync("cd src; mv ../pact.yaml /tmp/"), "pact.yaml");
    }

    [Theory]
    [InlineData("pact goodhart . calc /tmp/easy.json")]
    [InlineData("pact unfreeze . calc")]
    [InlineData("pact adjudicate . calc --finding f1 --verdict allowed")]
    [InlineData("pact authority .")]
    [InlineData("pact audit-init . --audit-dir /tmp/mine")]
    [InlineData("cd src && ~/.dotnet/tools/pact goodhart .. calc /tmp/easy.json")]
    [InlineData("PACT_ROLE=solo pact --json unfreeze . calc")]
    [InlineData("dotnet /opt/pact/pact.dll goodhart . calc x.json")]
    [InlineData("pact mcp --role solo < /tmp/calls.jsonl")]
    [InlineData("pact review adjudicate . advocate-1 F1 --decision accepted_risk --reason ok")]
    [InlineData("pact review --role solo adjudicate . advocate-1 F1 --decision fixed --reason done")]
    public async Task BashRunningAnAuditSidePactCommand_IsDenied(string command)
    {
        await InitAsync();

        AssertDenied(await BashAsync(command), "pact-auditor");
    }

    [Fact]
    public async Task AMalformedOrUnknownKeyPactYaml_Denies_NamingTheProblem()
    {
        await InitAsync(withAuditDir: false);
        var yaml = Path.Combine(Project, "pact.yaml");
        File.AppendAllText(yaml, $"audit_dirr: {Audit}\n");

        AssertDenied(await HookAsync("Read", new Dictionary<string, string> { ["file_path"] = Path.Combine(Project, "src", "calc.py") }), "audit_dirr");

        File.WriteAllText(yaml, "language: [python\n");
        AssertDenied(await BashAsync("ls"), "pact.yaml");
    }

    [Fact]
    public async Task WithoutAnAuditDirectory_TheMastersUnderDotPact_AreGuardedLikeOne()
    {
        await InitAsync(withAuditDir: false);

        AssertDenied(await HookAsync("Read", new Dictionary<string, string> { ["file_path"] = Path.Combine(Project, ".pact", "judge", "calc", "hidden.json") }), "hidden tests");
        AssertDenied(await BashAsync("cat .pact/judge/calc/*"), "hidden tests");
    }

    [Fact]
    public async Task OrdinaryReadsEditsAndCommands_AreAllowed()
    {
        await InitAsync();

        Assert.Empty(await HookAsync("Read", new Dictionary<string, string> { ["file_path"] = Path.Combine(Project, "tests", "calc", "contract_test.py") }));
        Assert.Empty(await HookAsync("Read", new Dictionary<string, string> { ["file_path"] = Path.Combine(Project, "src", "calc", "calc.py") }));
        Assert.Empty(await HookAsync("Read", new Dictionary<string, string> { ["file_path"] = Path.Combine(Project, "pact.yaml") }));
        Assert.Empty(await HookAsync("Edit", new Dictionary<string, string> { ["file_path"] = Path.Combine(Project, "src", "calc", "calc.py"), ["old_string"] = "a", ["new_string"] = "b" }));
        Assert.Empty(await HookAsync("Grep", new Dictionary<string, string> { ["pattern"] = "def ", ["path"] = Project }));
        Assert.Empty(await HookAsync("Glob", new Dictionary<string, string> { ["pattern"] = "**/*.py" }));
        Assert.Empty(await BashAsync("python3 -m pytest tests/calc"));
        Assert.Empty(await BashAsync("cat src/calc/calc.py > /tmp/copy.py"));
        Assert.Empty(await BashAsync("cat tests/calc/contract_test.py | grep -n assert"));
        Assert.Empty(await BashAsync("ls src/*.py && git status"));
        Assert.Empty(await BashAsync("pact test . && pact polish . && pact status ."));
        Assert.Empty(await BashAsync("pact mcp --role code"));
        Assert.Empty(await BashAsync("pact review submit . --file review.json"));
    }
}
