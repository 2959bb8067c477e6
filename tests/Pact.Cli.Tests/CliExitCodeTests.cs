using System.Text.Json;

namespace Pact.Cli.Tests;

/// <summary>Each bad input: the documented exit code, a message naming file, line or pointer and the fix, and no file changed.</summary>
public sealed class CliExitCodeTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Project => _dir.Combine("p");

    private async Task InitAsync() => Assert.Equal(0, (await Cli.InProcessAsync("init", Project)).ExitCode);

    [Fact]
    public async Task Init_ThenStatus_Succeed_AndJsonIsTheVersionedEnvelope()
    {
        var init = await Cli.InProcessAsync("init", Project, "--language", "javascript", "--json");
        Assert.Equal(0, init.ExitCode);
        using var initJson = JsonDocument.Parse(init.Out);
        Assert.Equal(1, initJson.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("init", initJson.RootElement.GetProperty("command").GetString());
        Assert.Equal("ok", initJson.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("javascript", initJson.RootElement.GetProperty("data").GetProperty("language").GetString());

        var status = await Cli.InProcessAsync("status", Project, "--json");
        Assert.Equal(0, status.ExitCode);
        using var statusJson = JsonDocument.Parse(status.Out);
        Assert.Equal("interview", statusJson.RootElement.GetProperty("data").GetProperty("phase").GetString());
        Assert.Equal("pact_spec_apply", statusJson.RootElement.GetProperty("data").GetProperty("next").GetProperty("tool").GetString());
    }

    [Fact]
    public async Task BareStatus_InsideAProject_IsThatProjectsStatus_AndOutsideOneSaysSo()
    {
        await InitAsync();
        var inside = Directory.CreateDirectory(Path.Combine(Project, "src", "deep")).FullName;
        var outside = Directory.CreateDirectory(_dir.Combine("elsewhere")).FullName;

        var here = await InDirectoryAsync(inside, "status", "--json");
        Assert.True(here.ExitCode == 0, here.Err);
        Assert.Contains(Project, here.Out, StringComparison.Ordinal);

        var nowhere = await InDirectoryAsync(outside, "validate");
        Assert.Equal(ExitCodes.NotFound, nowhere.ExitCode);
        Assert.Contains("pact.yaml", nowhere.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AComponentIdWhereTheProjectGoes_GetsDidYouMean()
    {
        await InitAsync();
        Directory.CreateDirectory(Path.Combine(Project, "contracts", "converter"));

        var run = await InDirectoryAsync(Project, "test", "converter");

        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Contains("did you mean `pact test . converter`?", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BareTest_InsideAProject_RunsThatProject()
    {
        await InitAsync();

        // No suite is locked yet: the refusal names this project, found from the current directory.
        var run = await InDirectoryAsync(Path.Combine(Project, "src"), "test");

        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Contains("suite.none_locked", run.Err, StringComparison.Ordinal);
        Assert.Contains($"pact tests {Project} <cid>", run.Err, StringComparison.Ordinal);
    }

    private static async Task<Cli.Run> InDirectoryAsync(string directory, params string[] args)
    {
        var info = Cli.StartInfo(args);
        info.WorkingDirectory = directory;
        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new Cli.Run(process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task BarePact_PrintsTheHelp()
    {
        var bare = await Cli.InProcessAsync();
        Assert.Equal(ExitCodes.Ok, bare.ExitCode);
        Assert.Contains("contracts before code", bare.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("certify", bare.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "stauts", "." }, "did you mean `pact status`?")]
    [InlineData(new[] { "status", ".", "--jsn" }, "did you mean `pact status --json`?")]
    [InlineData(new[] { "authority", "moev" }, "did you mean `pact authority move`?")]
    public async Task AMistypedVerbOrOption_GetsTheClosestName(string[] args, string hint)
    {
        var run = await Cli.InProcessAsync(args);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(hint, run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWordFarFromEveryVerb_GetsNoGuess()
    {
        var run = await Cli.InProcessAsync("frobnicate");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.DoesNotContain("did you mean", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task McpServer_IsTheOriginalsNameForMcp()
    {
        var alias = await Cli.InProcessAsync("mcp-server", "--help");
        var mcp = await Cli.InProcessAsync("mcp", "--help");
        Assert.Equal(0, alias.ExitCode);
        Assert.Contains("--role", alias.Out, StringComparison.Ordinal);
        Assert.Equal(mcp.Out.Replace("mcp-server", "mcp", StringComparison.Ordinal), alias.Out.Replace("mcp-server", "mcp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HumanOutput_ShowsPhaseReadinessAndNextStep()
    {
        await InitAsync();

        var status = await Cli.InProcessAsync("status", Project);

        Assert.Equal(0, status.ExitCode);
        Assert.Contains("Phase     interview", status.Out, StringComparison.Ordinal);
        Assert.Contains("security standard (4 controls)", status.Out, StringComparison.Ordinal);
        Assert.Contains("Next      pact spec apply", status.Out, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> BadSpecs => new()
    {
        { "bad.yaml", "task: [unclosed\n", "input.yaml_syntax", "the last value read was at line 1" },
        { "bad.json", "{\"task\": 1,}", "input.json_syntax", "bad.json:1:" },
        { "bad.yaml", "task: 42\n", "schema.type", "at /task" },
        { "bad.yaml", "readiness:\n  security: paranoid\n", "schema.enum", "at /readiness/security" },
        { "bad.yaml", "config:\n  budgt: 3\n", "schema.unknown_key", "did you mean 'budget'?" },
    };

    [Theory]
    [MemberData(nameof(BadSpecs))]
    public async Task SpecApply_WithBadInput_Exits1_NamesTheProblem_AndChangesNothing(string name, string content, string rule, string where)
    {
        await InitAsync();
        var before = TreeSnapshot.Of(Project);
        var spec = _dir.Write(name, content);

        var run = await Cli.InProcessAsync("spec", "apply", Project, spec);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains($"[{rule}]", run.Err, StringComparison.Ordinal);
        Assert.Contains(where, run.Err, StringComparison.Ordinal);
        Assert.Contains("fix:", run.Err, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", run.Err, StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(before, Project);
    }

    [Fact]
    public async Task UnknownKeyInPactYaml_Exits1_WithFileLineAndPointer()
    {
        await InitAsync();
        File.AppendAllText(Path.Combine(Project, "pact.yaml"), "colour: blue\n");
        var before = TreeSnapshot.Of(Project);

        var run = await Cli.InProcessAsync("status", Project);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Matches(@"pact\.yaml:\d+: error \[schema\.unknown_key\] at /colour: unknown key 'colour'", run.Err);
        TreeSnapshot.AssertUnchanged(before, Project);
    }

    [Fact]
    public async Task NotAProject_Exits3_AndSaysHowToMakeOne()
    {
        Directory.CreateDirectory(Project);

        var run = await Cli.InProcessAsync("components", Project);

        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Contains("[project.not_initialized]", run.Err, StringComparison.Ordinal);
        Assert.Contains("pact init", run.Err, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Project));
    }

    [Fact]
    public async Task ProjectDirThatIsAFile_Exits1_AndTheFileIsUntouched()
    {
        File.WriteAllText(Project, "just a file");

        var init = await Cli.InProcessAsync("init", Project);
        var status = await Cli.InProcessAsync("status", Project);

        Assert.Equal(ExitCodes.Failed, init.ExitCode);
        Assert.Equal(ExitCodes.Failed, status.ExitCode);
        Assert.Contains("[project.not_a_directory]", init.Err, StringComparison.Ordinal);
        Assert.Equal("just a file", File.ReadAllText(Project));
    }

    [Fact]
    public async Task UsageErrors_Exit2()
    {
        Assert.Equal(ExitCodes.Usage, (await Cli.InProcessAsync("init")).ExitCode);
        Assert.Equal(ExitCodes.Usage, (await Cli.InProcessAsync("init", Project, "--language", "cobol")).ExitCode);
        Assert.Equal(ExitCodes.Usage, (await Cli.InProcessAsync("frobnicate")).ExitCode);
        Assert.False(Directory.Exists(Project));
    }

    [Fact]
    public async Task Schema_PrintsEachSchema_AndRefusesUnknownNames()
    {
        var list = await Cli.InProcessAsync("schema");
        Assert.Contains("contract", list.Out.Split('\n'));

        var contract = await Cli.InProcessAsync("schema", "contract");
        Assert.Equal(0, contract.ExitCode);
        using var schema = JsonDocument.Parse(contract.Out);
        Assert.Equal("https://pact.local/schemas/contract.json", schema.RootElement.GetProperty("$id").GetString());

        var unknown = await Cli.InProcessAsync("schema", "nope");
        Assert.Equal(ExitCodes.NotFound, unknown.ExitCode);
        Assert.Contains("use one of", unknown.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpecShow_PrintsTheNormalizedSpec_WithControls()
    {
        var spec = _dir.Write("spec.yaml", "task: x\nreadiness:\n  security: strict\n");

        var run = await Cli.InProcessAsync("spec", "show", spec, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var security = json.RootElement.GetProperty("data").GetProperty("readiness").GetProperty("dimensions").EnumerateArray()
            .Single(d => d.GetProperty("dimension").GetString() == "security");
        Assert.Equal(6, security.GetProperty("baseline_controls").GetArrayLength());
    }

    [Fact]
    public async Task Version_IsPrinted()
    {
        var run = await Cli.InProcessAsync("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("0.1.0", run.Out, StringComparison.Ordinal);
    }
}
