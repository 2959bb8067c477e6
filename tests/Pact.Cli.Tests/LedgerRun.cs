using System.Text.Json.Nodes;
using Pact.Engine.Backends;

namespace Pact.Cli.Tests;

/// <summary>
/// The Python ledger example as a project for <c>pact run</c>: its task written, an audit directory made (the
/// auditor's step, done before the run), and a scripted agent that answers each step with the example's own
/// interview, tree, contracts, suites and code.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class LedgerRun : IDisposable
{
    public const string Tree = """
        { "root_id": "ledger",
          "nodes": {
            "ledger": { "component_id": "ledger", "name": "Ledger", "description": "A ledger of accounts and their balances", "depth": 0, "children": ["money", "accounts", "report"] },
            "money": { "component_id": "money", "name": "Money", "description": "Parses and formats amounts of money as integer cents.", "depth": 1, "parent_id": "ledger" },
            "accounts": { "component_id": "accounts", "name": "Accounts", "description": "Applies deposits and withdrawals to a map of balances without mutating it.", "depth": 1, "parent_id": "ledger" },
            "report": { "component_id": "report", "name": "Report", "description": "Summaries of a ledger's balances.", "depth": 1, "parent_id": "ledger" } } }
        """;

    public const string Interview = """
        { "risks": ["rounding of cents"], "ambiguities": ["whether negative balances are allowed"],
          "questions": ["May a withdrawal overdraw an account?"], "assumptions": ["amounts are integer cents"],
          "acceptance_criteria": ["a deposit of 1.50 then a withdrawal of 0.50 leaves 1.00"],
          "user_answers": { "May a withdrawal overdraw an account?": "No: it is refused" }, "approved": true }
        """;

    public static readonly string[] Components = ["money", "accounts", "report"];

    private readonly TempDirectory _dir = new();
    private readonly TempDirectory _agentDir = new();

    public LedgerRun() => JudgeTools.Configure();

    public void Dispose()
    {
        _dir.Dispose();
        _agentDir.Dispose();
    }

    public string Project => _dir.Combine("ledger");

    public string Combine(string path) => _dir.Combine(path);

    public static string Example => JudgeTools.RepositoryFile("examples/python-ledger")!;

    public static Task<Cli.Run> RunAsync(ScriptedPipelineAgent agent, params string[] args) =>
        Cli.ProcessAsync(["run", .. args], new Dictionary<string, string?> { [ClaudeCodeBackend.ProgramVariable] = agent.Program, [CodexBackend.ProgramVariable] = agent.Program });

    /// <summary>The project, with <paramref name="settings"/> added to its pact.yaml, and its scripted agent.</summary>
    public async Task<ScriptedPipelineAgent> PrepareAsync(string settings = "", double cost = 0.02)
    {
        Assert.Equal(0, (await Cli.InProcessAsync("init", Project, "--language", "python")).ExitCode);
        File.WriteAllText(Path.Combine(Project, "task.md"), "Build a small ledger: parse money, keep account balances, report them.\n");
        File.AppendAllText(Path.Combine(Project, "pact.yaml"), settings);
        var audit = await Cli.InProcessAsync("audit-init", Project, "--audit-dir", _dir.Combine("audit"));
        Assert.True(audit.ExitCode == 0, audit.Err);

        var agent = new ScriptedPipelineAgent(_agentDir, cost);
        agent.Answer("interview", Interview);
        agent.Answer("decompose", Tree);
        agent.Answer("review", """{"findings": [], "questions": [], "text": ""}""");
        foreach (var id in Components)
        {
            agent.AnswerFile($"contract_{id}", Path.Combine(Example, "contracts", id, "interface.json"));
            agent.AnswerFile($"tests_{id}", Path.Combine(Example, "suites", "visible", id + ".json"));
            agent.AnswerFile($"goodhart_{id}", Path.Combine(Example, "suites", "hidden", id + ".json"));
            agent.Code(id, Path.Combine(Example, "src", id));
        }

        return agent;
    }

    public static JsonNode Data(Cli.Run run) => JsonNode.Parse(run.Out)!["data"]!;
}
