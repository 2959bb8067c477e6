using Pact.Judge;
using Pact.Projects;

namespace Pact.Engine.Tests.Judge;

/// <summary>pact test with the real pytest: verdicts from the JUnit report, freezing, dependencies, parallel components.</summary>
public sealed class JudgeRunTests : IDisposable
{
    private readonly JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task CorrectImplementation_Passes_AndTheFirstRunFreezesTheSuite()
    {
        await _f.InitAsync();
        await _f.CalcAsync();

        var result = await _f.TestAsync();

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        var run = Assert.Single(result.Data!.Runs);
        // Two of the suite and the generated emission test of add.
        Assert.Equal((SuiteStatus.Passed, 3, 3), (run.Status, run.Total, run.Passed));
        Assert.Contains("\"frozen\": true", File.ReadAllText(Path.Combine(_f.Project, ".pact/judge/calc/visible.lock.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongImplementation_FailsWithTheFailingTestNamed()
    {
        await _f.InitAsync();
        await _f.CalcAsync("def add(a, b):\n    return abs(a) + abs(b)\n");

        var result = await _f.TestAsync("calc");

        Assert.Equal(Outcome.Invalid, result.Outcome);
        var run = Assert.Single(result.Data!.Runs);
        // Two of the suite and the generated emission test of add, which passes.
        Assert.Equal((SuiteStatus.Failed, 3, 2, 1), (run.Status, run.Total, run.Passed, run.Failed));
        Assert.Equal("test_add_negative", Assert.Single(run.Failures).TestId);
    }

    [Fact]
    public async Task MissingImplementation_IsAnError_NotAPass()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        Directory.Delete(Path.Combine(_f.Project, "src/calc"), recursive: true);

        var run = Assert.Single((await _f.TestAsync()).Data!.Runs);

        Assert.Equal(SuiteStatus.Error, run.Status);
        Assert.Contains("src/calc/ does not exist", run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Components_RunInParallel_WithTheirDependenciesCopiedIn()
    {
        await _f.InitAsync(extraConfig: "workers: 2");
        await _f.CalcAsync();
        _f.Contract("total", ["total"], ["calc"]);
        _f.Write("src/total/total.py", "from calc import add\n\n\ndef total(xs):\n    t = 0\n    for x in xs:\n        t = add(t, x)\n    return t\n" + FixtureEvents.Python("total", "total"));
        Assert.True((await _f.LockAsync("total", _f.SuiteFile("total", "from total import total\n\n\ndef test_total():\n    assert total([1, 2, 3]) == 6\n", [("test_total", "total", "sums a list")]))).Ok);

        var result = await _f.TestAsync();

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        Assert.Equal(["calc", "total"], result.Data!.Runs.Select(r => r.ComponentId));
    }

    [Fact]
    public async Task ZeroExecutedTests_IsAFailure()
    {
        await _f.InitAsync();
        _f.Contract("calc", ["add"]);
        _f.Write("src/calc/calc.py", "def add(a, b):\n    return a + b\n");
        // The case id appears in the code (the gate asks for that), but no function pytest collects carries it.
        var locked = await _f.LockAsync("calc", _f.SuiteFile("calc", "from calc import add\n\n\ndef helper_for_test_add():\n    return add(1, 2)\n", [("test_add", "add", "adds")]));
        Assert.True(locked.Ok, string.Join("\n", locked.Diagnostics));

        var run = Assert.Single((await _f.TestAsync()).Data!.Runs);

        Assert.Equal(SuiteStatus.Failed, run.Status);
        Assert.Contains("zero tests were executed", run.Message, StringComparison.Ordinal);
    }
}
