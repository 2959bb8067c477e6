using Pact.Engine.Backends;
using Pact.Engine.Judge.Processes;

namespace Pact.Engine.Tests.Backends;

/// <summary>
/// The backend seam against a scripted agent over a real process boundary: each recovery state (completed,
/// unavailable, failed with the credential named, failed on a crash, a hang or prose instead of the structured
/// answer) for Claude Code's and Codex's output formats.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AgentBackendTests : IDisposable
{
    private const string Schema = """{"type": "object", "required": ["findings"], "properties": {"findings": {"type": "array"}}}""";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Backends => [ClaudeCodeBackend.BackendName, CodexBackend.BackendName];

    private IAgentBackend Backend(string name, string? program)
    {
        var toolchain = new Toolchain.Toolchain(new Dictionary<string, string?>
        {
            [ClaudeCodeBackend.ProgramVariable] = program,
            [CodexBackend.ProgramVariable] = program,
        });
        var runner = new ProcessRunner(TimeProvider.System);
        return name == ClaudeCodeBackend.BackendName ? new ClaudeCodeBackend(runner, toolchain) : new CodexBackend(runner, toolchain);
    }

    private BackendRequest Request(TimeSpan? timeout = null, IReadOnlyDictionary<string, string>? environment = null) => new()
    {
        Prompt = "Review src/calc/calc.py against its contract.",
        OutputSchema = Schema,
        WorkingDirectory = _dir.Path,
        Timeout = timeout ?? TimeSpan.FromSeconds(30),
        Environment = environment ?? new Dictionary<string, string>(),
    };

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task AnAnswer_IsTheStructuredOutput_WithItsUsage_AndThePromptWentOnStdin(string name)
    {
        var agent = new ScriptedAgent(_dir, "answer", """{"findings": [{"severity": "high"}]}""");

        var answer = await Backend(name, agent.Program).AskAsync(Request(), Ct);

        Assert.Equal(BackendState.Completed, answer.State);
        Assert.Equal("high", answer.Output!["findings"]![0]!["severity"]!.GetValue<string>());
        Assert.True(answer.InputTokens > 0 && answer.OutputTokens > 0);
        Assert.Equal("Review src/calc/calc.py against its contract.", agent.Stdin);
        Assert.DoesNotContain(agent.Arguments, a => a.Contains("Review src/calc", StringComparison.Ordinal));
        if (name == ClaudeCodeBackend.BackendName)
        {
            Assert.Equal(0.02, answer.CostUsd);
            Assert.Equal("claude-sonnet-4-5", answer.Model);
            Assert.Contains(Schema, agent.Arguments);
        }
        else
        {
            Assert.Equal(["exec", "--json"], agent.Arguments[..2]);
            Assert.Equal("-", agent.Arguments[^1]);
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task AMissingProgram_IsUnavailable_WithTheInstallCommand(string name)
    {
        var answer = await Backend(name, _dir.Combine("not-installed")).AskAsync(Request(), Ct);

        Assert.Equal(BackendState.Unavailable, answer.State);
        Assert.Contains(name == ClaudeCodeBackend.BackendName ? ClaudeCodeBackend.ProgramVariable : CodexBackend.ProgramVariable, answer.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task ARefusedKey_FailsWithHowToLogIn(string name)
    {
        var agent = new ScriptedAgent(_dir, "bad_key");

        var answer = await Backend(name, agent.Program).AskAsync(Request(), Ct);

        Assert.Equal(BackendState.Failed, answer.State);
        Assert.Contains(name == ClaudeCodeBackend.BackendName ? "ANTHROPIC_API_KEY" : "codex login", answer.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRequestsCredential_ReachesTheAgentOnly_NotThisProcess()
    {
        var agent = new ScriptedAgent(_dir, "needs_key");
        Assert.Null(Environment.GetEnvironmentVariable("ANTHROPIC_API_KEY"));

        var answer = await Backend(ClaudeCodeBackend.BackendName, agent.Program).AskAsync(Request(environment: new Dictionary<string, string> { ["ANTHROPIC_API_KEY"] = "sk-test" }), Ct);

        Assert.Equal(BackendState.Completed, answer.State);
        Assert.Equal("sk-test", agent.SawKey);
        Assert.Null(Environment.GetEnvironmentVariable("ANTHROPIC_API_KEY"));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task ACrash_AHang_AndProse_AreFailures_NotAnswers(string name)
    {
        var crashed = await Backend(name, new ScriptedAgent(_dir, "crash").Program).AskAsync(Request(), Ct);
        var prose = await Backend(name, new ScriptedAgent(_dir, "prose").Program).AskAsync(Request(), Ct);
        var hung = await Backend(name, new ScriptedAgent(_dir, "hang").Program).AskAsync(Request(TimeSpan.FromSeconds(2)), Ct);

        Assert.Equal((BackendState.Failed, BackendState.Failed, BackendState.Failed), (crashed.State, prose.State, hung.State));
        Assert.Contains("139", crashed.Message, StringComparison.Ordinal);
        Assert.Contains("structured output", prose.Message, StringComparison.Ordinal);
        Assert.Contains("within 2 s", hung.Message, StringComparison.Ordinal);
    }
}
