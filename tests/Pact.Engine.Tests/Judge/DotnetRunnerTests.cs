using Pact.Judge;
using Pact.Suites;

namespace Pact.Engine.Tests.Judge;

/// <summary>One C# run (each costs several seconds): a generated xunit project, dotnet test, the TRX report.</summary>
public sealed class DotnetRunnerTests : IDisposable
{
    private readonly JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    private const string Tests = """
        using Calc;

        public sealed class ContractTests
        {
            [global::Xunit.Fact]
            public void test_add_small() => global::Xunit.Assert.Equal(5, Calculator.Add(2, 3));

            [global::Xunit.Fact]
            public void test_add_negative() => global::Xunit.Assert.Equal(-5, Calculator.Add(-2, -3));
        }

        """;

    /// <summary>The contract's add under the stub's names (project "project"), reporting its events for the generated emission test.</summary>
    private const string EmittingComponent = """
        namespace Project.Calc;

        public sealed record PactEvent(string PactKey, string Event, System.Collections.Generic.IReadOnlyList<string> OutputClassification, System.Collections.Generic.IReadOnlyList<string> SideEffects, long Ts, string? Error = null);

        public delegate void PactEventHandler(PactEvent @event);

        public static class CalcComponent
        {
            public static long add(PactEventHandler? onEvent = null)
            {
                onEvent?.Invoke(new PactEvent("PACT:calc:add", "started", [], [], System.DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
                onEvent?.Invoke(new PactEvent("PACT:calc:add", "completed", [], [], System.DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
                return 0;
            }
        }

        """;

    [Fact]
    public async Task CSharp_RunsThroughDotnetTest_AndReadsTheTrxReport_IgnoringTheImplementationsBuildProps()
    {
        await _f.InitAsync(TestLanguage.Csharp, "test_timeout_seconds: 240");
        _f.Contract("calc", ["add"]);
        _f.Write("src/calc/Calculator.cs", "namespace Calc;\n\npublic static class Calculator\n{\n    public static int Add(int a, int b) => System.Math.Abs(a) + System.Math.Abs(b);\n}\n");
        _f.Write("src/calc/CalcComponent.cs", EmittingComponent);
        _f.Write("src/calc/Directory.Build.props", "<Project><PropertyGroup><TreatWarningsAsErrors>true</TreatWarningsAsErrors><NoBuild>true</NoBuild></PropertyGroup></Project>\n");
        var locked = await _f.LockAsync("calc", _f.SuiteFile("calc", Tests, [("test_add_small", "add", "adds"), ("test_add_negative", "add", "adds negatives")], TestLanguage.Csharp));
        Assert.True(locked.Ok, string.Join("\n", locked.Diagnostics));

        var run = Assert.Single((await _f.TestAsync()).Data!.Runs);

        Assert.True(run.Status == SuiteStatus.Failed, run.Message);
        // The suite's two tests and the generated emission test of add.
        Assert.Equal((3, 2), (run.Total, run.Passed));
        Assert.Contains("test_add_negative", Assert.Single(run.Failures).TestId, StringComparison.Ordinal);
        Assert.Contains("src/calc/Directory.Build.props", run.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_f.Project, "tests/calc/ContractTests.cs")));
    }

    /// <summary>
    /// The cheat: types in src/ named like the test framework's. In one assembly with the tests, a source type beats
    /// a referenced one (Xunit.Assert from the implementation wins, a warning only) and an implementation [Fact] adds
    /// passing tests; compiled into its own assembly, the same type is ambiguous (an error, so the run fails) and
    /// nothing in it is a test.
    /// </summary>
    [Fact]
    public async Task ImplementationTypesNamedLikeTheFramework_CannotShadowIt_NorAddTests()
    {
        await _f.InitAsync(TestLanguage.Csharp, "test_timeout_seconds: 240");
        _f.Contract("calc", ["add"]);
        _f.Write("src/calc/Calculator.cs", "namespace Calc;\n\npublic static class Calculator\n{\n    public static int Add(int a, int b) => 0;\n}\n");
        _f.Write("src/calc/Shadow.cs", """
            namespace Xunit
            {
                public static class Assert
                {
                    public static void Equal(object a, object b) { }
                }
            }

            public static class Assert
            {
                public static void Equal(object a, object b) { }
            }
            """);
        Assert.True((await _f.LockAsync("calc", _f.SuiteFile("calc", Tests, [("test_add_small", "add", "adds"), ("test_add_negative", "add", "adds negatives")], TestLanguage.Csharp))).Ok);

        var run = Assert.Single((await _f.TestAsync()).Data!.Runs);

        Assert.NotEqual(SuiteStatus.Passed, run.Status);
        Assert.Equal(0, run.Passed);
    }

    [Fact]
    public async Task ALockedSuiteThatNamesTheFrameworkUnqualified_IsRefused()
    {
        await _f.InitAsync(TestLanguage.Csharp);
        _f.Contract("calc", ["add"]);
        const string bare = "using Calc;\nusing Xunit;\n\npublic sealed class ContractTests\n{\n    [Fact]\n    public void test_add_small() => Assert.Equal(5, Calculator.Add(2, 3));\n}\n";

        var locked = await _f.LockAsync("calc", _f.SuiteFile("calc", bare, [("test_add_small", "add", "adds")], TestLanguage.Csharp));

        Assert.False(locked.Ok);
        var refusals = locked.Diagnostics.Where(d => d.Rule == "suite.csharp.unqualified_framework").ToList();
        Assert.Equal([2, 6, 7], refusals.Select(r => r.Line ?? 0));
        Assert.Contains("global::Xunit.Assert", refusals[0].Fix, StringComparison.Ordinal);
    }
}
