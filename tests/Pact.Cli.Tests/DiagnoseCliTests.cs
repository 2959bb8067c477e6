using System.Text.Json.Nodes;

namespace Pact.Cli.Tests;

/// <summary>
/// Diagnose when the host drives: a component that fails its visible suite max_implementation_attempts runs in a row
/// is a diagnose work item in <c>pact status</c>; <c>pact diagnose</c> records the verdict, which routes it on (back to
/// the implementer, to the contract, to a person); and <c>pact run</c> takes such a work item up where the host left it.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DiagnoseCliTests : IDisposable
{
    private readonly LedgerRun _ledger = new();

    public void Dispose() => _ledger.Dispose();

    private string Project => _ledger.Project;

    private static JsonNode Next(Cli.Run status) => LedgerRun.Data(status)["next"]!;

    /// <summary>The plan, then the host's code: accounts and report right, money wrong, tested until the attempts are spent.</summary>
    private async Task<ScriptedPipelineAgent> FailingMoneyAsync()
    {
        var agent = await _ledger.PrepareAsync("max_implementation_attempts: 2\n");
        Assert.Equal("plan_complete", LedgerRun.Data(await LedgerRun.RunAsync(agent, Project, "--json"))["stop"]!.GetValue<string>());
        foreach (var id in new[] { "accounts", "report" })
        {
            CopyDirectory(Path.Combine(LedgerRun.Example, "src", id), Path.Combine(Project, "src", id));
        }

        CopyDirectory(Path.Combine(LedgerRun.Example, "src", "money"), Path.Combine(Project, "src", "money"));
        var money = Directory.EnumerateFiles(Path.Combine(Project, "src", "money"), "money.py", SearchOption.AllDirectories).Single();
        File.WriteAllText(money, "def to_cents(text):\n    return 0\n");
        for (var run = 1; run <= 2; run++)
        {
            Assert.Equal(1, (await Cli.InProcessAsync("test", Project, "money")).ExitCode);
        }

        return agent;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    [Fact]
    public async Task AComponentFailingRunAfterRun_IsADiagnoseWorkItem_AndEachVerdictRoutesItOn()
    {
        await FailingMoneyAsync();

        var status = await Cli.InProcessAsync("status", Project, "--json");
        Assert.Equal(("diagnose", "pact_diagnose", "money"), ((string)LedgerRun.Data(status)["phase"]!, (string)Next(status)["tool"]!, (string)Next(status)["component_id"]!));
        Assert.Contains("failed its visible suite 2 runs in a row", (string)Next(status)["reason"]!, StringComparison.Ordinal);

        var refused = await Cli.InProcessAsync("diagnose", Project, "money", "--verdict", "contract", "--explanation", " ", "--guidance", "x", "--json");
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal("/explanation", (string)JsonNode.Parse(refused.Out)!["diagnostics"]![0]!["pointer"]!);

        // The contract is at fault: the auditor's step, and pact run waits for it rather than write one itself.
        var contract = await Cli.InProcessAsync("diagnose", Project, "money", "--verdict", "contract", "--explanation", "the contract never says how a fraction is written", "--guidance", "say that amounts have two decimals", "--json");
        Assert.True(contract.ExitCode == 0, contract.Out + contract.Err);
        Assert.Equal(("pact_contract", "money"), ((string)Next(contract)["tool"]!, (string)Next(contract)["component_id"]!));
        Assert.Contains("say that amounts have two decimals", (string)Next(contract)["reason"]!, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Project, ".pact", "diagnoses", "money.json")));

        // A person decides otherwise: the decision is a new diagnosis, and money goes back to its implementer.
        var person = await Cli.InProcessAsync("diagnose", Project, "money", "--verdict", "human", "--explanation", "two readings of the task", "--guidance", "are amounts cents or units?", "--json");
        Assert.True((bool)Next(person)["for_person"]!);
        var decided = await Cli.InProcessAsync("diagnose", Project, "money", "--verdict", "implementation", "--explanation", "the user says amounts are decimal strings", "--guidance", "parse the two digits after the dot", "--json");
        Assert.Equal("pact_test", (string)Next(decided)["tool"]!);
        // The next implementer's brief carries what the earlier attempts lacked.
        var brief = await Cli.InProcessAsync("handoff", Project, "money");
        Assert.True(brief.ExitCode == 0, brief.Err);
        Assert.Contains("parse the two digits after the dot (the user says amounts are decimal strings)", brief.Out, StringComparison.Ordinal);
        var actions = File.ReadAllLines(Path.Combine(Project, ".pact", "audit.jsonl")).Select(l => JsonNode.Parse(l)!).Where(e => (string)e["action"]! == "diagnosis").Select(e => (string)e["detail"]!);
        Assert.Equal(["contract: say that amounts have two decimals", "human: are amounts cents or units?", "implementation: parse the two digits after the dot"], actions);
    }

    [Fact]
    public async Task PactRun_TakesTheDiagnoseWorkItemUp_WhereTheHostLeftIt()
    {
        var agent = await FailingMoneyAsync();
        var before = agent.Calls.Length;
        agent.Answer("diagnose_money", """{"verdict": "implementation", "explanation": "to_cents drops the fraction", "guidance": "parse the two digits after the dot"}""");

        var run = await LedgerRun.RunAsync(agent, Project, "--implement", "--json");

        Assert.True(run.ExitCode == 0, run.Out + run.Err);
        Assert.Equal("complete", LedgerRun.Data(run)["stop"]!.GetValue<string>());
        var calls = agent.Calls.Skip(before).ToList();
        // The agent's first implementation of money (the host wrote the failing one), with the diagnosis's guidance.
        Assert.Equal(["diagnose money", "implement money 1"], calls[..2]);
        Assert.Contains("the judge's last run of this component", agent.Prompt(before + 1), StringComparison.Ordinal);
        Assert.Contains("parse the two digits after the dot", agent.Prompt(before + 2), StringComparison.Ordinal);
    }
}
