using Pact.Engine.Backends;
using Pact.Engine.Judge.Processes;

namespace Pact.Engine.Tests.Backends;

/// <summary>
/// The backends against the real <c>claude</c> and <c>codex</c> CLIs pinned in tools/ (no model is reachable here):
/// each accepts the arguments the backend passes, and its offline failure is read as a failure with the fix to log
/// in, never as an answer. An option the CLI did not know would fail differently ("unknown option").
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class RealAgentCliTests : IDisposable
{
    private readonly TempDirectory _home = new();

    public void Dispose() => _home.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Bin(string name)
    {
        var root = Path.GetDirectoryName(JudgeTools.RepositoryFile("Pact.sln"))!;
        var path = Path.Combine(root, "tools", "node_modules", ".bin", name);
        Assert.True(File.Exists(path), $"{path} is missing: run `npm ci --prefix tools`");
        return path;
    }

    private BackendRequest Request(TimeSpan timeout) => new()
    {
        Prompt = "Say hello.",
        OutputSchema = """{"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"], "additionalProperties": false}""",
        WorkingDirectory = _home.Path,
        Timeout = timeout,
        // A home of its own: no login of this machine's user is read, none is written.
        Environment = new Dictionary<string, string> { ["HOME"] = _home.Path, ["CODEX_HOME"] = Directory.CreateDirectory(_home.Combine(".codex")).FullName },
    };

    [Fact]
    public async Task ClaudeCode_NotLoggedIn_FailsWithHowToLogIn()
    {
        var backend = new ClaudeCodeBackend(new ProcessRunner(TimeProvider.System), new Toolchain.Toolchain(new Dictionary<string, string?> { [ClaudeCodeBackend.ProgramVariable] = Bin("claude") }));

        var answer = await backend.AskAsync(Request(TimeSpan.FromSeconds(60)), Ct);

        Assert.Equal(BackendState.Failed, answer.State);
        Assert.Contains("Not logged in", answer.Message, StringComparison.Ordinal);
        Assert.Contains("log in", answer.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Codex_Offline_IsAFailure_NotAnAnswer()
    {
        var backend = new CodexBackend(new ProcessRunner(TimeProvider.System), new Toolchain.Toolchain(new Dictionary<string, string?> { [CodexBackend.ProgramVariable] = Bin("codex") }));

        // Offline, Codex retries its connection until it is stopped (or, without a login, refuses at once).
        var answer = await backend.AskAsync(Request(TimeSpan.FromSeconds(8)), Ct);

        Assert.Equal(BackendState.Failed, answer.State);
        Assert.Null(answer.Output);
        // It ran the request (and waited for a network it did not get); an argument it refused would end it at once.
        Assert.Matches("did not answer within|Reconnecting|network|connect|log ?in", answer.Message);
        Assert.DoesNotContain("unexpected argument", answer.Message, StringComparison.Ordinal);
    }
}
