using System.Text.Json.Nodes;

namespace Pact.Cli.Tests;

/// <summary>
/// The levers of <c>pact run --implement</c> (issue 13), as real processes with the scripted agent on the Python ledger:
/// competitive implementations (several attempts in separate work directories, the judge keeping the best and every
/// loser kept), parallel components (calls at once, bounded by max_concurrent_agents), and the role keys (a backend,
/// a model and a time limit per role, impatience scaling the limits).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PipelineLeversCliTests : IDisposable
{
    private readonly LedgerRun _ledger = new();

    public void Dispose() => _ledger.Dispose();

    private string Project => _ledger.Project;

    [Fact]
    public async Task Competitive_ThreeAttemptsOfWhichTwoAreWrong_TheRightOneWins_AndTheLosersAreKept()
    {
        var agent = await _ledger.PrepareAsync("competitive_implementations: true\ncompetitive_agents: 3\n");
        // Whichever competitor comes first and second writes a wrong money; the third writes the example's.
        agent.Code("money", 1, "money.py", "class InvalidAmount(ValueError):\n    pass\n\n\ndef to_cents(text):\n    return 0\n\n\ndef format_cents(cents):\n    return ''\n");
        agent.Code("money", 2, "money.py", "class InvalidAmount(ValueError):\n    pass\n\n\ndef to_cents(text):\n    return int(text) * 100\n\n\ndef format_cents(cents):\n    return str(cents)\n");

        var run = await LedgerRun.RunAsync(agent, Project, "--implement", "--json");

        Assert.True(run.ExitCode == 0, run.Out + run.Err);
        var data = LedgerRun.Data(run);
        Assert.Equal("complete", data["stop"]!.GetValue<string>());
        Assert.Equal(3, agent.Calls.Count(c => c.StartsWith("implement money ", StringComparison.Ordinal)));
        var right = File.ReadAllText(Path.Combine(LedgerRun.Example, "src", "money", "money.py"));
        Assert.Equal(right, File.ReadAllText(Path.Combine(Project, "src", "money", "money.py")));

        // Every attempt is kept with the scores that decided; the winner is the one that wrote the right code.
        var round = Assert.Single(Directory.EnumerateDirectories(Path.Combine(Project, ".pact", "attempts", "money")));
        var record = JsonNode.Parse(File.ReadAllText(Path.Combine(round, "competition.json")))!;
        var attempts = record["attempts"]!.AsArray();
        Assert.Equal(3, attempts.Count);
        var winner = record["winner"]!.GetValue<int>();
        var won = attempts.Single(a => a!["attempt"]!.GetValue<int>() == winner)!;
        Assert.Equal(right, File.ReadAllText(Path.Combine(Project, won["kept"]!.GetValue<string>(), "money.py")));
        Assert.Equal(1.0, won["pass_rate"]!.GetValue<double>());
        var losers = attempts.Where(a => a!["attempt"]!.GetValue<int>() != winner).ToList();
        Assert.Equal(2, losers.Count);
        Assert.All(losers, l =>
        {
            Assert.True(l!["pass_rate"]!.GetValue<double>() < 1.0);
            Assert.NotEqual(right, File.ReadAllText(Path.Combine(Project, l["kept"]!.GetValue<string>(), "money.py")));
        });
        Assert.False(Directory.Exists(Path.Combine(round, "attempt_1.work")));
        // The three right accounts tie on every visible test: the smallest (all equal: the first) runs its hidden suite,
        // passes it, and wins; the others spend no hidden run, since none could beat it.
        var accounts = JsonNode.Parse(File.ReadAllText(Path.Combine(Assert.Single(Directory.EnumerateDirectories(Path.Combine(Project, ".pact", "attempts", "accounts"))), "competition.json")))!;
        Assert.Equal(1, accounts["winner"]!.GetValue<int>());
        Assert.Equal([true, false, false], accounts["attempts"]!.AsArray().Select(a => a!["hidden_passed"] is not null));

        var log = File.ReadAllText(Path.Combine(Project, ".pact", "audit.jsonl"));
        Assert.Contains("\"action\":\"compete\"", log, StringComparison.Ordinal);
        Assert.Contains(data["steps"]!.AsArray(), s => s!["tool"]!.GetValue<string>() == "pact_compete" && s["component_id"]!.GetValue<string>() == "money" && s["competitor"]!.GetValue<int>() == winner);
        var verified = await Cli.InProcessAsync("certify", Project, "--verify", "--key", _ledger.Combine("audit/keys/signing_key.pub.pem"));
        Assert.True(verified.ExitCode == 0, verified.Out + verified.Err);
    }

    [Fact]
    public async Task Parallel_ImplementsEveryWaitingComponentAtOnce_BoundedByMaxConcurrentAgents()
    {
        var agent = await _ledger.PrepareAsync("parallel_components: true\nmax_concurrent_agents: 2\n");
        Assert.Equal(0, (await LedgerRun.RunAsync(agent, Project, "--json")).ExitCode);
        agent.Delay(1.5);

        var run = await LedgerRun.RunAsync(agent, Project, "--implement", "--json");

        Assert.True(run.ExitCode == 0, run.Out + run.Err);
        Assert.Equal("complete", LedgerRun.Data(run)["stop"]!.GetValue<string>());
        var implement = agent.Times.Where(t => t.Item.StartsWith("implement ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, implement.Count);
        // Two ran together and the third waited for a slot: never more than max_concurrent_agents at once.
        Assert.Equal(2, agent.MostAtOnce);
        var (first, second) = (implement.OrderBy(t => t.Start).ElementAt(0), implement.OrderBy(t => t.Start).ElementAt(1));
        Assert.True(second.Start < first.End, $"the first two implement calls did not overlap: {first} {second}");
    }

    [Fact]
    public async Task RoleKeys_SendEachRolesStepsToItsBackendAndModel()
    {
        var agent = await _ledger.PrepareAsync("""
            role_backends:
              decomposer: codex_code
              contract_author: claude_code
            role_models:
              test_author: test-model-7
            """ + "\n");

        var run = await LedgerRun.RunAsync(agent, Project, "--json");

        Assert.True(run.ExitCode == 0, run.Out + run.Err);
        var steps = LedgerRun.Data(run)["steps"]!.AsArray();
        Assert.All(steps.Where(s => s!["tool"]!.GetValue<string>() is "pact_interview" or "pact_decompose"), s => Assert.Equal("codex_code", s!["backend"]!.GetValue<string>()));
        Assert.All(steps.Where(s => s!["tool"]!.GetValue<string>() is "pact_contract" or "pact_tests"), s => Assert.Equal("claude_code", s!["backend"]!.GetValue<string>()));
        // codex exec for the decomposer's steps; claude -p for the others; the test author's model on its own calls only.
        for (var n = 1; n <= agent.Calls.Length; n++)
        {
            var step = agent.Calls[n - 1].Split(' ')[0];
            var argv = agent.Arguments(n);
            Assert.Equal(step is "interview" or "decompose", argv[0] == "exec");
            Assert.Equal(step is "tests" or "goodhart", argv.Contains("test-model-7"));
        }
    }

    [Fact]
    public async Task ARoleTimeout_ScaledByImpatience_StopsACallThatTakesLonger()
    {
        // 3 s would let the 2 s implementer finish; impatient halves it to 1.5 s, and the call is stopped.
        var agent = await _ledger.PrepareAsync("role_timeouts:\n  code_author: 3\nimpatience: impatient\n");
        Assert.Equal(0, (await LedgerRun.RunAsync(agent, Project, "--json")).ExitCode);
        agent.Delay(2);

        var run = await LedgerRun.RunAsync(agent, Project, "--implement", "--json");

        Assert.Equal(1, run.ExitCode);
        var data = LedgerRun.Data(run);
        Assert.Equal("failed", data["stop"]!.GetValue<string>());
        Assert.Contains("did not answer within", data["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARoleBackendNoOneHas_IsRefusedAtItsKey_BeforeAnyCall()
    {
        var agent = await _ledger.PrepareAsync("role_backends:\n  code_author: gpt_pilot\n");

        var run = await LedgerRun.RunAsync(agent, Project, "--json");

        Assert.Equal(1, run.ExitCode);
        var diagnostic = JsonNode.Parse(run.Out)!["diagnostics"]!.AsArray().Single()!;
        Assert.Equal(("backend.unknown", "/role_backends/code_author"), (diagnostic["rule"]!.GetValue<string>(), diagnostic["pointer"]!.GetValue<string>()));
        Assert.Empty(agent.Calls);
    }

    [Fact]
    public async Task TheOpenAiBackend_ThroughTheRealSdk_AgainstAReplayServer_ReachesAVerifiedCertificate()
    {
        var agent = await _ledger.PrepareAsync();
        using var api = new ReplayChatApi(agent.Root);
        // The first money is wrong: the judge's run goes back to the API, whose second answer is right.
        agent.Code("money", 1, "money.py", "def to_cents(text):\n    return 0\n");
        var environment = new Dictionary<string, string?> { ["OPENAI_BASE_URL"] = api.BaseUrl, ["OPENAI_API_KEY"] = "sk-replay" };

        var run = await Cli.ProcessAsync(["run", Project, "--implement", "--backend", "openai", "--json"], environment);

        Assert.True(run.ExitCode == 0, run.Out + run.Err);
        var data = LedgerRun.Data(run);
        Assert.Equal(("complete", "openai"), (data["stop"]!.GetValue<string>(), data["backend"]!.GetValue<string>()));
        Assert.Equal(File.ReadAllText(Path.Combine(LedgerRun.Example, "src", "money", "money.py")), File.ReadAllText(Path.Combine(Project, "src", "money", "money.py")));
        // What the SDK sent: the key from the environment, the step's schema as a JSON-Schema response format, the default model.
        Assert.All(api.Requests, r =>
        {
            Assert.Equal("Bearer sk-replay", r.Authorization);
            Assert.Equal("json_schema", r.Body["response_format"]!["type"]!.GetValue<string>());
            Assert.Equal("gpt-4.1", r.Body["model"]!.GetValue<string>());
        });
        var implement = api.Requests.Select(r => r.Prompt).Where(p => p.StartsWith("Work item: implement", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, implement.Count);
        Assert.All(implement, p => Assert.Contains("You cannot edit files", p, StringComparison.Ordinal));
        Assert.Contains(api.Requests, r => r.Body["response_format"]!["json_schema"]!["schema"]!["required"]!.AsArray().Any(x => (string?)x == "files"));
        // The API reports tokens, not money: 1,000 in and 250 out at gpt-4.1's price is $0.004 a call.
        Assert.Equal(api.Requests.Count * 0.004, data["spent_usd"]!.GetValue<double>(), 6);
        var verified = await Cli.InProcessAsync("certify", Project, "--verify", "--key", _ledger.Combine("audit/keys/signing_key.pub.pem"));
        Assert.True(verified.ExitCode == 0, verified.Out + verified.Err);
    }

    [Fact]
    public async Task TheAnthropicBackend_ThroughTheRealSdk_AgainstAReplayServer_ReachesAVerifiedCertificate()
    {
        var agent = await _ledger.PrepareAsync();
        using var api = new ReplayChatApi(agent.Root);
        agent.Code("money", 1, "money.py", "def to_cents(text):\n    return 0\n");
        var environment = new Dictionary<string, string?> { ["ANTHROPIC_BASE_URL"] = api.Root, ["ANTHROPIC_API_KEY"] = "sk-ant-replay", ["ANTHROPIC_AUTH_TOKEN"] = null };

        var run = await Cli.ProcessAsync(["run", Project, "--implement", "--backend", "anthropic", "--json"], environment);

        Assert.True(run.ExitCode == 0, run.Out + run.Err);
        var data = LedgerRun.Data(run);
        Assert.Equal(("complete", "anthropic"), (data["stop"]!.GetValue<string>(), data["backend"]!.GetValue<string>()));
        Assert.Equal(File.ReadAllText(Path.Combine(LedgerRun.Example, "src", "money", "money.py")), File.ReadAllText(Path.Combine(Project, "src", "money", "money.py")));
        // What the SDK sent: the Messages API, the key from the environment, the step's schema as the output format,
        // the default model, and the ceiling the API requires on every answer.
        Assert.All(api.Requests, r =>
        {
            Assert.Equal("/v1/messages", r.Path);
            Assert.Contains("sk-ant-replay", r.ApiKey + r.Authorization, StringComparison.Ordinal);
            Assert.Equal("json_schema", r.Body["output_config"]!["format"]!["type"]!.GetValue<string>());
            Assert.Equal("claude-sonnet-4-5", r.Body["model"]!.GetValue<string>());
            Assert.Equal(16_384, r.Body["max_tokens"]!.GetValue<int>());
        });
        Assert.Equal(4, api.Requests.Count(r => r.Prompt.StartsWith("Work item: implement", StringComparison.Ordinal)));
        Assert.Contains(api.Requests, r => r.Body["output_config"]!["format"]!["schema"]!["required"]?.AsArray().Any(x => (string?)x == "files") == true);
        // 1,000 tokens in and 250 out at claude-sonnet-4-5's list price ($3 and $15 a million) is $0.00675 a call.
        Assert.Equal(api.Requests.Count * 0.00675, data["spent_usd"]!.GetValue<double>(), 6);
        var verified = await Cli.InProcessAsync("certify", Project, "--verify", "--key", _ledger.Combine("audit/keys/signing_key.pub.pem"));
        Assert.True(verified.ExitCode == 0, verified.Out + verified.Err);
    }

    [Theory]
    [InlineData("openai", "OPENAI_API_KEY", "OPENAI_BASE_URL", "HTTP 401")]
    [InlineData("anthropic", "ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL", "authentication_error")]
    public async Task AnApiBackendWithoutItsKey_OrWithAKeyRefused_StopsSayingWhatToDo(string backend, string keyVariable, string urlVariable, string refusal)
    {
        var agent = await _ledger.PrepareAsync();
        using var api = new ReplayChatApi(agent.Root);
        var url = backend == "anthropic" ? api.Root : api.BaseUrl;

        var keyless = await Cli.ProcessAsync(["run", Project, "--backend", backend, "--json"], new Dictionary<string, string?> { [keyVariable] = null, [urlVariable] = url });
        var refused = await Cli.ProcessAsync(["run", Project, "--backend", backend, "--json"], new Dictionary<string, string?> { [keyVariable] = ReplayChatApi.RefusedKey, [urlVariable] = url });

        Assert.Equal(1, keyless.ExitCode);
        Assert.Contains($"{keyVariable} is not set", LedgerRun.Data(keyless)["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(refused.ExitCode == 1, refused.Out + refused.Err);
        var message = LedgerRun.Data(refused)["message"]!.GetValue<string>();
        Assert.Contains(refusal, message, StringComparison.Ordinal);
        Assert.Contains($"check {keyVariable}: the key was refused", message, StringComparison.Ordinal);
        Assert.NotEmpty(api.Requests);
        Assert.Empty(agent.Calls);
    }

    [Fact]
    public async Task AComponentStillFailingAfterItsAttempts_IsDiagnosed_AndTheGuidanceEarnsItOneMoreRound()
    {
        var agent = await _ledger.PrepareAsync("max_implementation_attempts: 2\n");
        agent.Code("money", 1, "money.py", "def to_cents(text):\n    return 0\n");
        agent.Code("money", 2, "money.py", "def to_cents(text):\n    return int(text)\n");
        agent.Answer("diagnose_money", """{"verdict": "implementation", "explanation": "to_cents drops the fraction and InvalidAmount is missing", "guidance": "parse the two digits after the dot and define InvalidAmount"}""");

        var run = await LedgerRun.RunAsync(agent, Project, "--implement", "--json");

        Assert.True(run.ExitCode == 0, run.Out + run.Err);
        Assert.Equal("complete", LedgerRun.Data(run)["stop"]!.GetValue<string>());
        var diagnosis = Array.IndexOf(agent.Calls, "diagnose money");
        Assert.True(diagnosis > 0, string.Join(", ", agent.Calls));
        Assert.Equal("implement money 3", agent.Calls[diagnosis + 1]);
        Assert.Contains("parse the two digits after the dot", agent.Prompt(diagnosis + 2), StringComparison.Ordinal);
        Assert.Contains("the judge's last run of this component", agent.Prompt(diagnosis + 1), StringComparison.Ordinal);
        Assert.Contains(LedgerRun.Data(run)["steps"]!.AsArray(), s => s!["tool"]!.GetValue<string>() == "pact_diagnose" && s["message"]!.GetValue<string>().StartsWith("implementation: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADiagnosisBlamingTheContract_PausesTheRun_WithTheAmendmentItProposes()
    {
        var agent = await _ledger.PrepareAsync("max_implementation_attempts: 1\nrole_backends:\n  trace_analyst: codex_code\n");
        agent.Code("money", 1, "money.py", "def to_cents(text):\n    return 0\n");
        agent.Answer("diagnose_money", """{"verdict": "contract", "explanation": "the contract does not say how negative amounts are written.", "guidance": "add a precondition: amounts are not negative"}""");

        var run = await LedgerRun.RunAsync(agent, Project, "--implement", "--json");

        Assert.Equal(1, run.ExitCode);
        var data = LedgerRun.Data(run);
        Assert.Equal("paused", data["stop"]!.GetValue<string>());
        Assert.Contains("Proposed amendment: add a precondition: amounts are not negative", data["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("codex_code", data["steps"]!.AsArray().Single(s => s!["tool"]!.GetValue<string>() == "pact_diagnose")!["backend"]!.GetValue<string>());
        Assert.Equal(1, agent.Calls.Count(c => c.StartsWith("implement money", StringComparison.Ordinal)));
    }
}
