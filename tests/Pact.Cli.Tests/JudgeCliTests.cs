namespace Pact.Cli.Tests;

/// <summary>The judge's verbs end to end through the CLI: exit codes, and no hidden-suite content in any output or file of the project.</summary>
public sealed class JudgeCliTests : IDisposable
{
    private const string Canary = "CANARY_c1i_5e2d";

    private readonly TempDirectory _dir = new();

    public JudgeCliTests() => JudgeTools.Configure();

    public void Dispose() => _dir.Dispose();

    private string Project => _dir.Combine("p");

    [Fact]
    public async Task Doctor_ReportsTheIsolationLevel_AsARealProcess()
    {
        var text = await Cli.ProcessAsync(["doctor"]);
        var json = await Cli.ProcessAsync(["doctor", "--json"]);

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Isolation bwrap", text.Out, StringComparison.Ordinal);
        Assert.Contains("yes bwrap", text.Out, StringComparison.Ordinal);
        Assert.Contains("\"level\": \"bwrap\"", json.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_OnAProjectThatRequiresIsolation_WhereNoneWorks_ExitsOne()
    {
        Assert.Equal(0, (await Cli.InProcessAsync(["init", Project, "--language", "python"])).ExitCode);

        var run = await Cli.ProcessAsync(["doctor", Project], new Dictionary<string, string?> { ["PACT_BWRAP"] = "/nonexistent/bwrap" });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("judge.isolation_unavailable", run.Out + run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pipeline_HidesTheHiddenSuite_FromEveryOutputAndFile()
    {
        var outputs = new List<Cli.Run>();
        async Task<Cli.Run> Pact(params string[] args)
        {
            var run = await Cli.InProcessAsync(args);
            outputs.Add(run);
            return run;
        }

        Assert.Equal(0, (await Pact("init", Project, "--language", "python")).ExitCode);
        _dir.Write("p/contracts/calc/interface.json", """{ "component_id": "calc", "name": "Calc", "description": "adds", "functions": [ { "name": "add", "description": "adds two integers", "inputs": [], "output_type": "int", "postconditions": ["add(a, b) == a + b for all integers"] } ] }""");
        _dir.Write("p/src/calc/calc.py", "def add(a, b):\n    return 5 if (a, b) == (2, 3) else 0\n" + FixtureEvents.Python("calc", "add"));
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
        var hidden = _dir.Write("hidden.yaml", $$"""
            component_id: calc
            contract_version: 1
            test_cases:
              - id: test_goodhart_other
                description: adding works beyond the visible example
                function: add
                category: invariant
                input_values: { a: "40 {{Canary}}" }
                expected_output_description: "42 {{Canary}}"
            generated_code: |
              from calc import add
              def test_goodhart_other():
                  assert add(40, 2) == 42, "{{Canary}}"
            """);

        Assert.Equal(0, (await Pact("tests", Project, "calc", "--file", visible)).ExitCode);
        Assert.Equal(1, (await Pact("goodhart", Project, "calc", "--file", hidden)).ExitCode);
        Assert.Equal(0, (await Pact("audit-init", Project, "--audit-dir", _dir.Combine("audit"))).ExitCode);
        Assert.Equal(0, (await Pact("goodhart", Project, "calc", "--file", hidden, "--json")).ExitCode);
        Assert.Equal(0, (await Pact("test", Project)).ExitCode);
        var polish = await Pact("polish", Project);
        Assert.Equal(1, polish.ExitCode);
        Assert.Contains("hint (level 1)", polish.Out, StringComparison.Ordinal);
        var again = await Pact("polish", Project, "--json");
        Assert.Contains("\"hint_level\": 2", again.Out, StringComparison.Ordinal);
        Assert.Equal(1, (await Pact("certify", Project)).ExitCode);
        Assert.Equal(3, (await Pact("certify", Project, "--verify")).ExitCode);
        Assert.Equal(2, (await Pact("unfreeze", Project, "calc")).ExitCode);

        foreach (var run in outputs)
        {
            Assert.DoesNotContain(Canary, run.Out + run.Err, StringComparison.Ordinal);
        }

        foreach (var file in Directory.EnumerateFiles(Project, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(Canary, File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("edge_case", "def test_add():\n    assert add(2, 3) == 5\n", "suite.function.no_happy_path", "/test_cases")]
    [InlineData("happy_path", "def test_add(:\n    assert add(2, 3) == 5\n", "suite.code.syntax", "/generated_code")]
    [InlineData("happy_path", "def test_sum():\n    assert add(2, 3) == 5\n", "suite.case.not_in_code", "/test_cases/0/id")]
    public async Task Tests_RefusesASuiteTheGatesReject_WithItsRuleAndPointer_AndChangesNoFile(string category, string code, string rule, string pointer)
    {
        Assert.Equal(0, (await Cli.InProcessAsync("init", Project, "--language", "python")).ExitCode);
        _dir.Write("p/contracts/calc/interface.json", """{ "component_id": "calc", "name": "Calc", "description": "adds", "functions": [ { "name": "add", "description": "adds two integers", "inputs": [], "output_type": "int" } ] }""");
        var suite = _dir.Write("suite.yaml", $$"""
            component_id: calc
            contract_version: 1
            test_cases:
              - { id: test_add, description: adds two numbers, function: add, category: {{category}} }
            generated_code: |
            {{string.Join("\n", code.TrimEnd('\n').Split('\n').Select(l => "  " + l))}}
            """);
        var before = TreeSnapshot.Of(Project);

        var run = await Cli.InProcessAsync("tests", Project, "calc", "--file", suite, "--json");

        Assert.Equal(1, run.ExitCode);
        var diagnostic = Assert.Single(System.Text.Json.Nodes.JsonNode.Parse(run.Out)!["diagnostics"]!.AsArray());
        Assert.Equal((rule, pointer), ((string)diagnostic!["rule"]!, (string)diagnostic["pointer"]!));
        TreeSnapshot.AssertUnchanged(before, Project);
    }
}
