using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pact.Cli.Tests;

/// <summary>The submission verbs and <c>pact validate</c> from the command line: exit codes, --json envelopes, nothing written on refusal.</summary>
public sealed class GateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Project => _dir.Combine("p");

    private static JsonNode Valid() => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Gates", "valid-project.json")))!;

    private string Write(string name, JsonNode node) => _dir.Write(name, node.ToJsonString());

    private async Task<Cli.Run> SubmitValidAsync()
    {
        Assert.Equal(0, (await Cli.InProcessAsync("init", Project)).ExitCode);
        var valid = Valid();
        Assert.Equal(0, (await Cli.InProcessAsync("interview", Project, "--file", _dir.Write("interview.json", FixtureInterview.Json))).ExitCode);
        Assert.Equal(0, (await Cli.InProcessAsync("decompose", Project, "--file", Write("tree.json", valid["tree"]!))).ExitCode);
        Assert.Equal(0, (await Cli.InProcessAsync("contract", Project, "pricing", "--file", Write("pricing.json", valid["contracts"]!["pricing"]!))).ExitCode);
        return await Cli.InProcessAsync("contract", Project, "availability", "--file", Write("availability.json", valid["contracts"]!["availability"]!), "--json");
    }

    [Fact]
    public async Task Submissions_ThenValidate_Succeed()
    {
        var contract = await SubmitValidAsync();

        Assert.Equal(0, contract.ExitCode);
        using var json = JsonDocument.Parse(contract.Out);
        Assert.Equal("contract", json.RootElement.GetProperty("command").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("data").GetProperty("version").GetInt32());
        var validate = await Cli.InProcessAsync("validate", Project);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("Valid:", validate.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WithAnError_ExitsOne_AndJsonListsRulePointerAndFix()
    {
        await SubmitValidAsync();
        var contract = Path.Combine(Project, "contracts", "pricing", "interface.json");
        File.WriteAllText(contract, File.ReadAllText(contract).Replace("\"output_type\": \"Quote\"", "\"output_type\": \"Receipt\"", StringComparison.Ordinal));

        var validate = await Cli.InProcessAsync("validate", Project, "--json");

        Assert.Equal(1, validate.ExitCode);
        using var json = JsonDocument.Parse(validate.Out);
        Assert.Equal("invalid", json.RootElement.GetProperty("outcome").GetString());
        Assert.False(json.RootElement.GetProperty("data").GetProperty("valid").GetBoolean());
        var error = json.RootElement.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("severity").GetString() == "error");
        Assert.Equal("contract.type_ref.unresolved", error.GetProperty("rule").GetString());
        Assert.Equal("contracts/pricing/interface.json", error.GetProperty("file").GetString());
        Assert.Equal("/functions/0/output_type", error.GetProperty("pointer").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("fix").GetString()));
    }

    [Fact]
    public async Task ARefusedSubmission_ExitsOne_PrintsTheRule_AndWritesNothing()
    {
        await SubmitValidAsync();
        var before = TreeSnapshot.Of(Project);
        var broken = Valid()["contracts"]!["pricing"]!;
        broken["data_access"]!["rationale"] = "Reads the rate card for internal use in every quote.";

        var run = await Cli.InProcessAsync("contract", Project, "pricing", "--file", Write("broken.json", broken));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("[contract.data_access.rationale.vague] at /data_access/rationale", run.Err, StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(before, Project);
    }

    [Fact]
    public async Task Handoff_PrintsTheBrief_AndJsonCarriesTokenEstimateAndValidity()
    {
        await SubmitValidAsync();
        var suite = await Cli.InProcessAsync("tests", Project, "pricing", "--file", Write("pricing-suite.json", Valid()["suites"]!["pricing"]!));
        Assert.True(suite.ExitCode == 0, suite.Err);

        var human = await Cli.InProcessAsync("handoff", Project, "pricing");
        var json = await Cli.InProcessAsync("handoff", Project, "pricing", "--validate", "--max-tokens", "5000", "--json");

        Assert.Equal(0, human.ExitCode);
        Assert.StartsWith("You are starting fresh on this task.", human.Out, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Out);
        var data = document.RootElement.GetProperty("data");
        Assert.True(data.GetProperty("valid").GetBoolean());
        Assert.True(data.GetProperty("token_estimate").GetInt32() > 100);
        Assert.Equal(3, (await Cli.InProcessAsync("handoff", Project, "booking")).ExitCode);
    }

    [Fact]
    public async Task TheMechanicalReports_RunFromTheCommandLine_WithJsonEnvelopes()
    {
        await SubmitValidAsync();

        foreach (var (args, command) in new[]
        {
            (new[] { "sentinel", "list-keys", Project, "--json" }, "sentinel list-keys"),
            (["analyze", Project, "--json"], "analyze"),
            (["checklist", Project, "--json"], "checklist"),
            (["tasks", Project, "--phase", "setup", "--json"], "tasks"),
            (["tasks", Project, "--complete", "T001", "--json"], "tasks"),
            (["export-tasks", Project, "--json"], "tasks"),
        })
        {
            var run = await Cli.InProcessAsync(args);
            Assert.True(run.ExitCode == 0, string.Join(" ", args) + "\n" + run.Err);
            using var json = JsonDocument.Parse(run.Out);
            Assert.Equal(command, json.RootElement.GetProperty("command").GetString());
        }
        var markdown = await Cli.InProcessAsync("export-tasks", Project);
        Assert.Contains("- [x] T001 Initialize project directory structure", markdown.Out, StringComparison.Ordinal);
        Assert.Equal(1, (await Cli.InProcessAsync("tasks", Project, "--phase", "coding")).ExitCode);
    }

    [Fact]
    public async Task Submit_WithoutFile_IsUsage_AndAMissingFile_IsNotFound()
    {
        Assert.Equal(0, (await Cli.InProcessAsync("init", Project)).ExitCode);

        Assert.Equal(2, (await Cli.InProcessAsync("decompose", Project)).ExitCode);
        Assert.Equal(3, (await Cli.InProcessAsync("interview", Project, "--file", _dir.Combine("none.yaml"))).ExitCode);
    }
}
