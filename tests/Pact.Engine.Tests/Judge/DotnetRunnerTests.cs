using Pact.Judge;
using Pact.Suites;

namespace Pact.Engine.Tests.Judge;

/// <summary>One C# run (each costs several seconds): a generated xunit project, dotnet test, the TRX report.</summary>
public sealed class DotnetRunnerTests : IDisposable
{
    private readonly JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task CSharp_RunsThroughDotnetTest_AndReadsTheTrxReport_IgnoringTheImplementationsBuildProps()
    {
        await _f.InitAsync(TestLanguage.Csharp, "test_timeout_seconds: 240");
        _f.Contract("calc", ["add"]);
        _f.Write("src/calc/Calculator.cs", "namespace Calc;\n\npublic static class Calculator\n{\n    public static int Add(int a, int b) => System.Math.Abs(a) + System.Math.Abs(b);\n}\n");
        _f.Write("src/calc/Directory.Build.props", "<Project><PropertyGroup><TreatWarningsAsErrors>true</TreatWarningsAsErrors><NoBuild>true</NoBuild></PropertyGroup></Project>\n");
        const string tests = """
            using Calc;
            using Xunit;

            public sealed class ContractTests
            {
                [Fact]
                public void test_add_small() => Assert.Equal(5, Calculator.Add(2, 3));

                [Fact]
                public void test_add_negative() => Assert.Equal(-5, Calculator.Add(-2, -3));
            }

            """;
        var locked = await _f.LockAsync("calc", _f.SuiteFile("calc", tests, [("test_add_small", "add", "adds"), ("test_add_negative", "add", "adds negatives")], TestLanguage.Csharp));
        Assert.True(locked.Ok, string.Join("\n", locked.Diagnostics));

        var run = Assert.Single((await _f.TestAsync()).Data!.Runs);

        Assert.True(run.Status == SuiteStatus.Failed, run.Message);
        Assert.Equal((2, 1), (run.Total, run.Passed));
        Assert.Contains("test_add_negative", Assert.Single(run.Failures).TestId, StringComparison.Ordinal);
        Assert.Contains("src/calc/Directory.Build.props", run.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_f.Project, "tests/calc/ContractTests.cs")));
    }
}
