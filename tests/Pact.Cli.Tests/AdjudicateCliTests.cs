namespace Pact.Cli.Tests;

/// <summary><c>pact adjudicate</c> end to end: pact test names the finding, certify refuses it, the auditor's decision lets certify through.</summary>
public sealed class AdjudicateCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public AdjudicateCliTests() => JudgeTools.Configure();

    public void Dispose() => _dir.Dispose();

    private string Project => _dir.Combine("p");

    [Fact]
    public async Task Adjudicate_AllowsAFinding_ThenCertifyProceeds()
    {
        Assert.Equal(0, (await Cli.InProcessAsync("init", Project, "--language", "python")).ExitCode);
        _dir.Write("p/task.md", "Build calc so that its suite passes.\n");
        var config = Path.Combine(Project, "pact.yaml");
        File.WriteAllText(config, File.ReadAllText(config)
            .Replace("gating:\n    level: standard", "gating:\n    level: basic", StringComparison.Ordinal)
            .Replace("testing:\n    level: standard", "testing:\n    level: basic", StringComparison.Ordinal));
        _dir.Write("p/decomposition/tree.json", """{ "root_id": "calc", "nodes": { "calc": { "component_id": "calc", "name": "calc", "description": "component calc", "depth": 0 } } }""");
        _dir.Write("p/contracts/calc/interface.json", """{ "component_id": "calc", "name": "Calc", "description": "adds", "invariants": ["results are deterministic"], "functions": [ { "name": "add", "description": "adds two integers", "inputs": [], "output_type": "int", "postconditions": ["add(a, b) == a + b for all integers"] } ] }""");
        _dir.Write("p/src/calc/calc.py", "import subprocess\n\n\ndef add(a, b):\n    return a + b\n");
        var visible = _dir.Write("visible.yaml", """
            component_id: calc
            contract_version: 1
            test_cases:
              - { id: test_add, description: adds two numbers, function: add, category: happy_path }
            generated_code: |
              from calc import add
              def test_add():
                  assert add(2, 3) == 5
            """);
        Assert.Equal(0, (await Cli.InProcessAsync("tests", Project, "calc", "--file", visible)).ExitCode);
        Assert.Equal(0, (await Cli.InProcessAsync("audit-init", Project, "--audit-dir", _dir.Combine("audit"))).ExitCode);

        var test = await Cli.InProcessAsync("test", Project);
        Assert.Equal(0, test.ExitCode);
        Assert.Contains("tamper.python.detached_process", test.Out + test.Err, StringComparison.Ordinal);
        var refused = await Cli.InProcessAsync("certify", Project);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("certify.tamper_unadjudicated", refused.Out + refused.Err, StringComparison.Ordinal);

        var bad = await Cli.InProcessAsync("adjudicate", Project, "calc", "tamper.python.detached_process", "--file", "src/calc/calc.py", "--line", "1", "--verdict", "perhaps", "--reason", "r");
        Assert.NotEqual(0, bad.ExitCode);
        var nowhere = await Cli.InProcessAsync("adjudicate", Project, "calc", "tamper.python.detached_process", "--verdict", "allowed", "--reason", "r");
        Assert.NotEqual(0, nowhere.ExitCode);
        Assert.Contains("adjudicate.no_location", nowhere.Err, StringComparison.Ordinal);
        var allowed = await Cli.InProcessAsync("adjudicate", Project, "calc", "tamper.python.detached_process", "--file", "src/calc/calc.py", "--line", "1", "--verdict", "allowed", "--reason", "unused import, harmless", "--json");
        Assert.Equal(0, allowed.ExitCode);
        Assert.Contains("\"verdict\": \"allowed\"", allowed.Out, StringComparison.Ordinal);

        var certified = await Cli.InProcessAsync("certify", Project);
        Assert.True(certified.ExitCode == 0, certified.Out + certified.Err);
    }
}
