using System.Text.Json.Nodes;
using Pact.Engine.Backends;

namespace Pact.Cli.Tests;

/// <summary>
/// <c>pact run</c> (issue 13) as a real process, driving the Python ledger example with a scripted agent that speaks
/// the <c>claude -p</c> and <c>codex exec</c> formats: plan-only stops after a valid plan; <c>--implement</c> goes on
/// to a verified certificate, a wrong first implementation sent back with the judge's run; the budget pauses the run
/// before the call it cannot afford; an open interview question pauses it before the decomposition.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PipelineRunCliTests : IDisposable
{
    private static readonly string[] Components = LedgerRun.Components;

    private readonly LedgerRun _ledger = new();

    public void Dispose() => _ledger.Dispose();

    private string Project => _ledger.Project;

    private static string Example => LedgerRun.Example;

    private static Task<Cli.Run> Run(ScriptedPipelineAgent agent, params string[] args) => LedgerRun.RunAsync(agent, args);

    private Task<ScriptedPipelineAgent> PrepareAsync(string settings = "", double cost = 0.02) => _ledger.PrepareAsync(settings, cost);

    private static JsonNode Data(Cli.Run run) => LedgerRun.Data(run);

    [Fact]
    public async Task PlanOnly_StopsAfterAValidPlan_ThenImplement_ReachesAVerifiedCertificate()
    {
        var agent = await PrepareAsync();
        // The first money the agent writes is wrong: the judge's run goes back to it, and the second attempt is right.
        agent.Code("money", 1, "money.py", "def parse(text):\n    return 0\n");

        var plan = await Run(agent, Project, "--json");

        Assert.True(plan.ExitCode == 0, plan.Out + plan.Err);
        Assert.Equal("plan_complete", Data(plan)["stop"]!.GetValue<string>());
        // The order of the law: interview, decomposition, every contract, every visible suite, then the hidden ones.
        Assert.Equal(["interview", "decompose"], agent.Calls[..2]);
        Assert.Equal(["contract", "contract", "contract", "tests", "tests", "tests", "goodhart", "goodhart", "goodhart"], agent.Calls[2..].Select(c => c.Split(' ')[0]));
        Assert.All(new[] { "contract", "tests", "goodhart" }, step => Assert.Equal(Components.Order(StringComparer.Ordinal), agent.Calls.Where(c => c.StartsWith(step + " ", StringComparison.Ordinal)).Select(c => c.Split(' ')[1]).Order(StringComparer.Ordinal)));
        Assert.Equal("pact_handoff", Data(plan)["next"]!["tool"]!.GetValue<string>());
        Assert.False(File.Exists(Path.Combine(Project, "src", "money", "money.py")) && File.ReadAllText(Path.Combine(Project, "src", "money", "money.py")).Contains("return 0", StringComparison.Ordinal));

        // Each component's state: tested after the plan, certified at the end.
        Assert.All(Data(await Cli.InProcessAsync("components", Project, "--json"))["components"]!.AsArray().Where(c => (string)c!["type"]! == "leaf"), c => Assert.Equal("tested", (string)c!["state"]!));

        // With parallel workers, status sends the next one past what another has claimed.
        var first = Data(plan)["next"]!["component_id"]!.GetValue<string>();
        Assert.Equal(0, (await Cli.InProcessAsync("claim", Project, first, "--holder", "worker-1")).ExitCode);
        var status = Data(await Cli.InProcessAsync("status", Project, "--json"))["next"]!;
        Assert.NotEqual(first, status["component_id"]!.GetValue<string>());
        Assert.Contains($"{first} by worker-1", status["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, (await Cli.InProcessAsync("release", Project, first, "--holder", "worker-1")).ExitCode);

        var built = await Run(agent, Project, "--implement", "--json");

        Assert.True(built.ExitCode == 0, built.Out + built.Err);
        Assert.Equal("complete", Data(built)["stop"]!.GetValue<string>());
        var calls = agent.Calls.Skip(11).ToList();
        Assert.Equal(["implement accounts 1", "implement money 1", "implement report 1"], calls[..3].Order(StringComparer.Ordinal));
        Assert.Equal(["implement money 2", "review"], calls[3..]);
        // The second attempt was shown what the judge found in the first, and never a hidden test's source.
        var retry = agent.Prompt(15);
        Assert.Contains("the judge's last run of this component", retry, StringComparison.Ordinal);
        Assert.DoesNotContain("test_goodhart", retry, StringComparison.Ordinal);
        // Only the implementer may edit; the authors of the law only read.
        Assert.Contains("acceptEdits", agent.Arguments(15));
        Assert.Contains("Read,Grep,Glob", agent.Arguments(3));
        Assert.DoesNotContain("acceptEdits", agent.Arguments(3));
        Assert.Contains(Data(built)["steps"]!.AsArray(), s => s!["tool"]!.GetValue<string>() == "pact_certify" && s["state"]!.GetValue<string>() == "done");
        var verified = await Cli.InProcessAsync("certify", Project, "--verify", "--key", _ledger.Combine("audit/keys/signing_key.pub.pem"));
        Assert.True(verified.ExitCode == 0, verified.Out + verified.Err);
        Assert.All(Data(await Cli.InProcessAsync("components", Project, "--json"))["components"]!.AsArray().Where(c => (string)c!["type"]! == "leaf"), c => Assert.Equal("certified", (string)c!["state"]!));
        // Each call's usage is in the health ledger: 16 calls at $0.02.
        Assert.Equal(0.32, Data(built)["spent_usd"]!.GetValue<double>(), 6);
    }

    [Fact]
    public async Task ABudgetOfFiveCents_AtTwoCentsACall_PausesAfterTheThirdCall()
    {
        var agent = await PrepareAsync("budget: 0.05\n");

        var run = await Run(agent, Project, "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("budget", Data(run)["stop"]!.GetValue<string>());
        Assert.Equal(3, agent.Calls.Length);
        Assert.Contains("budget", Data(run)["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0.06, Data(run)["spent_usd"]!.GetValue<double>(), 6);
    }

    [Fact]
    public async Task AnOpenInterviewQuestion_PausesTheRunBeforeTheDecomposition_ThroughCodexToo()
    {
        var agent = await PrepareAsync();
        agent.Answer("interview", """{"questions": ["Which currencies must be supported?"], "acceptance_criteria": ["amounts round-trip"]}""");

        var run = await Run(agent, Project, "--backend", "codex_code", "--json");

        Assert.Equal(1, run.ExitCode);
        var data = Data(run);
        Assert.Equal(("paused", "codex_code"), (data["stop"]!.GetValue<string>(), data["backend"]!.GetValue<string>()));
        Assert.Contains("Which currencies must be supported?", data["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["interview"], agent.Calls);
        Assert.False(File.Exists(Path.Combine(Project, "decomposition", "tree.json")));
    }

    [Fact]
    public async Task AnOpenQuestion_PausesTheRun_ApproveAnswersItWithTheBestAssumption_AndTheRunGoesOn()
    {
        var agent = await PrepareAsync();
        agent.Answer("interview", """
            {"questions": ["May a withdrawal overdraw an account?", "Which currencies must be supported?"],
             "assumptions": ["a withdrawal may not overdraw an account", "amounts are integer cents"],
             "acceptance_criteria": ["a deposit of 1.50 then a withdrawal of 0.50 leaves 1.00"]}
            """);
        Assert.Equal("paused", Data(await Run(agent, Project, "--json"))["stop"]!.GetValue<string>());

        // The implementer may not approve the plan's premises; the person may.
        var refused = await Cli.ProcessAsync(["approve", Project], new Dictionary<string, string?> { ["PACT_ROLE"] = "code" });
        var approved = await Cli.InProcessAsync("approve", Project, "--json");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("authority.required", refused.Err, StringComparison.Ordinal);
        Assert.True(approved.ExitCode == 0, approved.Out + approved.Err);
        var answers = Data(approved)["answers"]!.AsArray();
        // Three shared words pick the first assumption; the second question shares none, so it takes the assumption at its own place.
        Assert.Equal(("a withdrawal may not overdraw an account", 1.0), (answers[0]!["answer"]!.GetValue<string>(), answers[0]!["confidence"]!.GetValue<double>()));
        Assert.Equal(("amounts are integer cents", 0.5), (answers[1]!["answer"]!.GetValue<string>(), answers[1]!["confidence"]!.GetValue<double>()));
        var interview = JsonNode.Parse(File.ReadAllText(Path.Combine(Project, "decomposition", "interview.json")))!;
        Assert.True(interview["approved"]!.GetValue<bool>());
        Assert.All(interview["audited_answers"]!.AsArray(), a => Assert.Equal("cli_approve", a!["source"]!.GetValue<string>()));
        Assert.Contains("\"action\":\"approve\"", File.ReadAllText(Path.Combine(Project, ".pact", "audit.jsonl")), StringComparison.Ordinal);
        Assert.Equal("pact_decompose", Data(approved)["next"]!["tool"]!.GetValue<string>());

        var resumed = await Run(agent, Project, "--json");

        Assert.True(resumed.ExitCode == 0, resumed.Out + resumed.Err);
        Assert.Equal("plan_complete", Data(resumed)["stop"]!.GetValue<string>());
        Assert.Equal(["interview", "decompose"], agent.Calls[..2]);
        Assert.True(Data(await Cli.InProcessAsync("approve", Project, "--json"))["already_approved"]!.GetValue<bool>());
    }

    [Fact]
    public async Task PlanOnly_GoesOnIntoTheCode_OnceThePlanIsApproved_AndStopsAgainWhenThePlanChanges()
    {
        var agent = await PrepareAsync();
        var early = await Cli.InProcessAsync("approve", Project, "--plan", "--json");
        Assert.Equal("approve.plan_incomplete", JsonNode.Parse(early.Out)!["diagnostics"]![0]!["rule"]!.GetValue<string>());
        Assert.Equal("plan_complete", Data(await Run(agent, Project, "--json"))["stop"]!.GetValue<string>());

        Assert.Equal(1, (await Cli.ProcessAsync(["approve", Project, "--plan"], new Dictionary<string, string?> { ["PACT_ROLE"] = "code" })).ExitCode);
        // A dry run shows the plan the approval would cover and writes nothing.
        var dry = await Cli.InProcessAsync("approve", Project, "--plan", "--dry-run", "--json");
        Assert.True(dry.ExitCode == 0 && Data(dry)["dry_run"]!.GetValue<bool>(), dry.Out + dry.Err);
        Assert.False(File.Exists(Path.Combine(Project, ".pact", "approvals", "plan.json")));
        var approved = await Cli.InProcessAsync("approve", Project, "--plan", "--json");
        Assert.True(approved.ExitCode == 0, approved.Out + approved.Err);
        // The tree, three contracts, three visible and three hidden suite locks.
        Assert.Equal(10, Data(approved)["plan"]!["files"]!.GetValue<int>());
        Assert.Equal(Data(dry)["plan"]!["fingerprint"]!.GetValue<string>(), Data(approved)["plan"]!["fingerprint"]!.GetValue<string>());

        // A contract changed after the approval: plan-only stops again, and says why.
        var contract = Path.Combine(Project, "contracts", "money", "interface.json");
        var approvedBytes = File.ReadAllBytes(contract);
        File.WriteAllText(contract, File.ReadAllText(contract).Replace("integer cents", "whole cents", StringComparison.Ordinal));
        var stale = await Run(agent, Project, "--json");
        Assert.Equal("plan_complete", Data(stale)["stop"]!.GetValue<string>());
        Assert.Contains("has changed since: approve it again", Data(stale)["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(agent.Calls, c => c.StartsWith("implement ", StringComparison.Ordinal));

        // The plan as approved: the same command, without --implement, now implements to a certificate.
        File.WriteAllBytes(contract, approvedBytes);
        var built = await Run(agent, Project, "--json");

        Assert.True(built.ExitCode == 0, built.Out + built.Err);
        Assert.Equal(("complete", true), (Data(built)["stop"]!.GetValue<string>(), Data(built)["implement"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task ImplementAndPlanOnlyTogether_AreAUsageError_AndAnUnknownBackendIsRefusedBeforeAnyCall()
    {
        var agent = await PrepareAsync();

        var both = await Run(agent, Project, "--implement", "--plan-only");
        var unknown = await Run(agent, Project, "--backend", "gpt_pilot", "--json");

        Assert.Equal(2, both.ExitCode);
        Assert.Contains("contradict", both.Err, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("backend.unknown", unknown.Out, StringComparison.Ordinal);
        Assert.Empty(agent.Calls);
    }

    [Fact]
    public async Task Build_ArchivesAComponentsCode_AndHasItWrittenAgainUntilItsSuitePasses()
    {
        var agent = await PrepareAsync();
        Assert.Equal(0, (await Run(agent, Project, "--json")).ExitCode);
        agent.Code("money", 1, "money.py", "def parse(text):\n    return 0\n");
        Directory.CreateDirectory(Path.Combine(Project, "src", "money"));
        File.WriteAllText(Path.Combine(Project, "src", "money", "money.py"), "# the code before the rebuild\n");
        File.WriteAllText(Path.Combine(Project, "src", "money", "notes.txt"), "kept with it\n");

        var built = await Cli.ProcessAsync(["build", Project, "money", "--json"], new Dictionary<string, string?> { [ClaudeCodeBackend.ProgramVariable] = agent.Program });

        Assert.True(built.ExitCode == 0, built.Out + built.Err);
        Assert.Equal(["implement money 1", "implement money 2"], agent.Calls[11..]);
        var archived = Assert.Single(Directory.EnumerateDirectories(Path.Combine(Project, ".pact", "attempts", "money")));
        Assert.StartsWith("archived_", Path.GetFileName(archived), StringComparison.Ordinal);
        Assert.Equal("# the code before the rebuild\n", File.ReadAllText(Path.Combine(archived, "money.py")));
        Assert.True(File.Exists(Path.Combine(archived, "notes.txt")));
        Assert.False(File.Exists(Path.Combine(Project, "src", "money", "notes.txt")));
        Assert.Equal(File.ReadAllText(Path.Combine(Example, "src", "money", "money.py")), File.ReadAllText(Path.Combine(Project, "src", "money", "money.py")));
        Assert.Contains("\"action\":\"build\"", File.ReadAllText(Path.Combine(Project, ".pact", "audit.jsonl")), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NotFound, (await Cli.InProcessAsync("build", Project, "nosuch")).ExitCode);
    }
}
