using Pact.Engine.Judge.Processes;
using Pact.Engine.Languages.CSharp;

namespace Pact.Engine.Tests.Languages;

/// <summary>
/// The C# stub and tests, run with the real <c>dotnet test</c> once (it is slow): one generated project holds the
/// stub four times, in four namespaces — as generated, with one type validator skipped, with one input validator
/// skipped, with the started event dropped —
/// each with its generated tests. Only the first must pass entirely; each mutation must fail its own test.
/// </summary>
public sealed class CSharpGeneratedTestsRunTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task CSharp_WithDotnetTest_GreenAsGenerated_RedWhenAValidatorOrAnEventIsSkipped()
    {
        var contract = GeneratedCode.Contract();
        _dir.Write("Generated.csproj", CSharpTestGenerator.Project);
        // (namespace, the text after which to break something, what, into what)
        foreach (var (ns, after, from, to) in new[]
        {
            ("Generated.Correct", "", "", ""),
            ("Generated.SkipValidator", "", "if (!(", "if (false && !("),
            ("Generated.SkipInputValidator", " quote(", "if (!(", "if (false && !("),
            ("Generated.SkipEvent", "", "Emit(onEvent, \"started\", ", "Emit(null, \"started\", "),
        })
        {
            var stub = CSharpStubGenerator.Generate(contract, ns);
            if (from.Length > 0)
            {
                var at = stub.IndexOf(from, after.Length == 0 ? 0 : stub.IndexOf(after, StringComparison.Ordinal), StringComparison.Ordinal);
                Assert.True(at >= 0, $"no '{from}' after '{after}' in the stub");
                stub = string.Concat(stub.AsSpan(0, at), to, stub.AsSpan(at + from.Length));
            }
            _dir.Write(Path.Combine(ns, CSharpStubGenerator.FileName(contract)), stub);
            // The generated tests declare no namespace (they run after a suite's code in one file); four copies in one
            // project need one each.
            _dir.Write(Path.Combine(ns, CSharpTestGenerator.FileName(contract)), $"namespace {ns}.Tests\n{{\n{CSharpTestGenerator.Generate(contract, ns)}}}\n");
        }

        var run = await new ProcessRunner(TimeProvider.System).RunAsync(ProcessSpec.Tool(Tools.Toolchain().Dotnet, ["test", _dir.Combine("Generated.csproj"), "--nologo"], null, TimeSpan.FromMinutes(5), _dir.Path), TestContext.Current.CancellationToken);

        var output = run.Stdout + run.Stderr + run.StartError;
        Assert.True(run.Started && !run.TimedOut, output);
        Assert.DoesNotContain("error CS", output, StringComparison.Ordinal);
        Assert.Contains("Generated.SkipValidator.Tests.pact_gen_Tests.pact_gen_quote_amount_range1_below_low", output, StringComparison.Ordinal);
        Assert.Contains("Generated.SkipInputValidator.Tests.pact_gen_Tests.pact_gen_call_quote_nights_range1_below_low", output, StringComparison.Ordinal);
        Assert.Contains("Generated.SkipEvent.Tests.pact_gen_Tests.pact_gen_emits_quote", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Generated.Correct.Tests", output, StringComparison.Ordinal);
        // Exactly five failures: the two rejections of the skipped type range, the two refused calls of the skipped
        // input range, and the dropped event.
        Assert.Matches(@"Failed:\s+5,\s+Passed:\s+\d+", output);
    }
}
