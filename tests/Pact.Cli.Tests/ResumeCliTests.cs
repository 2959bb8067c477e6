using System.Text.Json.Nodes;
using Pact.Engine.Backends;

namespace Pact.Cli.Tests;

/// <summary>
/// <c>pact resume</c> as a real process: it goes on with the last <c>pact run</c> as that run was asked (backend,
/// <c>--implement</c>), only once what stopped it is dealt with, and takes no step twice.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ResumeCliTests : IDisposable
{
    private readonly LedgerRun _ledger = new();

    public void Dispose() => _ledger.Dispose();

    private string Project => _ledger.Project;

    private static Task<Cli.Run> Resume(ScriptedPipelineAgent agent, params string[] args) =>
        Cli.ProcessAsync(["resume", .. args], new Dictionary<string, string?> { [ClaudeCodeBackend.ProgramVariable] = agent.Program, [CodexBackend.ProgramVariable] = agent.Program });

    private static string Rule(Cli.Run run) => JsonNode.Parse(run.Out)!["diagnostics"]![0]!["rule"]!.GetValue<string>();

    [Fact]
    public async Task ABudgetStop_IsRefusedWhileTheBudgetIsSpent_ThenGoesOnWithTheSameModelAndImplement_ToACertificate()
    {
        var agent = await _ledger.PrepareAsync("budget: 0.05\n");
        var stopped = await LedgerRun.RunAsync(agent, Project, "--implement", "--model", "sonnet-under-test", "--json");
        Assert.Equal("budget", LedgerRun.Data(stopped)["stop"]!.GetValue<string>());
        Assert.Equal(3, agent.Calls.Length);

        var spent = await Resume(agent, Project, "--json");

        Assert.Equal(1, spent.ExitCode);
        Assert.Equal("resume.budget_spent", Rule(spent));
        Assert.Contains("$0.06 of $0.05", spent.Out, StringComparison.Ordinal);
        Assert.Equal(3, agent.Calls.Length);

        File.WriteAllText(Path.Combine(Project, "pact.yaml"), File.ReadAllText(Path.Combine(Project, "pact.yaml")).Replace("budget: 0.05", "budget: 5", StringComparison.Ordinal));
        var resumed = await Resume(agent, Project, "--json");

        Assert.True(resumed.ExitCode == 0, resumed.Out + resumed.Err);
        var data = LedgerRun.Data(resumed);
        Assert.Equal(("complete", true, "budget"), (data["stop"]!.GetValue<string>(), data["implement"]!.GetValue<bool>(), data["resumed_after"]!.GetValue<string>()));
        // Nothing done twice: one interview, one decomposition, and each component's contract and suites once.
        var kinds = agent.Calls.Select(c => c.Split(' ')[0]).ToList();
        Assert.Equal((1, 1, 3, 3, 3), (kinds.Count(k => k == "interview"), kinds.Count(k => k == "decompose"), kinds.Count(k => k == "contract"), kinds.Count(k => k == "tests"), kinds.Count(k => k == "goodhart")));
        Assert.All(Enumerable.Range(1, agent.Calls.Length), i => Assert.Contains("sonnet-under-test", agent.Arguments(i)));

        // A certified project has nothing to resume.
        var again = await Resume(agent, Project, "--json");
        Assert.Equal(("resume.complete", 1), (Rule(again), again.ExitCode));
    }

    /// <summary>A host worker's claim (pact claim) holds against Pact's own run too: the run leaves that component alone.</summary>
    [Fact]
    public async Task AComponentAWorkerClaimed_IsLeftToIt_AndTheRunGoesOnOnceItIsReleased()
    {
        var agent = await _ledger.PrepareAsync();
        Assert.Equal("plan_complete", LedgerRun.Data(await LedgerRun.RunAsync(agent, Project, "--json"))["stop"]!.GetValue<string>());
        Assert.Equal(0, (await Cli.InProcessAsync("claim", Project, "money", "--holder", "worker-1")).ExitCode);

        var paused = await LedgerRun.RunAsync(agent, Project, "--implement", "--json");

        Assert.Equal(1, paused.ExitCode);
        var data = LedgerRun.Data(paused);
        Assert.Equal("paused", data["stop"]!.GetValue<string>());
        Assert.Contains("money is claimed by worker-1", data["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(agent.Calls, c => c.StartsWith("implement money", StringComparison.Ordinal));
        Assert.Contains(agent.Calls, c => c.StartsWith("implement accounts", StringComparison.Ordinal));
        // The run gave back what it claimed; the worker's claim stands.
        var claims = LedgerRun.Data(await Cli.InProcessAsync("components", Project, "--json"))["components"]!.AsArray()
            .Where(c => c!["claimed_by"] is not null).Select(c => ((string)c!["id"]!, (string)c["claimed_by"]!));
        Assert.Equal([("money", "worker-1")], claims);

        Assert.Equal(0, (await Cli.InProcessAsync("release", Project, "money", "--holder", "worker-1")).ExitCode);
        var resumed = await Resume(agent, Project, "--json");

        Assert.True(resumed.ExitCode == 0, resumed.Out + resumed.Err);
        Assert.Equal(("complete", "paused"), (LedgerRun.Data(resumed)["stop"]!.GetValue<string>(), LedgerRun.Data(resumed)["resumed_after"]!.GetValue<string>()));
        Assert.Single(agent.Calls, c => c.StartsWith("implement money", StringComparison.Ordinal));
        var audit = File.ReadAllText(Path.Combine(Project, ".pact", "audit.jsonl"));
        Assert.Contains("claimed by pact run until", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APlanOnlyStop_IsResumedIntoTheCode_OnlyOnceThePlanIsApproved()
    {
        var agent = await _ledger.PrepareAsync();
        var nothing = await Resume(agent, Project, "--json");
        Assert.Equal(("resume.no_run", 3), (Rule(nothing), nothing.ExitCode));

        Assert.Equal("plan_complete", LedgerRun.Data(await LedgerRun.RunAsync(agent, Project, "--plan-only", "--json"))["stop"]!.GetValue<string>());
        var calls = agent.Calls.Length;

        var unapproved = await Resume(agent, Project);
        Assert.Equal(1, unapproved.ExitCode);
        Assert.Contains("resume.plan_unapproved", unapproved.Err, StringComparison.Ordinal);
        Assert.Contains($"pact approve {Project} --plan", unapproved.Err, StringComparison.Ordinal);
        Assert.Equal(calls, agent.Calls.Length);

        Assert.Equal(0, (await Cli.InProcessAsync("approve", Project, "--plan")).ExitCode);
        var resumed = await Resume(agent, Project);

        Assert.True(resumed.ExitCode == 0, resumed.Out + resumed.Err);
        Assert.Contains("Resumed the run that stopped (plan_complete)", resumed.Out, StringComparison.Ordinal);
        Assert.Contains("Stopped (complete)", resumed.Out, StringComparison.Ordinal);
        Assert.Equal(["implement accounts 1", "implement money 1", "implement report 1"], agent.Calls.Skip(calls).Take(3).Order(StringComparer.Ordinal));
    }
}
