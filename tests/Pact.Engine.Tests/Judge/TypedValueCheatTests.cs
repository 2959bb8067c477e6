using Pact.Judge;
using Pact.Suites;

namespace Pact.Engine.Tests.Judge;

/// <summary>
/// Cheats with no patching at all: a contract function returns a value that only looks right to a loose comparison
/// (an object that equals everything, a str subclass, a float or bool for an int, a dict dressed as a struct, a
/// JavaScript object with a valueOf, a numeric string). Each beat the judge before contract-typed values; each must
/// now fail as judge.type_violation naming the function, through real pytest and node under the real sandbox.
/// </summary>
public sealed class TypedValueCheatTests : IDisposable
{
    private readonly JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    /// <summary>A contract "calc" whose one function <paramref name="function"/> returns <paramref name="output"/>; <paramref name="types"/> is the contract's types array.</summary>
    private void Contract(string function, string output, string types = "[]") => _f.Write("contracts/calc/interface.json", $$"""
        { "component_id": "calc", "name": "calc", "description": "component calc", "dependencies": [],
          "invariants": ["results are deterministic"], "types": {{types}},
          "functions": [{ "name": "{{function}}", "description": "{{function}} does its job", "inputs": [], "output_type": "{{output}}", "postconditions": ["{{function}} returns the documented value"] }] }
        """);

    private async Task<SuiteRun> RunAsync(TestLanguage language, string function, string output, string file, string implementation, string tests, string types = "[]")
    {
        await _f.InitAsync(language);
        Contract(function, output, types);
        _f.Decompose();
        _f.Write($"src/calc/{file}", implementation);
        var locked = await _f.LockAsync("calc", _f.SuiteFile("calc", tests, [("test_it", function, "returns the documented value")], language));
        Assert.True(locked.Ok, string.Join("\n", locked.Diagnostics));
        return Assert.Single((await _f.TestAsync("calc")).Data!.Runs);
    }

