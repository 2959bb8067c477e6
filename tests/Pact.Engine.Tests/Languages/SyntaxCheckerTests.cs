using Pact.Engine.Judge.Processes;
using Pact.Engine.Languages;
using Pact.Engine.Languages.JavaScript;
using Pact.Engine.Languages.Python;
using Pact.Engine.Languages.TypeScript;
using Pact.Suites;

namespace Pact.Engine.Tests.Languages;

/// <summary>Each language's own parser, run for real: good code parses, broken code fails with a line.</summary>
public sealed class SyntaxCheckerTests
{
    private static readonly SyntaxCheckers Checkers = new(new LanguageRegistry(
    [
        new PythonLanguage(Tools.Toolchain(), new Pact.Engine.Judge.Processes.ProcessRunner(TimeProvider.System)),
        new JavaScriptLanguage(Tools.Toolchain(), new Pact.Engine.Judge.Processes.ProcessRunner(TimeProvider.System)),
        new TypeScriptLanguage(Tools.Toolchain(), new Pact.Engine.Judge.Processes.ProcessRunner(TimeProvider.System)),
        new Pact.Engine.Languages.CSharp.CSharpLanguage(Tools.Toolchain(), new Pact.Engine.Judge.Processes.ProcessRunner(TimeProvider.System)),
    ]));

    [Theory]
    [InlineData("python", "from pricing import quote\n\ndef test_a():\n    assert quote(1) == 2\n")]
    [InlineData("javascript", "import { test } from 'node:test';\nimport { quote } from './pricing.js';\ntest('a', () => { quote(1); });\n")]
    [InlineData("typescript", "import { quote } from './pricing';\nconst n: number = quote(1);\nexport {};\n")]
    [InlineData("csharp", "using Xunit;\npublic class T { [Fact] public void A() => Assert.True(Pricing.Quote(1) > 0); }\n")]
    public async Task GoodCode_Parses(TestLanguage language, string code)
    {
        var check = await Checkers.CheckAsync(language, code, null, TestContext.Current.CancellationToken);

        Assert.True(check.Ok, check.Error);
    }

    [Theory]
    [InlineData("python", "def test_a():\n    pass\ndef broken(:\n", 3)]
    [InlineData("javascript", "const a = 1;\nconst = 2;\n", 2)]
    [InlineData("typescript", "const a: number = 1;\n\nfunction (x: number {\n", 3)]
    [InlineData("csharp", "public class T\n{\n    public void A( { }\n}\n", 3)]
    public async Task BrokenCode_FailsWithItsLine(TestLanguage language, string code, int line)
    {
        var check = await Checkers.CheckAsync(language, code, null, TestContext.Current.CancellationToken);

        Assert.False(check.Ok);
        Assert.Equal(line, check.Line);
        Assert.False(string.IsNullOrWhiteSpace(check.Error));
    }

    [Fact]
    public async Task Python_ChecksABatchInOneProcess_KeepingEachVerdictInPlace()
    {
        var checks = await Checkers.CheckAllAsync(TestLanguage.Python, ["x = 1\n", "def f(:\n", "", "y = (\n"], null, TestContext.Current.CancellationToken);

        Assert.Equal([true, false, true, false], checks.Select(c => c.Ok));
        Assert.Equal(1, checks[1].Line);
    }

    [Theory]
    [InlineData("javascript", "import { test } from 'node:test';\ntest('a', () => {});\n", "const a = 1;\nconst = 2;\n", "let x = (\n\n")]
    [InlineData("typescript", "import { test } from 'node:test';\nconst n: number = 1;\n", "const a: number = 1;\n\nfunction (x: number {\n", "let x = (\n\n")]
    public async Task Node_ChecksABatchInOneProcess_KeepingEachVerdictAndLineInPlace(TestLanguage language, string good, string broken, string unclosed)
    {
        var checks = await Checkers.CheckAllAsync(language, [good, broken, good, unclosed], null, TestContext.Current.CancellationToken);

        Assert.Equal([true, false, true, false], checks.Select(c => c.Ok));
        var alone = await Checkers.CheckAsync(language, broken, null, TestContext.Current.CancellationToken);
        Assert.Equal((alone.Error, alone.Line), (checks[1].Error, checks[1].Line));
        Assert.NotNull(checks[1].Line);
        Assert.NotNull(checks[3].Line);
    }

    [Fact]
    public async Task AMissingInterpreter_IsAFailedCheckThatNamesIt()
    {
        var checker = new PythonSyntaxChecker(new Toolchain.Toolchain(new Dictionary<string, string?> { [Toolchain.Toolchain.PythonVariable] = "/nonexistent/python9" }), new ProcessRunner(TimeProvider.System));

        var check = await checker.CheckAsync("x = 1\n", null, TestContext.Current.CancellationToken);

        Assert.False(check.Ok);
        Assert.Contains("/nonexistent/python9", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInterpreterThatPrintsSomethingElse_FailsEveryCheck_WithoutThrowing()
    {
        // An "interpreter" that answers with something other than verdicts: echo prints its arguments and exits 0
        // without reading stdin, so writing a megabyte of source to it also meets a broken pipe.
        var checker = new PythonSyntaxChecker(new Toolchain.Toolchain(new Dictionary<string, string?> { [Toolchain.Toolchain.PythonVariable] = "/bin/echo" }), new ProcessRunner(TimeProvider.System));

        var checks = await checker.CheckAllAsync(["x = 1\n", "# " + new string('y', 1 << 20) + "\n"], null, TestContext.Current.CancellationToken);

        Assert.Equal(2, checks.Count);
        Assert.All(checks, c => Assert.False(c.Ok));
        Assert.All(checks, c => Assert.Contains("did not answer with one verdict per source: -I -c", c.Error, StringComparison.Ordinal));
    }
}
