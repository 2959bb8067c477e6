using System.Diagnostics;
using System.Text.Json.Nodes;
using Pact.Engine.Backends;

namespace Pact.Cli.Tests;

/// <summary>
/// <c>pact daemon</c> and <c>pact monitor</c> (issue 13) as real processes on the Python ledger with the scripted
/// agent: the daemon killed with SIGKILL in the middle of an implementation is restarted by the monitor, and the run
/// completes to a certificate with every artifact committed once; a daemon waiting at the interview's open questions
/// goes on once the monitor answers them (<c>--approve</c>); and a second daemon on the same project is refused.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DaemonMonitorCliTests : IDisposable
{
    private readonly LedgerRun _ledger = new();

    public void Dispose() => _ledger.Dispose();

    private string Project => _ledger.Project;

    private static Dictionary<string, string?> Agent(ScriptedPipelineAgent agent) => new() { [ClaudeCodeBackend.ProgramVariable] = agent.Program };

    [Fact]
    public async Task KillNineOfTheDaemonMidRun_TheMonitorRestartsIt_AndTheRunCompletes_WithEveryArtifactCommittedOnce()
    {
        var agent = await _ledger.PrepareAsync();
        agent.Delay(3);

        var monitor = Cli.ProcessAsync(["monitor", Project, "1", "--implement", "--json"], Agent(agent));
        var killed = await KillTheDaemonWhenAsync(() => agent.Started.Any(c => c.StartsWith("implement ", StringComparison.Ordinal)));
        var run = await monitor.WaitAsync(TimeSpan.FromMinutes(4), TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode == 0, run.Out + run.Err + DaemonLog());
        var data = JsonNode.Parse(run.Out)!["data"]!;
        Assert.True(data["certified"]!.GetValue<bool>());
        Assert.True(data["started"]!.GetValue<int>() >= 2, run.Err);
        Assert.Contains($"pid {killed}) died", run.Err, StringComparison.Ordinal);
        // Nothing lost or done twice: each artifact of the plan, and the certificate, committed exactly once.
        var actions = File.ReadAllLines(Path.Combine(Project, ".pact", "audit.jsonl")).Select(l => JsonNode.Parse(l)!)
            .Select(e => ((string)e["action"]!, (string?)e["component_id"])).ToList();
        foreach (var action in new[] { "interview", "decompose", "certify" })
        {
            Assert.True(actions.Count(a => a.Item1 == action) == 1, $"{action}: {actions.Count(a => a.Item1 == action)} times");
        }

        foreach (var id in LedgerRun.Components)
        {
            foreach (var action in new[] { "contract", "tests.lock", "goodhart.lock" })
            {
                Assert.True(actions.Count(a => a == (action, id)) == 1, $"{action} {id}: {actions.Count(a => a == (action, id))} times");
            }
        }

        var verified = await Cli.InProcessAsync("certify", Project, "--verify", "--key", _ledger.Combine("audit/keys/signing_key.pub.pem"));
        Assert.True(verified.ExitCode == 0, verified.Out + verified.Err);
    }

    [Fact]
    public async Task ADaemonWaitingAtOpenQuestions_GoesOnWhenTheMonitorAnswersThem_AndASecondDaemonIsRefused()
    {
        var agent = await _ledger.PrepareAsync();
        agent.Answer("interview", """{"questions": ["May a withdrawal overdraw an account?"], "assumptions": ["a withdrawal may not overdraw an account"], "acceptance_criteria": ["a deposit then a withdrawal leaves the difference"]}""");

        var monitor = Cli.ProcessAsync(["monitor", Project, "1", "--approve", "--json"], Agent(agent));
        await WaitForAsync(() => agent.Started.Contains("decompose") || monitor.IsCompleted);
        var second = await Cli.ProcessAsync(["daemon", Project, "--json"], Agent(agent));
        var run = await monitor.WaitAsync(TimeSpan.FromMinutes(4), TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode == 0, run.Out + run.Err + DaemonLog());
        Assert.Contains("approved the interview (1 open question(s) answered", run.Err, StringComparison.Ordinal);
        Assert.Contains("approved the plan", run.Err, StringComparison.Ordinal);
        Assert.Equal(2, JsonNode.Parse(run.Out)!["data"]!["approvals"]!.GetValue<int>());
        Assert.Equal(1, agent.Calls.Count(c => c == "interview"));
        Assert.Contains("daemon.running", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADaemonAtAGateNobodyAnswers_LooksAgainEveryCheckInterval_AndGivesUpAfterItsIdleLimit()
    {
        // check_interval: 1 (the default would be 300 s between looks, longer than this test may take).
        var agent = await _ledger.PrepareAsync("check_interval: 1\n");
        agent.Answer("interview", """{"questions": ["Which currencies must be supported?"], "acceptance_criteria": ["amounts round-trip"]}""");

        var run = await Cli.ProcessAsync(["daemon", Project, "--max-idle", "2", "--json"], Agent(agent));

        Assert.Equal(1, run.ExitCode);
        var state = JsonNode.Parse(File.ReadAllText(Path.Combine(Project, ".pact", "daemon.json")))!;
        Assert.Equal("failed", state["phase"]!.GetValue<string>());
        Assert.Contains("waited 2 s at a gate that was not answered", state["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["interview"], agent.Calls);
    }

    /// <summary>Waits for <paramref name="when"/>, then kills the daemon named in daemon.json with SIGKILL; its pid.</summary>
    private async Task<int> KillTheDaemonWhenAsync(Func<bool> when)
    {
        await WaitForAsync(when);
        var pid = JsonNode.Parse(File.ReadAllText(Path.Combine(Project, ".pact", "daemon.json")))!["pid"]!.GetValue<int>();
        using var daemon = Process.GetProcessById(pid);
        daemon.Kill();
        await daemon.WaitForExitAsync(TestContext.Current.CancellationToken);
        return pid;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private string DaemonLog() => File.Exists(Path.Combine(Project, ".pact", "daemon.log")) ? "\n--- daemon.log ---\n" + File.ReadAllText(Path.Combine(Project, ".pact", "daemon.log")) : "";
}
