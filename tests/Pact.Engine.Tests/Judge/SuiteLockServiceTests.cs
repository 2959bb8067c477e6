using Pact.Engine.Judge;
using Pact.Engine.Judge.Suites;
using Pact.Hashing;
using Pact.Judge;
using Pact.Projects;
using Pact.Suites;

namespace Pact.Engine.Tests.Judge;

public sealed class SuiteLockServiceTests : IDisposable
{
    private readonly JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    private string Path(string relative) => System.IO.Path.Combine(_f.Project, relative);

    [Fact]
    public async Task Lock_StoresTheCanonicalMasterWithItsHash_AndWritesTheView()
    {
        await _f.InitAsync();
        await _f.CalcAsync();

        var master = File.ReadAllBytes(Path(".pact/judge/calc/visible.json"));
        var lockText = File.ReadAllText(Path(".pact/judge/calc/visible.lock.json"));
        Assert.Contains(ContentHash.OfBytes(master), lockText, StringComparison.Ordinal);
        Assert.Equal(JudgeFixture.CalcTests, File.ReadAllText(Path("tests/calc/contract_test.py")));
        Assert.True(File.Exists(Path("tests/calc/contract_test_suite.json")));
        Assert.DoesNotContain("\n", System.Text.Encoding.UTF8.GetString(master), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lock_RefusesACaseNamingAFunctionTheContractLacks_AndWritesNothing()
    {
        await _f.InitAsync();
        _f.Contract("calc", ["add"]);
        var before = TreeSnapshot.Of(_f.Project);

        var result = await _f.LockAsync("calc", _f.SuiteFile("calc", "def test_x(): pass\ndef test_y(): pass\n", [("test_x", "add", "adds"), ("test_y", "multiply", "multiplies")]));

        Assert.Equal(Outcome.Invalid, result.Outcome);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal("suite.case.unknown_function", problem.Rule);
        Assert.Equal("/test_cases/1/function", problem.Pointer);
        Assert.Equal(before, TreeSnapshot.Of(_f.Project));
    }

    /// <summary>A contract "calc" whose add(a, b) declares one error case, so the coverage rules have something to ask for.</summary>
    private void CalcWithErrorCase() => _f.Write("contracts/calc/interface.json", """
        { "component_id": "calc", "name": "calc", "description": "adds small numbers",
          "functions": [ { "name": "add", "description": "adds two integers", "inputs": [], "output_type": "int",
            "error_cases": [ { "name": "overflow", "condition": "the sum exceeds 1000", "error_type": "OverflowError" } ] } ] }
        """);

    /// <summary>A suite file for calc; each case is (id, category).</summary>
    private string CalcSuite(string code, (string Id, TestCategory Category)[] cases, TestLanguage? language = null) =>
        _f.Dir.Write("inputs/calc/gated.json", System.Text.Json.JsonSerializer.Serialize(new ContractTestSuite
        {
            ComponentId = "calc",
            ContractVersion = 1,
            TestLanguage = language ?? TestLanguage.Python,
            GeneratedCode = code,
            TestCases = [.. cases.Select(c => new TestCase { Id = c.Id, Function = "add", Description = $"case {c.Id}", Category = c.Category })],
        }, Pact.Serialization.PactJson.Context.ContractTestSuite));

    private const string GoodCode = "from calc import add\n\ndef test_add():\n    assert add(2, 3) == 5\n\ndef test_overflow():\n    assert add(999, 2) is None\n";

    public static TheoryData<string, string, string, (string, TestCategory)[]> Refusals => new()
    {
        { "suite.function.no_happy_path", "/test_cases", GoodCode, [("test_add", TestCategory.EdgeCase), ("test_overflow", TestCategory.ErrorCase)] },
        { "suite.function.no_error_case", "/test_cases", GoodCode, [("test_add", TestCategory.HappyPath), ("test_overflow", TestCategory.EdgeCase)] },
        { "suite.code.syntax", "/generated_code", GoodCode + "def test_broken(:\n", [("test_add", TestCategory.HappyPath), ("test_overflow", TestCategory.ErrorCase)] },
        { "suite.case.not_in_code", "/test_cases/2/id", GoodCode, [("test_add", TestCategory.HappyPath), ("test_overflow", TestCategory.ErrorCase), ("test_add_twice", TestCategory.EdgeCase)] },
        { "suite.code.empty", "/generated_code", " \n", [("test_add", TestCategory.HappyPath), ("test_overflow", TestCategory.ErrorCase)] },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Lock_RefusesWhatTheSuiteGatesRefuse_WithThatRuleAndPointer_AndChangesNothing(string rule, string pointer, string code, (string, TestCategory)[] cases)
    {
        await _f.InitAsync();
        CalcWithErrorCase();
        Assert.True((await _f.LockAsync("calc", CalcSuite(GoodCode, [("test_add", TestCategory.HappyPath), ("test_overflow", TestCategory.ErrorCase)]))).Ok);
        var before = TreeSnapshot.Of(_f.Project);

        var result = await _f.LockAsync("calc", CalcSuite(code, cases));

        Assert.Equal(Outcome.Invalid, result.Outcome);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((rule, pointer, "gated.json"), (problem.Rule, problem.Pointer, problem.File));
        TreeSnapshot.AssertUnchanged(before, _f.Project);
    }

    [Theory]
    [InlineData("python", "def test_add():\n    pass\ndef test_overflow(:\n", 3)]
    [InlineData("javascript", "import { test } from 'node:test';\ntest('test_add', () => {}); // and test_overflow\nconst = 2;\n", 3)]
    [InlineData("typescript", "import { test } from 'node:test';\ntest('test_add', () => {}); // and test_overflow\nfunction (x: number {\n", 3)]
    [InlineData("csharp", "public class T\n{\n    public void test_add( { }\n    public void test_overflow() { }\n}\n", 3)]
    public async Task Lock_ParsesTheCodeWithItsLanguagesParser_AndRefusesASyntaxErrorWithItsLine(TestLanguage language, string code, int line)
    {
        await _f.InitAsync(language);
        CalcWithErrorCase();
        var before = TreeSnapshot.Of(_f.Project);

        var result = await _f.LockAsync("calc", CalcSuite(code, [("test_add", TestCategory.HappyPath), ("test_overflow", TestCategory.ErrorCase)], language));

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(("suite.code.syntax", "/generated_code"), (problem.Rule, problem.Pointer));
        Assert.Contains($"(code line {line})", problem.Message, StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(before, _f.Project);
    }

    [Fact]
    public async Task HiddenSuite_PassesTheSameGatesButCoverage_AndItsRefusalsQuoteNothingOfIt()
    {
        const string Canary = "CANARY_gate_7f3a";
        await _f.InitAsync();
        CalcWithErrorCase();
        Assert.True((await _f.LockAsync("calc", CalcSuite(GoodCode, [("test_add", TestCategory.HappyPath), ("test_overflow", TestCategory.ErrorCase)]))).Ok);
        Assert.True((await _f.Get<AuditInitService>().InitAsync(_f.Project, _f.Dir.Combine("audit"), TestContext.Current.CancellationToken)).Ok);
        var before = TreeSnapshot.Of(_f.Project);
        var audit = TreeSnapshot.Of(_f.Dir.Combine("audit"));

        var refused = await _f.LockAsync("calc", CalcSuite($"def test_{Canary}(:\n    '{Canary}'\n", [($"test_{Canary}", TestCategory.Invariant), ($"{Canary}_missing", TestCategory.Invariant), ($"{Canary}_missing", TestCategory.Invariant)]), SuiteKind.Hidden);

        Assert.Equal(Outcome.Invalid, refused.Outcome);
        Assert.Equal(["suite.case.duplicate", "suite.case.not_in_code", "suite.case.not_in_code", "suite.code.syntax"], refused.Diagnostics.Select(d => d.Rule).Order(StringComparer.Ordinal));
        Assert.Contains(refused.Diagnostics, d => d.Rule == "suite.code.syntax" && d.Message.Contains("(code line 1)", StringComparison.Ordinal));
        Assert.DoesNotContain(Canary, System.Text.Json.JsonSerializer.Serialize(refused, Pact.Serialization.PactJson.Context.CommandResultSuiteLockReport), StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(before, _f.Project);
        TreeSnapshot.AssertUnchanged(audit, _f.Dir.Combine("audit"));

        // No happy path, no error case: a hidden suite probes what the visible one misses, it does not repeat it.
        var accepted = await _f.LockAsync("calc", CalcSuite("def test_goodhart_carry():\n    pass\n", [("test_goodhart_carry", TestCategory.Invariant)]), SuiteKind.Hidden);
        Assert.True(accepted.Ok, string.Join("\n", accepted.Diagnostics));
    }

    [Fact]
    public async Task Lock_RefusesASuiteThatFailsTheSchema()
    {
        await _f.InitAsync();
        _f.Contract("calc", ["add"]);
        var file = _f.Dir.Write("bad.yaml", "component_id: calc\ncontract_version: 1\ntest_language: Python 3\n");

        var result = await _f.LockAsync("calc", file);

        Assert.Equal(Outcome.Invalid, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Rule.StartsWith("schema.", StringComparison.Ordinal) && d.Line == 3);
    }

    [Fact]
    public async Task Lock_RefusesASuiteInALanguagePactDoesNotKnow_NamingTheOnesItKnows()
    {
        await _f.InitAsync();
        _f.Contract("calc", ["add"]);
        var file = CalcSuite("def test_add():\n    pass\n", [("test_add", TestCategory.HappyPath)], "cobol");

        var result = await _f.LockAsync("calc", file);

        Assert.Equal(Outcome.Invalid, result.Outcome);
        var unknown = Assert.Single(result.Diagnostics);
        Assert.Equal(("language.unknown", "/test_language"), (unknown.Rule, unknown.Pointer));
        Assert.Contains("python, typescript, javascript, csharp", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrozenSuite_AcceptsAdditions_RefusesDropsAndEdits_UntilAnUnfreezeWithAReason()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        var frozen = await _f.Get<SuiteStateService>().FreezeAsync(_f.Project, ["calc"], TestContext.Current.CancellationToken);
        Assert.Equal(["calc"], frozen.Data!.Components);
        (string, string, string)[] cases = [("test_add_small", "add", "adds small numbers"), ("test_add_negative", "add", "adds negative numbers")];

        var added = await _f.LockAsync("calc", _f.SuiteFile("calc", JudgeFixture.CalcTests + "\ndef test_add_zero():\n    assert add(0, 0) == 0\n", [.. cases, ("test_add_zero", "add", "adds zero")], name: "added.json"));
        Assert.True(added.Ok, string.Join("\n", added.Diagnostics));
        Assert.Equal(1, added.Data!.Added);
        Assert.True(added.Data.Frozen);

        var dropped = await _f.LockAsync("calc", _f.SuiteFile("calc", JudgeFixture.CalcTests, cases[..1], name: "dropped.json"));
        Assert.Contains(dropped.Diagnostics, d => d.Rule == "suite.frozen.test_removed" && d.Message.Contains("test_add_negative", StringComparison.Ordinal));

        var edited = await _f.LockAsync("calc", _f.SuiteFile("calc", JudgeFixture.CalcTests.Replace("== 5", "== 6", StringComparison.Ordinal) + "\ndef test_add_zero():\n    assert add(0, 0) == 0\n", [.. cases, ("test_add_zero", "add", "adds zero")], name: "edited.json"));
        var refusal = Assert.Single(edited.Diagnostics);
        Assert.Equal("suite.frozen.code_edited", refusal.Rule);
        Assert.Contains("unfreeze", refusal.Fix, StringComparison.Ordinal);

        var noReason = await _f.Get<SuiteStateService>().UnfreezeAsync(_f.Project, "calc", " ", TestContext.Current.CancellationToken);
        Assert.Equal("unfreeze.reason_required", Assert.Single(noReason.Diagnostics).Rule);
        var unfrozen = await _f.Get<SuiteStateService>().UnfreezeAsync(_f.Project, "calc", "the spec changed: sums are now doubled", TestContext.Current.CancellationToken);
        Assert.True(unfrozen.Ok);
        Assert.True((await _f.LockAsync("calc", _f.SuiteFile("calc", JudgeFixture.CalcTests, cases[..1], name: "smaller.json"))).Ok);
        Assert.Contains("the spec changed: sums are now doubled", File.ReadAllText(Path(".pact/audit.jsonl")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_RestoresDeletedAndEditedViews_FromTheirMasters()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        File.Delete(Path("tests/calc/contract_test_suite.json"));
        File.WriteAllText(Path("tests/calc/contract_test.py"), "def test_nothing():\n    pass\n");

        var sync = await _f.Get<SuiteStateService>().SyncAsync(_f.Project, TestContext.Current.CancellationToken);

        Assert.Equal(["calc"], sync.Data!.Components);
        Assert.Equal(JudgeFixture.CalcTests, File.ReadAllText(Path("tests/calc/contract_test.py")));
        Assert.True(File.Exists(Path("tests/calc/contract_test_suite.json")));
    }

    [Fact]
    public async Task HiddenSuite_NeedsAnAuditDirectory()
    {
        await _f.InitAsync();
        _f.Contract("calc", ["add"]);

        var result = await _f.LockAsync("calc", _f.SuiteFile("calc", "def test_x(): pass\n", [("test_x", "add", "adds")]), SuiteKind.Hidden);

        Assert.Equal("audit.not_initialized", Assert.Single(result.Diagnostics).Rule);
    }
}
