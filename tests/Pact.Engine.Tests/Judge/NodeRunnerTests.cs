using Pact.Judge;
using Pact.Suites;

namespace Pact.Engine.Tests.Judge;

/// <summary>JavaScript and TypeScript suites through node --test (and the pinned tsc), read from the JUnit report.</summary>
public sealed class NodeRunnerTests : IDisposable
{
    private const string JsTests = """
        import test from "node:test";
        import assert from "node:assert/strict";
        import { add } from "../../src/calc/index.js";

        test("test_add_small", () => assert.equal(add(2, 3), 5));
        test("test_add_negative", () => assert.equal(add(-2, -3), -5));

        """;

    private readonly JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    private async Task<SuiteRun> RunAsync(TestLanguage language, string file, string implementation, string tests)
    {
        await _f.InitAsync(language);
        _f.Contract("calc", ["add"]);
        _f.Write($"src/calc/{file}", language == TestLanguage.Javascript ? implementation + FixtureEvents.JavaScript("calc", "add") : implementation);
        _f.Write("src/calc/package.json", """{ "scripts": { "test": "exit 0" }, "type": "commonjs" }""");
        var locked = await _f.LockAsync("calc", _f.SuiteFile("calc", tests, [("test_add_small", "add", "adds"), ("test_add_negative", "add", "adds negatives")], language));
        Assert.True(locked.Ok, string.Join("\n", locked.Diagnostics));
        return Assert.Single((await _f.TestAsync()).Data!.Runs);
    }

    [Fact]
    public async Task JavaScript_PassesAndFails_FromTheJUnitReport()
    {
        var run = await RunAsync(TestLanguage.Javascript, "index.js", "export function add(a, b) {\n  return Math.abs(a) + Math.abs(b);\n}\n", JsTests);

        // Two of the suite and the generated emission test of add, which passes.
        Assert.Equal((SuiteStatus.Failed, 3, 2), (run.Status, run.Total, run.Passed));
        Assert.Equal("test_add_negative", Assert.Single(run.Failures).TestId);
        Assert.Contains("src/calc/package.json", run.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_f.Project, "tests/calc/contract.test.mjs")));
    }

    [Fact]
    public async Task JavaScript_ProcessExitAtImport_IsNotAPass()
    {
        var run = await RunAsync(TestLanguage.Javascript, "index.js", "process.exit(0);\nexport function add(a, b) { return a + b; }\n", JsTests);

        Assert.NotEqual(SuiteStatus.Passed, run.Status);
    }

    [Fact]
    public async Task TypeScript_CompilesWithThePinnedTsc_ThenRuns()
    {
        var tests = JsTests.Replace("import test", "import test", StringComparison.Ordinal);
        var run = await RunAsync(TestLanguage.Typescript, "index.ts", FixtureEvents.TypeScript("calc", "add", "export function add(a: number, b: number): number {\n  return a + b;\n}\n"), tests);

        Assert.True(run.Status == SuiteStatus.Passed, run.Message);
        // The suite's two tests and the generated emission test of add.
        Assert.Equal(3, run.Passed);
    }

    [Fact]
    public async Task TypeScript_TypeErrors_FailTheCompileStep()
    {
        var run = await RunAsync(TestLanguage.Typescript, "index.ts", "export function add(a: number, b: number): string {\n  return a + b;\n}\n", JsTests);

        Assert.Equal(SuiteStatus.Failed, run.Status);
        Assert.Contains("the compile step failed", run.Message, StringComparison.Ordinal);
    }
}
