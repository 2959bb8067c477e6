using Pact.Contracts;
using Pact.Engine.Judge.Processes;
using Pact.Engine.Languages.JavaScript;
using Pact.Engine.Languages.Python;
using Pact.Engine.Languages.TypeScript;
using Pact.Generation;

namespace Pact.Engine.Tests.Languages;

/// <summary>
/// The generated stubs and tests, run by the real runners: green against the stub (a correct implementation of the
/// types, of input validation and of event emission), red against the same stub with one type validator skipped, one
/// input validator skipped, or the started event dropped.
/// </summary>
public sealed class GeneratedTestsRunTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private readonly TempDirectory _dir = new();
    private readonly ComponentContract _contract = GeneratedCode.Contract();

    public void Dispose() => _dir.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Mutations() => ["none", "skip_validator", "skip_input_validator", "skip_event"];

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

    [Fact]
    public void InputCases_RefuseEachValidatedInputJustOutsideItsValidators_WithTheOtherInputsValid()
    {
        var cases = InputCases.For(_contract).ToDictionary(c => c.Id);

        Assert.Equal(
            ["call_quote_nights_range1_above_high", "call_quote_nights_range1_below_low", "call_quote_promo_code_length2_at_max_length", "call_quote_promo_code_length2_too_long", "call_quote_promo_code_regex1_mismatch", "call_register_guest_party_size_range1_above_high", "call_register_guest_party_size_range1_below_low"],
            cases.Keys.Order(StringComparer.Ordinal));
        var belowLow = cases["call_quote_nights_range1_below_low"];
        Assert.Equal("nights must be between 1 and 365", belowLow.Message);
        Assert.Equal(["nights", "currency", "promo_code"], belowLow.Arguments.Select(a => a.Input));
        Assert.Equal(new Sample.Number(0, true), belowLow.Arguments[0].Value);
        // Lower-case letters break the pattern, checked before the length: the first broken validator's message. The
        // probe on the length bound itself is a refusal here for that reason, and accepted values are never called.
        Assert.Equal("promo codes are 4 to 12 capital letters or digits", cases["call_quote_promo_code_length2_too_long"].Message);
        Assert.Equal("promo codes are 4 to 12 capital letters or digits", cases["call_quote_promo_code_length2_at_max_length"].Message);
        Assert.True(cases["call_register_guest_party_size_range1_below_low"].IsAsync);
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task Python_WithPytest(string mutation)
    {
        var stub = Mutate(PythonStubGenerator.Generate(_contract), mutation, "if not (", "if False and not (", "_emit(on_event, \"started\", ", "_emit(None, \"started\", ", "def quote(");
        _dir.Write(PythonStubGenerator.FileName(_contract), stub);
        _dir.Write(PythonTestGenerator.FileName(_contract), PythonTestGenerator.Generate(_contract));

        var run = await new ProcessRunner(TimeProvider.System).RunAsync(ProcessSpec.Tool("/usr/bin/python3", ["-m", "pytest", "-q", "-p", "no:cacheprovider", _dir.Path], null, Timeout, _dir.Path), Ct);

        AssertVerdict(mutation, run, "test_pact_gen_emits_quote", "test_pact_gen_quote_amount_range1_below_low", "test_pact_gen_call_quote_nights_range1_below_low");
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task JavaScript_WithNodeTest(string mutation)
    {
        var stub = Mutate(JavaScriptStubGenerator.Generate(_contract), mutation, "if (!(", "if (false && !(", "emit(onEvent, \"started\", ", "emit(undefined, \"started\", ", "function quote(");
        _dir.Write("package.json", "{ \"type\": \"module\" }\n");
        _dir.Write(JavaScriptStubGenerator.FileName(_contract), stub);
        var tests = _dir.Write(JavaScriptTestGenerator.FileName(_contract), JavaScriptTestGenerator.Generate(_contract));

        var run = await new ProcessRunner(TimeProvider.System).RunAsync(ProcessSpec.Tool(Tools.Toolchain().Node, ["--test", tests], null, Timeout, _dir.Path), Ct);

        AssertVerdict(mutation, run, "emits_quote", "quote_amount_range1_below_low", "call_quote_nights_range1_below_low");
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task TypeScript_CompiledWithTsc_ThenNodeTest(string mutation)
    {
        var toolchain = Tools.Toolchain();
        var stub = Mutate(TypeScriptStubGenerator.Generate(_contract), mutation, "if (!(", "if (false && !(", "emit(onEvent, \"started\", ", "emit(undefined, \"started\", ", "function quote(");
        _dir.Write("package.json", "{ \"type\": \"module\" }\n");
        var files = new[]
        {
            _dir.Write(TypeScriptStubGenerator.FileName(_contract), stub),
            _dir.Write(TypeScriptTestGenerator.FileName(_contract), TypeScriptTestGenerator.Generate(_contract)),
            _dir.Write("node-test.d.ts", TypeScriptTestGenerator.NodeTestShim),
        };

        var compile = await new ProcessRunner(TimeProvider.System).RunAsync(ProcessSpec.Tool(toolchain.Node, [toolchain.Tsc!, "--strict", "--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext", "--outDir", _dir.Combine("out"), .. files], null, Timeout, _dir.Path), Ct);
        Assert.True(compile.ExitCode == 0, compile.Stdout + compile.Stderr + "\n" + stub);
        var run = await new ProcessRunner(TimeProvider.System).RunAsync(ProcessSpec.Tool(toolchain.Node, ["--test", _dir.Combine("out", "pricing.generated.test.js")], null, Timeout, _dir.Path), Ct);

        AssertVerdict(mutation, run, "emits_quote", "quote_amount_range1_below_low", "call_quote_nights_range1_below_low");
    }

    /// <summary>
    /// The stub with one thing broken: the first validator (a type's), the first validator after
    /// <paramref name="function"/>'s declaration (an input's), or the started event.
    /// </summary>
    private static string Mutate(string stub, string mutation, string validator, string skippedValidator, string started, string droppedStarted, string function)
    {
        var (from, to, after) = mutation switch
        {
            "skip_validator" => (validator, skippedValidator, ""),
            "skip_input_validator" => (validator, skippedValidator, function),
            "skip_event" => (started, droppedStarted, ""),
            _ => ("", "", ""),
        };
        if (from.Length == 0)
        {
            return stub;
        }
        var start = after.Length == 0 ? 0 : stub.IndexOf(after, StringComparison.Ordinal);
        Assert.True(start >= 0, $"the stub has no '{after}'");
        var at = stub.IndexOf(from, start, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the stub has no '{from}'");
        return string.Concat(stub.AsSpan(0, at), to, stub.AsSpan(at + from.Length));
    }

    private static void AssertVerdict(string mutation, ProcessOutcome run, string eventTest, string validatorTest, string inputTest)
    {
        var output = run.Stdout + run.Stderr + run.StartError;
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
            case "skip_input_validator":
                Assert.NotEqual(0, run.ExitCode);
                Assert.Contains(inputTest, output, StringComparison.Ordinal);
                break;
            default:
                Assert.NotEqual(0, run.ExitCode);
                Assert.Contains(eventTest, output, StringComparison.Ordinal);
                break;
        }
    }
}
