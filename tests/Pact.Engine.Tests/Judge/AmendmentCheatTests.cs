using Pact.Engine.Judge.Suites;
using Pact.Judge;
using Pact.Suites;

namespace Pact.Engine.Tests.Judge;

/// <summary>
/// Amendments to a frozen suite that keep the old code as a byte prefix but change what the old tests mean:
/// redefining a test, rebinding a name it uses, patching what it calls, or running code at load. Each is refused
/// as <c>suite.frozen.test_redefined</c>, parsed by the language's own parser; a plain addition still goes through.
/// </summary>
public sealed class AmendmentCheatTests : IDisposable
{
    private const string Broken = "def add(a, b):\n    return 0\n";

    private static readonly (string, string, string)[] CalcCases = [("test_add_small", "add", "adds small numbers"), ("test_add_negative", "add", "adds negative numbers")];

    private readonly JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task FreezeAsync()
    {
        var frozen = await _f.Get<SuiteStateService>().FreezeAsync(_f.Project, ["calc"], Ct);
        Assert.Equal(["calc"], frozen.Data!.Components);
    }

    [Fact]
    public async Task AppendingATestWithAnExistingName_WouldReplaceIt_IsRefused_AndTheOldTestStillFails()
    {
        await _f.InitAsync();
        await _f.CalcAsync(Broken);
        await FreezeAsync();
        var cheat = JudgeFixture.CalcTests + "\ndef test_add_small():\n    assert True\n\n\ndef test_add_negative():\n    assert True\n";

        var amended = await _f.LockAsync("calc", _f.SuiteFile("calc", cheat, CalcCases, name: "cheat.json"));

        Assert.Contains(amended.Diagnostics, d => d.Rule == "suite.frozen.test_redefined" && d.Message.Contains("test_add_small", StringComparison.Ordinal));
        var run = Assert.Single((await _f.TestAsync()).Data!.Runs);
        Assert.Equal((SuiteStatus.Failed, 2), (run.Status, run.Failed));
    }

    public static TheoryData<string, string> PythonCheats => new()
    {
        { "redefinition", "\ndef test_add_small():\n    assert True\n" },
        { "rebinding the function under test", "\nadd = lambda a, b: a + b\n" },
        { "import rebinding the function under test", "\nfrom operator import add\n" },
        { "patching the module at load", "\nimport calc\ncalc.add = lambda a, b: a + b\n" },
        { "setattr at load", "\nimport calc\nsetattr(calc, 'add', lambda a, b: a + b)\n" },
        { "autouse fixture", "\nimport pytest\n\n\n@pytest.fixture(autouse=True)\ndef _patch(monkeypatch):\n    monkeypatch.setattr('calc.add', lambda a, b: a + b)\n" },
        { "module setup", "\nimport calc\n\n\ndef setup_module():\n    calc.add = lambda a, b: a + b\n" },
        { "default argument run at load", "\nimport calc\n\n\ndef test_new(x=setattr(calc, 'add', lambda a, b: a + b)):\n    pass\n" },
        { "decorator run at load", "\nimport sys\n\n\n@sys.settrace\ndef test_tracer(frame, event, arg):\n    pass\n" },
        { "conditional redefinition", "\nif True:\n    def test_add_negative():\n        pass\n" },
        { "deleting a test", "\ndel test_add_small\n" },
        { "star import", "\nfrom os.path import *\n" },
        { "skip mark for the module", "\nimport pytest\npytestmark = pytest.mark.skip\n" },
        { "builtins rebinding", "\n__builtins__ = {}\n" },
        { "class shadowing a test", "\nclass test_add_small:\n    pass\n" },
    };

    [Theory]
    [MemberData(nameof(PythonCheats))]
    public async Task Python_AmendmentThatChangesWhatOldTestsMean_IsRefused(string technique, string appended)
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        await FreezeAsync();

        var amended = await _f.LockAsync("calc", _f.SuiteFile("calc", JudgeFixture.CalcTests + appended, CalcCases, name: "cheat.json"));

