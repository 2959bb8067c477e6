namespace Pact.Cli.Tests;

/// <summary>
/// A one-component Python project through the CLI (readiness lowered to basic so certify asks for no more than this):
/// task, tree, contract, <c>src/calc/calc.py</c> and a locked visible suite; hidden suites and the audit directory on demand.
/// </summary>
internal static class CalcProject
{
    public const string Correct = "def add(a, b):\n    return a + b\n";

    /// <summary>Passes the visible suite (small numbers) and fails the hidden one.</summary>
    public const string OnlySmall = "def add(a, b):\n    return a + b if a < 100 else 0\n";

    /// <summary>The body of the visible suite's one test, <c>test_add</c>: lines indented four spaces.</summary>
    public const string HonestTest = "    assert add(2, 3) == 5";

    public static async Task CreateAsync(TempDirectory dir, string project, string implementation = Correct, string testBody = HonestTest)
    {
        var name = Path.GetFileName(project);
        Assert.Equal(0, (await Cli.InProcessAsync("init", project, "--language", "python")).ExitCode);
        dir.Write($"{name}/task.md", "Build calc so that its suite passes.\n");
        var config = Path.Combine(project, "pact.yaml");
        File.WriteAllText(config, File.ReadAllText(config)
            .Replace("gating:\n    level: standard", "gating:\n    level: basic", StringComparison.Ordinal)
            .Replace("testing:\n    level: standard", "testing:\n    level: basic", StringComparison.Ordinal));
        dir.Write($"{name}/decomposition/tree.json", """{ "root_id": "calc", "nodes": { "calc": { "component_id": "calc", "name": "calc", "description": "component calc", "depth": 0 } } }""");
        dir.Write($"{name}/contracts/calc/interface.json", """{ "component_id": "calc", "name": "Calc", "description": "adds", "invariants": ["results are deterministic"], "functions": [ { "name": "add", "description": "adds two integers", "inputs": [], "output_type": "int", "postconditions": ["add(a, b) == a + b for all integers"] } ] }""");
        dir.Write($"{name}/src/calc/calc.py", implementation + FixtureEvents.Python("calc", "add"));
        // Each line of the body sits inside the YAML block below, two spaces in.
        var body = testBody.Replace("\n", "\n  ", StringComparison.Ordinal);
        var visible = dir.Write($"{name}-visible.yaml", $$"""
            component_id: calc
            contract_version: 1
            test_cases:
              - { id: test_add, description: adds two numbers, function: add, category: happy_path }
            generated_code: |
              from calc import add
              def test_add():
              {{body}}
            """);
        var locked = await Cli.InProcessAsync("tests", project, "calc", "--file", visible);
        Assert.True(locked.ExitCode == 0, locked.Out + locked.Err);
    }

    /// <summary>The hidden suite's file (adds numbers far from the visible example).</summary>
    public static string HiddenSuite(TempDirectory dir) => dir.Write("hidden.yaml", """
        component_id: calc
        contract_version: 1
        test_cases:
          - id: test_large
            description: adds numbers far from the visible example
            function: add
            category: invariant
            input_values: { a: "1000", b: "2345" }
            expected_output_description: "3345"
            assertions: ["result == 3345"]
        generated_code: |
          from calc import add
          def test_large():
              assert add(1000, 2345) == 3345
        """);

    /// <summary>A project with an audit directory and a locked hidden suite.</summary>
    public static async Task WithAuthorityAsync(TempDirectory dir, string project, string audit, string implementation = Correct)
    {
        await CreateAsync(dir, project, implementation);
        var init = await Cli.InProcessAsync("audit-init", project, "--audit-dir", audit);
        Assert.True(init.ExitCode == 0, init.Out + init.Err);
        var hidden = await Cli.InProcessAsync("goodhart", project, "calc", "--file", HiddenSuite(dir));
        Assert.True(hidden.ExitCode == 0, hidden.Out + hidden.Err);
    }
}
