namespace Pact.Cli.Tests;

/// <summary>
/// A Python project made through the CLI: one component <c>calc</c> with a contract, a decomposition, a task, the
/// given implementation and a locked visible suite of one test (<c>test_add</c>) with the given body. Readiness is
/// basic, so no hidden suite is required to certify. <c>testBody</c> is the test function's body, indented four spaces.
/// </summary>
internal static class CalcProject
{
    public const string HonestTest = "    assert add(2, 3) == 5";

    public static async Task<string> CreateAsync(TempDirectory dir, string name, string implementation, string testBody = HonestTest)
    {
        var project = dir.Combine(name);
        Assert.Equal(0, (await Cli.InProcessAsync("init", project, "--language", "python")).ExitCode);
        dir.Write($"{name}/task.md", "Build calc so that its suite passes.\n");
        var config = Path.Combine(project, "pact.yaml");
        File.WriteAllText(config, File.ReadAllText(config)
            .Replace("gating:\n    level: standard", "gating:\n    level: basic", StringComparison.Ordinal)
            .Replace("testing:\n    level: standard", "testing:\n    level: basic", StringComparison.Ordinal));
        dir.Write($"{name}/decomposition/tree.json", """{ "root_id": "calc", "nodes": { "calc": { "component_id": "calc", "name": "calc", "description": "component calc", "depth": 0 } } }""");
        dir.Write($"{name}/contracts/calc/interface.json", """{ "component_id": "calc", "name": "Calc", "description": "adds", "invariants": ["results are deterministic"], "functions": [ { "name": "add", "description": "adds two integers", "inputs": [], "output_type": "int", "postconditions": ["add(a, b) == a + b for all integers"] } ] }""");
        dir.Write($"{name}/src/calc/calc.py", implementation);
        // Each line of the body sits inside the YAML block below, two spaces in.
        var body = testBody.Replace("\n", "\n  ", StringComparison.Ordinal);
        var visible = dir.Write($"{name}-visible.yaml", $"""
            component_id: calc
            contract_version: 1
            test_cases:
              - {"{"} id: test_add, description: adds two numbers, function: add, category: happy_path {"}"}
            generated_code: |
              from calc import add
              def test_add():
              {body}
            """);
        var locked = await Cli.InProcessAsync("tests", project, "calc", "--file", visible);
        Assert.True(locked.ExitCode == 0, locked.Out + locked.Err);
        return project;
    }
}