        Assert.True(amended.Diagnostics.Any(d => d.Rule == "suite.frozen.test_redefined"), $"{technique}: {string.Join("\n", amended.Diagnostics)}");
        Assert.False(amended.Ok);
    }

    [Fact]
    public async Task Python_ContinuingTheLastTestWithoutANewline_IsRefused()
    {
        await _f.InitAsync();
        _f.Contract("calc", ["add"]);
        _f.Write("src/calc/calc.py", Broken);
        const string old = "from calc import add\n\n\ndef test_add_small():\n    assert add(2, 3) == 5";
        Assert.True((await _f.LockAsync("calc", _f.SuiteFile("calc", old, CalcCases[..1]))).Ok);
        await FreezeAsync();

        var amended = await _f.LockAsync("calc", _f.SuiteFile("calc", old + " or True\n", CalcCases[..1], name: "cheat.json"));

        Assert.Contains(amended.Diagnostics, d => d.Rule == "suite.frozen.test_redefined");
    }

    [Fact]
    public async Task Python_PlainAdditionWithHelpersAndMarks_IsAccepted()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        await FreezeAsync();
        const string appended = "\nimport pytest\n\nLARGE = 10 ** 6\n\n\ndef _twice(x):\n    return add(x, x)\n\n\n@pytest.mark.parametrize(\"n\", [1, 2, LARGE])\ndef test_add_twice(n):\n    assert _twice(n) == 2 * n\n\n\nclass TestMore:\n    def test_add_zero(self):\n        assert add(0, 0) == 0\n";

        var amended = await _f.LockAsync("calc", _f.SuiteFile("calc", JudgeFixture.CalcTests + appended, [.. CalcCases, ("test_add_twice", "add", "doubles"), ("test_add_zero", "add", "adds zero")], name: "more.json"));

        Assert.True(amended.Ok, string.Join("\n", amended.Diagnostics));
    }

    private const string JsOld = """
        import test from "node:test";
        import assert from "node:assert/strict";
        import { add } from "../../src/calc/index.js";

        test("test_add_small", () => assert.equal(add(2, 3), 5));
        test("test_add_negative", () => assert.equal(add(-2, -3), -5));

        """;

    public static TheoryData<TestLanguage, string, string> ScriptCheats => new()
    {
        { TestLanguage.Javascript, "duplicate test name", "test(\"test_add_small\", () => {});\n" },
        { TestLanguage.Javascript, "assert neutered at load", "assert.equal = () => {};\n" },
        { TestLanguage.Javascript, "global patched at load", "globalThis.Math = {};\n" },
        { TestLanguage.Javascript, "call run at load", "Object.assign(assert, { equal() {} });\n" },
        { TestLanguage.Javascript, "class static block", "class C { static { assert.equal = () => {}; } }\n" },
        { TestLanguage.Javascript, "top-level block", "{ assert.equal = () => {}; }\n" },
        { TestLanguage.Typescript, "duplicate test name", "test(\"test_add_negative\", () => {});\n" },
        { TestLanguage.Typescript, "assert neutered via any", "(assert as any).equal = () => {};\n" },
        { TestLanguage.Typescript, "namespace run at load", "namespace N { (assert as any).equal = () => {}; }\n" },
    };

    [Theory]
    [MemberData(nameof(ScriptCheats))]
    public async Task Script_AmendmentThatChangesWhatOldTestsMean_IsRefused(TestLanguage language, string technique, string appended)
    {
        await _f.InitAsync(language);
        _f.Contract("calc", ["add"]);
        Assert.True((await _f.LockAsync("calc", _f.SuiteFile("calc", JsOld, CalcCases, language))).Ok);
        await FreezeAsync();

        var amended = await _f.LockAsync("calc", _f.SuiteFile("calc", JsOld + appended, CalcCases, language, "cheat.json"));

        Assert.True(amended.Diagnostics.Any(d => d.Rule == "suite.frozen.test_redefined"), $"{technique}: {string.Join("\n", amended.Diagnostics)}");
    }

    [Theory]
    [InlineData("javascript")]
    [InlineData("typescript")]
    public async Task Script_PlainAddition_IsAccepted(TestLanguage language)
    {
        await _f.InitAsync(language);
        _f.Contract("calc", ["add"]);
        Assert.True((await _f.LockAsync("calc", _f.SuiteFile("calc", JsOld, CalcCases, language))).Ok);
        await FreezeAsync();
        const string appended = "const LARGE = 10 ** 6;\nfunction twice(x) { return add(x, x); }\ntest(\"test_add_twice\", () => assert.equal(twice(LARGE), 2 * LARGE));\n";

        var amended = await _f.LockAsync("calc", _f.SuiteFile("calc", JsOld + appended, [.. CalcCases, ("test_add_twice", "add", "doubles")], language, "more.json"));

        Assert.True(amended.Ok, string.Join("\n", amended.Diagnostics));
    }

    private const string CsOld = """
        using Calc;

        public sealed class ContractTests
        {
            [global::Xunit.Fact]
            public void test_add_small() => global::Xunit.Assert.Equal(5, Calculator.Add(2, 3));

            [global::Xunit.Fact]
            public void test_add_negative() => global::Xunit.Assert.Equal(-5, Calculator.Add(-2, -3));
        }

        """;

    public static TheoryData<string, string> CSharpCheats => new()
    {
        { "partial part of the test class", "public partial class ContractTests { static ContractTests() { } }\n" },
        { "same test name in a new class", "public sealed class More { [global::Xunit.Fact] public void test_add_small() { } }\n" },
        { "shadowing the implementation type", "public static class Calculator { public static int Add(int a, int b) => a + b; }\n" },
        { "shadowing the framework namespace", "namespace Xunit { public static class Assert { public static void Equal(object a, object b) { } } }\n" },
        { "module initializer", "public static class Init { [System.Runtime.CompilerServices.ModuleInitializer] public static void Run() { } }\n" },
        { "static constructor", "public sealed class More { static More() { } [global::Xunit.Fact] public void test_more() { } }\n" },
    };

    [Theory]
    [MemberData(nameof(CSharpCheats))]
    public async Task CSharp_AmendmentThatChangesWhatOldTestsMean_IsRefused(string technique, string appended)
    {
        await _f.InitAsync(TestLanguage.Csharp);
        _f.Contract("calc", ["add"]);
        Assert.True((await _f.LockAsync("calc", _f.SuiteFile("calc", CsOld, CalcCases, TestLanguage.Csharp))).Ok);
        await FreezeAsync();

        var amended = await _f.LockAsync("calc", _f.SuiteFile("calc", CsOld + appended, CalcCases, TestLanguage.Csharp, "cheat.json"));

        Assert.True(amended.Diagnostics.Any(d => d.Rule == "suite.frozen.test_redefined"), $"{technique}: {string.Join("\n", amended.Diagnostics)}");
    }

    [Fact]
    public async Task CSharp_NewTestClass_IsAccepted()
    {
        await _f.InitAsync(TestLanguage.Csharp);
        _f.Contract("calc", ["add"]);
        Assert.True((await _f.LockAsync("calc", _f.SuiteFile("calc", CsOld, CalcCases, TestLanguage.Csharp))).Ok);
        await FreezeAsync();
        const string appended = "public sealed class MoreContractTests\n{\n    [global::Xunit.Fact]\n    public void test_add_zero() => global::Xunit.Assert.Equal(0, Calculator.Add(0, 0));\n}\n";

        var amended = await _f.LockAsync("calc", _f.SuiteFile("calc", CsOld + appended, [.. CalcCases, ("test_add_zero", "add", "adds zero")], TestLanguage.Csharp, "more.json"));

        Assert.True(amended.Ok, string.Join("\n", amended.Diagnostics));
    }
}