    private static void AssertViolation(SuiteRun run, string function)
    {
        Assert.True(run.Status != SuiteStatus.Passed, $"the cheat passed: {run.Message}");
        Assert.True(run.Rule == "judge.type_violation", $"rule '{run.Rule}': {run.Message} {string.Join("\n", run.Failures.Select(f => f.ErrorMessage + f.Stdout + f.Stderr))}");
        Assert.Contains(function, run.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> PythonCheats => new()
    {
        // technique, output type, implementation, test
        { "an object whose __eq__ is always true", "int", "class Anything:\n    def __eq__(self, other):\n        return True\n\n\ndef add(a, b):\n    return Anything()\n", "from calc import add\n\n\ndef test_it():\n    assert add(2, 3) == 5\n" },
        { "a str subclass that equals everything", "str", "class Text(str):\n    def __eq__(self, other):\n        return True\n    __hash__ = str.__hash__\n\n\ndef add(a, b):\n    return Text('')\n", "from calc import add\n\n\ndef test_it():\n    assert add(2, 3) == '5'\n" },
        { "an int subclass that equals everything, imported as a module", "int", "class Number(int):\n    def __eq__(self, other):\n        return True\n    __hash__ = int.__hash__\n\n\ndef add(a, b):\n    return Number(0)\n", "import calc as m\n\n\ndef test_it():\n    assert m.add(2, 3) == 5\n" },
        { "a float for an int", "int", "def add(a, b):\n    return float(a + b)\n", "from calc import add\n\n\ndef test_it():\n    assert add(2, 3) == 5\n" },
        { "a bool for an int", "int", "def add(a, b):\n    return True\n", "from calc import add\n\n\ndef test_it():\n    assert add(0, 1) == 1\n" },
        { "a float inside a list[int]", "list[int]", "def add(a, b):\n    return [float(a + b)]\n", "from calc import add\n\n\ndef test_it():\n    assert add(2, 3) == [5]\n" },
    };

    [Theory]
    [MemberData(nameof(PythonCheats))]
    public async Task Python_ValueThatOnlyLooksRight_FailsAsTypeViolation(string technique, string output, string implementation, string tests)
    {
        var run = await RunAsync(TestLanguage.Python, "add", output, "calc.py", implementation, tests);

        AssertViolation(run, "add");
        Assert.False(string.IsNullOrEmpty(technique));
    }

    [Fact]
    public async Task Python_DictDressedAsAStruct_FailsAsTypeViolation_NamingTheStruct()
    {
        const string types = """[{ "name": "Point", "kind": "struct", "fields": [{ "name": "x", "type_ref": "int" }, { "name": "y", "type_ref": "int" }] }]""";
        const string implementation = "from dataclasses import dataclass\n\n\n@dataclass\nclass Point:\n    x: int\n    y: int\n\n\nclass Loose(dict):\n    __getattr__ = dict.__getitem__\n\n\ndef origin():\n    return Loose(x=0, y=0)\n";
        const string tests = "from calc import origin\n\n\ndef test_it():\n    p = origin()\n    assert p.x == 0 and p.y == 0\n";

        var run = await RunAsync(TestLanguage.Python, "origin", "Point", "calc.py", implementation, tests, types);

        AssertViolation(run, "origin");
        Assert.Contains("Point", run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Python_StructFieldOfTheWrongType_NamesTheField()
    {
        const string types = """[{ "name": "Point", "kind": "struct", "fields": [{ "name": "x", "type_ref": "int" }, { "name": "y", "type_ref": "int" }] }]""";
        const string implementation = "from dataclasses import dataclass\n\n\n@dataclass\nclass Point:\n    x: int\n    y: int\n\n\ndef origin():\n    return Point(0, 0.0)\n";
        const string tests = "from calc import Point, origin\n\n\ndef test_it():\n    assert origin() == Point(0, 0)\n";

        var run = await RunAsync(TestLanguage.Python, "origin", "Point", "calc.py", implementation, tests, types);

        AssertViolation(run, "origin");
        Assert.Contains("/y", run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Python_HonestStructAndOptional_Pass()
    {
        const string types = """[{ "name": "Point", "kind": "struct", "fields": [{ "name": "x", "type_ref": "int" }, { "name": "y", "type_ref": "int" }] }]""";
        var implementation = "from dataclasses import dataclass\n\n\n@dataclass\nclass Point:\n    x: int\n    y: int\n\n\ndef origin():\n    return Point(0, 0)\n";
        implementation += FixtureEvents.Python("calc", "origin");
        const string tests = "from calc import Point, origin\n\n\ndef test_it():\n    assert origin() == Point(0, 0)\n";

        var run = await RunAsync(TestLanguage.Python, "origin", "Point", "calc.py", implementation, tests, types);

        Assert.True(run.Status == SuiteStatus.Passed, run.Message);
        Assert.Equal("", run.Rule);
    }

    private const string LooseJsTests = """
        import test from "node:test";
        import assert from "node:assert";
        import { add } from "../../src/calc/index.js";

        test("test_it", () => assert.equal(add(2, 3), 5));

        """;

    [Theory]
    [InlineData("an object with valueOf", "export function add(a, b) {\n  return { valueOf: () => a + b };\n}\n")]
    [InlineData("a numeric string", "export function add(a, b) {\n  return String(a + b);\n}\n")]
    [InlineData("an export bound under an escaped name", "function plus(a, b) { return String(a + b); }\nexport { plus as \"\\u0061dd\" };\n")]
    public async Task JavaScript_ValueThatOnlyLooksRight_FailsAsTypeViolation(string technique, string implementation)
    {
        var run = await RunAsync(TestLanguage.Javascript, "add", "int", "index.js", implementation, LooseJsTests);

        AssertViolation(run, "add");
        Assert.False(string.IsNullOrEmpty(technique));
    }

    [Fact]
    public async Task JavaScript_TestThatSwallowsTheViolation_StillFailsTheRun()
    {
        const string tests = """
            import test from "node:test";
            import assert from "node:assert/strict";
            import { add } from "../../src/calc/index.js";

            test("test_it", () => assert.throws(() => add(2, 3)));

            """;
        var run = await RunAsync(TestLanguage.Javascript, "add", "int", "index.js", "export function add(a, b) {\n  return String(a + b);\n}\n", tests);

        AssertViolation(run, "add");
    }

    [Fact]
    public async Task HiddenRun_WithATypeViolation_CountsAsAnAttempt_AndDisclosesOnlyCounts()
    {
        await _f.InitAsync();
        await _f.CalcAsync("def add(a, b):\n    return float(a + b)\n");
        var audit = _f.Dir.Combine("audit");
        Assert.True((await _f.Get<Pact.Engine.Judge.AuditInitService>().InitAsync(_f.Project, audit, TestContext.Current.CancellationToken)).Ok);
        var file = _f.Dir.Write("inputs/hidden.json", System.Text.Json.JsonSerializer.Serialize(HiddenSuiteTests.HiddenSuite(), Pact.Serialization.PactJson.Context.ContractTestSuite));
        Assert.True((await _f.LockAsync("calc", file, SuiteKind.Hidden)).Ok);

        var polish = await _f.Get<Pact.Engine.Judge.Runs.JudgeService>().PolishAsync(_f.Project, TestContext.Current.CancellationToken);

        var hidden = Assert.Single(polish.Data!.Runs, r => r.Kind == SuiteKind.Hidden);
        Assert.Equal("judge.type_violation", hidden.Rule);
        Assert.DoesNotContain("calc.add", hidden.Message, StringComparison.Ordinal);
        Assert.Contains("polish.hidden_failed", File.ReadAllText(Path.Combine(audit, Pact.Engine.Judge.JudgeLedger.FileName)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypeScript_AnyCastValue_FailsAsTypeViolation()
    {
        var run = await RunAsync(TestLanguage.Typescript, "add", "int", "index.ts", FixtureEvents.TypeScript("calc", "add", "export function add(a: number, b: number): number {\n  return { valueOf: () => a + b } as any;\n}\n"), LooseJsTests);

        AssertViolation(run, "add");
    }
}
