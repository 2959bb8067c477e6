using System.Text.Json.Nodes;
using Pact.Engine.Backends;

namespace Pact.Cli.Tests;

/// <summary>
/// <c>pact review DIR --claim …</c> (issue 14, item 3) as a real process, with a scripted agent standing in for Claude
/// Code or Codex: each recovery state has its exit code (completed 0, blockers 1, failed 1, unavailable 3), what
/// completed is stored as a review through the same gates, and nothing is written when a run fails or is refused.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ReviewRunCliTests : IDisposable
{
    private const string Critical = """
        { "findings": [ { "severity": "critical", "location": { "file": "src/calc/calc.py", "line": 1 },
            "evidence": "add('2', 3) raises TypeError, which the contract names as no error case",
            "recommendation": "declare the error case in the contract and test it, or coerce both inputs to int" } ],
          "questions": [], "text": "" }
        """;

    private const string Stress = """
        { "findings": [],
          "questions": [ { "text": "What should add return when the sum overflows a 64-bit integer?" } ],
          "text": "A caller passing huge integers gets Python's arbitrary precision; the contract is silent on overflow." }
        """;

    private readonly TempDirectory _dir = new();
    private readonly TempDirectory _agentDir = new();

    public ReviewRunCliTests() => JudgeTools.Configure();

    public void Dispose()
    {
        _dir.Dispose();
        _agentDir.Dispose();
    }

    private string Project => _dir.Combine("p");

    private static Task<Cli.Run> Review(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        Cli.ProcessAsync(["review", .. args], environment);

    private static Dictionary<string, string?> Agent(string program) => new()
    {
        [ClaudeCodeBackend.ProgramVariable] = program,
        [CodexBackend.ProgramVariable] = program,
        ["PACT_ADVOCATE_PROVIDER"] = null,
    };

    [Fact]
    public async Task Advocate_WithACriticalFinding_IsStoredFromTheBackend_ExitsOne_AndCertifyWaits()
    {
        await CalcProject.CreateAsync(_dir, Project);
        var agent = new ScriptedAgent(_agentDir, "answer", Critical);

        var run = await Review(Agent(agent.Program), Project, "--claim", "calc is done", "--advocate-only", "--json");

        Assert.Equal(1, run.ExitCode);
        var data = JsonNode.Parse(run.Out)!["data"]!;
        var advocate = data["runs"]![0]!;
        Assert.Equal(("claude_code", "completed", "F1"), (data["backend"]!.GetValue<string>(), advocate["state"]!.GetValue<string>(), advocate["blocking"]![0]!.GetValue<string>()));
        var id = advocate["review_id"]!.GetValue<string>();
        var stored = JsonNode.Parse(File.ReadAllText(Path.Combine(Project, ".pact", "reviews", id, "review.json")))!;
        Assert.Equal(("backend", "claude_code", "claude-sonnet-4-5"), (stored["source"]!["kind"]!.GetValue<string>(), stored["source"]!["name"]!.GetValue<string>(), stored["source"]!["model"]!.GetValue<string>()));
        // The reviewer read what the MCP prompt gives the host agent: the claim, the contract and the code.
        Assert.Contains("calc is done", agent.Stdin, StringComparison.Ordinal);
        Assert.Contains("src/calc/calc.py (implementation)", agent.Stdin, StringComparison.Ordinal);
        Assert.Equal("review.blocking", JsonNode.Parse(run.Out)!["diagnostics"]![0]!["rule"]!.GetValue<string>());
        var certify = await Cli.InProcessAsync("certify", Project);
        Assert.Contains("certify.review_unadjudicated", certify.Out + certify.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulacrum_Completed_ExitsZero_ButIsMaterialToAdjudicate()
    {
        await CalcProject.CreateAsync(_dir, Project);
        var agent = new ScriptedAgent(_agentDir, "answer", Stress);

        var run = await Review(Agent(agent.Program), Project, "--claim", "calc is done", "--sim-only", "--backend", "codex_code");

        Assert.True(run.ExitCode == 0, run.Out + run.Err);
        Assert.Contains("Simulacrum completed", run.Out, StringComparison.Ordinal);
        Assert.Contains("review.simulacrum_completed", run.Err, StringComparison.Ordinal);
        Assert.Contains("not an approval", run.Err, StringComparison.Ordinal);
        var review = Assert.Single(Directory.GetDirectories(Path.Combine(Project, ".pact", "reviews")));
        Assert.Contains("arbitrary precision", File.ReadAllText(Path.Combine(review, "simulacrum.md")), StringComparison.Ordinal);
        Assert.Contains("needs adjudication: Q1", (await Cli.InProcessAsync("status", Project)).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingBackend_IsUnavailable_ExitsThree_AndWritesNothing()
    {
        await CalcProject.CreateAsync(_dir, Project);
        var before = TreeSnapshot.Of(Project);

        var run = await Review(Agent(_agentDir.Combine("no-such-agent")), Project, "--claim", "calc is done");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("review.unavailable", run.Err, StringComparison.Ordinal);
        Assert.Contains("npm install -g @anthropic-ai/claude-code", run.Err, StringComparison.Ordinal);
        Assert.Contains("--sim-only", run.Err, StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(before, Project);
    }

    [Fact]
    public async Task ARefusedCredential_FailsWithSetupGuidance_AndWritesNothing()
    {
        await CalcProject.CreateAsync(_dir, Project);
        var agent = new ScriptedAgent(_agentDir, "bad_key");
        var before = TreeSnapshot.Of(Project);

        var run = await Review(Agent(agent.Program), Project, "--claim", "calc is done", "--advocate-only");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("review.failed", run.Err, StringComparison.Ordinal);
        Assert.Contains("ANTHROPIC_API_KEY", run.Err, StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(before, Project);
    }

    [Fact]
    public async Task AnAnswerNamingAFileTheProjectLacks_IsRefusedByTheGates_AndNothingIsStored()
    {
        await CalcProject.CreateAsync(_dir, Project);
        var agent = new ScriptedAgent(_agentDir, "answer", Critical.Replace("src/calc/calc.py", "src/calc/imagined.py", StringComparison.Ordinal));
        var before = TreeSnapshot.Of(Project);

        var run = await Review(Agent(agent.Program), Project, "--claim", "calc is done", "--advocate-only");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("review.location.file_missing at /findings/0/location/file", run.Err, StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(before, Project);
    }

    [Theory]
    [InlineData("", "--advocate-only", "review.claim_missing")]
    [InlineData("calc is done", "--backend=gpt_pilot", "backend.unknown")]
    [InlineData("calc is done", "--component=nosuch", "review.target_unknown")]
    public async Task ARefusedRequest_AsksNoBackend_AndWritesNothing(string claim, string option, string rule)
    {
        await CalcProject.CreateAsync(_dir, Project);
        var agent = new ScriptedAgent(_agentDir, "answer", Critical);
        var before = TreeSnapshot.Of(Project);

        var run = await Review(Agent(agent.Program), Project, "--claim", claim, option);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(rule, run.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(_agentDir.Combine("argv")), "the backend was asked");
        TreeSnapshot.AssertUnchanged(before, Project);
    }
}
