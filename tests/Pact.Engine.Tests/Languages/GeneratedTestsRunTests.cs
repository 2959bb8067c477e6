using Pact.Contracts;
using Pact.Engine.Languages;
using Pact.Engine.Languages.JavaScript;
using Pact.Engine.Languages.Python;
using Pact.Engine.Languages.TypeScript;
using Pact.Generation;

namespace Pact.Engine.Tests.Languages;

/// <summary>
/// The generated stubs and tests, run by the real runners: green against the stub (a correct implementation of the
/// types and of event emission), red against the same stub with one validator skipped or the started event dropped.
/// </summary>
public sealed class GeneratedTestsRunTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private readonly TempDirectory _dir = new();
    private readonly ComponentContract _contract = GeneratedCode.Contract();

    public void Dispose() => _dir.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Mutations() => ["none", "skip_validator", "skip_event"];

    [Fact]
    public void ValidatorCases_CoverAcceptanceRejectionAndBoundaries()
    {
        var ids = ValidatorCases.For(_contract).Select(c => c.Id).ToList();

        Assert.Contains("quote_accepts_valid", ids);
        Assert.Contains("quote_amount_range1_below_low", ids);
        Assert.Contains("quote_amount_range1_at_high", ids);
        Assert.Contains("guest_name_length1_too_long", ids);
        Assert.Contains("guest_name_length1_too_short", ids);
        Assert.Contains("guest_email_regex1_mismatch", ids);
        Assert.Contains("guest_age_range1_at_low", ids);
        Assert.Contains("guest_nickname_length1_at_max_length", ids);
        Assert.False(ValidatorCases.For(_contract).Single(c => c.Id == "guest_age_range1_at_low").Accepted);
        Assert.False(ValidatorCases.For(_contract).Single(c => c.Id == "guest_nickname_length1_at_max_length").Accepted);
        Assert.True(ValidatorCases.For(_contract).Single(c => c.Id == "quote_amount_range1_at_high").Accepted);
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task Python_WithPytest(string mutation)
    {
        var stub = Mutate(PythonStubGenerator.Generate(_contract), mutation, "if not (", "if False and not (", "_emit(on_event, \"started\", ", "_emit(None, \"started\", ");
        _dir.Write(PythonStubGenerator.FileName(_contract), stub);
        _dir.Write(PythonTestGenerator.FileName(_contract), PythonTestGenerator.Generate(_contract));

        var run = await ToolProcess.RunAsync("/usr/bin/python3", ["-m", "pytest", "-q", "-p", "no:cacheprovider", _dir.Path], null, Timeout, Ct, _dir.Path);

        AssertVerdict(mutation, run, "test_emits_quote", "test_quote_amount_range1_below_low");
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task JavaScript_WithNodeTest(string mutation)
    {
        var stub = Mutate(JavaScriptStubGenerator.Generate(_contract), mutation, "if (!(", "if (false && !(", "emit(onEvent, \"started\", ", "emit(undefined, \"started\", ");
        _dir.Write("package.json", "{ \"type\": \"module\" }\n");
        _dir.Write(JavaScriptStubGenerator.FileName(_contract), stub);
        var tests = _dir.Write(JavaScriptTestGenerator.FileName(_contract), JavaScriptTestGenerator.Generate(_contract));

        var run = await ToolProcess.RunAsync(Tools.Toolchain().Node, ["--test", tests], null, Timeout, Ct, _dir.Path);

        AssertVerdict(mutation, run, "emits_quote", "quote_amount_range1_below_low");
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task TypeScript_CompiledWithTsc_ThenNodeTest(string mutation)
    {
        var toolchain = Tools.Toolchain();
        var stub = Mutate(TypeScriptStubGenerator.Generate(_contract), mutation, "if (!(", "if (false && !(", "emit(onEvent, \"started\", ", "emit(undefined, \"started\", ");
        _dir.Write("package.json", "{ \"type\": \"module\" }\n");
        var files = new[]
        {
            _dir.Write(TypeScriptStubGenerator.FileName(_contract), stub),
            _dir.Write(TypeScriptTestGenerator.FileName(_contract), TypeScriptTestGenerator.Generate(_contract)),
            _dir.Write("node-test.d.ts", TypeScriptTestGenerator.NodeTestShim),
        };

        var compile = await ToolProcess.RunAsync(toolchain.Node, [toolchain.Tsc!, "--strict", "--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext", "--outDir", _dir.Combine("out"), .. files], null, Timeout, Ct, _dir.Path);
        Assert.True(compile.ExitCode == 0, compile.Output + compile.Error + "\n" + stub);
        var run = await ToolProcess.RunAsync(toolchain.Node, ["--test", _dir.Combine("out", "pricing.generated.test.js")], null, Timeout, Ct, _dir.Path);

        AssertVerdict(mutation, run, "emits_quote", "quote_amount_range1_below_low");
    }

    private static string Mutate(string stub, string mutation, string validator, string skippedValidator, string started, string droppedStarted)
    {
        var (from, to) = mutation switch
        {
            "skip_validator" => (validator, skippedValidator),
            "skip_event" => (started, droppedStarted),
            _ => ("", ""),
        };
        if (from.Length == 0)
        {
            return stub;
        }
        var at = stub.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the stub has no '{from}'");
        return string.Concat(stub.AsSpan(0, at), to, stub.AsSpan(at + from.Length));
    }

    private static void AssertVerdict(string mutation, ToolProcess.Outcome run, string eventTest, string validatorTest)
    {
        var output = run.Output + run.Error;
        Assert.True(run.Started && !run.TimedOut, output);
        switch (mutation)
        {
            case "none":
                Assert.True(run.ExitCode == 0, output);
                break;
            case "skip_validator":
                Assert.NotEqual(0, run.ExitCode);
                Assert.Contains(validatorTest, output, StringComparison.Ordinal);
                break;
            default:
                Assert.NotEqual(0, run.ExitCode);
                Assert.Contains(eventTest, output, StringComparison.Ordinal);
                break;
        }
    }
}
