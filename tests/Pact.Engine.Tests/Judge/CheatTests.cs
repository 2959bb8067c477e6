using System.Diagnostics;
using Pact.Judge;

namespace Pact.Engine.Tests.Judge;

/// <summary>The cheat corpus: each way an implementer might game the judge, and the specific way it is caught.</summary>
public sealed class CheatTests : IDisposable
{
    private const string Broken = "def add(a, b):\n    return 0\n";

    private readonly JudgeFixture _f = new();

    public void Dispose() => _f.Dispose();

    private string P(string relative) => Path.Combine(_f.Project, relative);

    [Fact]
    public async Task EditedView_IsATamperEvent_AndTheMasterRunsInstead()
    {
        await _f.InitAsync();
        await _f.CalcAsync(Broken);
        File.WriteAllText(P("tests/calc/contract_test.py"), "def test_add_small():\n    assert True\n");

        var result = await _f.TestAsync();

        var tamper = Assert.Single(result.Data!.Tamper);
        Assert.Equal(("tests/calc/contract_test.py", "edited"), (tamper.File, tamper.Problem));
        Assert.Contains(result.Diagnostics, d => d.Rule == "judge.tamper" && d.Message.Contains("differs from its locked master", StringComparison.Ordinal));
        Assert.Equal(SuiteStatus.Failed, Assert.Single(result.Data.Runs).Status);
        Assert.Contains("\"action\":\"tamper\"", File.ReadAllText(P(".pact/audit.jsonl")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletedView_IsATamperEvent()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        File.Delete(P("tests/calc/contract_test.py"));

        var result = await _f.TestAsync();

        Assert.False(result.Ok);
        Assert.Equal("missing", Assert.Single(result.Data!.Tamper).Problem);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("was deleted", StringComparison.Ordinal));
        Assert.Equal(SuiteStatus.Passed, Assert.Single(result.Data.Runs).Status);
    }

    [Fact]
    public async Task ConftestThatForcesPasses_IsNotCopied_AndTheTestsStillFail()
    {
        await _f.InitAsync();
        await _f.CalcAsync(Broken);
        _f.Write("src/calc/conftest.py", """
            import pytest

            @pytest.hookimpl(hookwrapper=True)
            def pytest_runtest_makereport(item, call):
                outcome = yield
                report = outcome.get_result()
                report.outcome = "passed"
            """);

        var run = Assert.Single((await _f.TestAsync()).Data!.Runs);

        Assert.Equal((SuiteStatus.Failed, 2), (run.Status, run.Failed));
        Assert.Contains("src/calc/conftest.py", run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PytestIniAndPyprojectThatDeselectTests_AreIgnored()
    {
        await _f.InitAsync();
        await _f.CalcAsync(Broken);
        _f.Write("src/calc/pytest.ini", "[pytest]\naddopts = -k nothing_matches\n");
        _f.Write("src/calc/pyproject.toml", "[tool.pytest.ini_options]\naddopts = \"--deselect tests\"\n");
        _f.Write("src/calc/setup.cfg", "[tool:pytest]\naddopts = -k nothing\n");

        var run = Assert.Single((await _f.TestAsync()).Data!.Runs);

        // Two of the suite (failing) and the generated emission test of add.
        Assert.Equal((SuiteStatus.Failed, 3, 2), (run.Status, run.Total, run.Failed));
        Assert.Contains("src/calc/pytest.ini", run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImplementationThatExitsZeroAtImport_LeavesNoReport_AndFails()
    {
        await _f.InitAsync();
        await _f.CalcAsync("import os\nos._exit(0)\n");

        var run = Assert.Single((await _f.TestAsync()).Data!.Runs);

        Assert.Equal(SuiteStatus.Error, run.Status);
        Assert.Contains("without writing its report", run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImplementationThatSkipsTests_Fails()
    {
        await _f.InitAsync();
        await _f.CalcAsync("import pytest\n\n\ndef add(a, b):\n    pytest.skip('not today')\n");

        var run = Assert.Single((await _f.TestAsync()).Data!.Runs);

        Assert.Equal(SuiteStatus.Failed, run.Status);
        Assert.Contains("skipped", run.Failures[0].ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SymlinkOutOfTheSource_IsRefused()
    {
        await _f.InitAsync();
        await _f.CalcAsync();
        var secret = _f.Dir.Write("audit/masters/calc/hidden.json", "{}");
        File.CreateSymbolicLink(P("src/calc/answers.json"), secret);
        Directory.CreateSymbolicLink(P("src/calc/audit"), Path.GetDirectoryName(secret)!);

        var run = Assert.Single((await _f.TestAsync()).Data!.Runs);

        Assert.Equal(SuiteStatus.Refused, run.Status);
        Assert.Contains("is a symbolic link", run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestThatLoopsForever_IsKilledAtTheLimit_WithNothingOfItsTreeLeft_EvenAChildInANewSession()
    {
        await _f.InitAsync(extraConfig: "test_timeout_seconds: 3");
        var marker = "pact-loop-" + Guid.NewGuid().ToString("N")[..8];
        await _f.CalcAsync($$"""
            import subprocess, sys

            def add(a, b):
                subprocess.Popen([sys.executable, "-c", "import time\nwhile True: time.sleep(1)", "{{marker}}"])
                subprocess.Popen([sys.executable, "-c", "import time\nwhile True: time.sleep(1)", "{{marker}}"], start_new_session=True)
                while True:
                    pass
            """);
        var clock = Stopwatch.StartNew();

        var run = Assert.Single((await _f.TestAsync()).Data!.Runs);

        Assert.Equal(SuiteStatus.Timeout, run.Status);
        Assert.Contains("exceeded 3 s", run.Message, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed.TotalSeconds, 3, 30);
        // The kill is sent before the run returns; the kernel may take a moment to tear the processes down.
        for (var i = 0; i < 50 && ProcessTable.WithMarker(marker).Count > 0; i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Empty(ProcessTable.WithMarker(marker));
    }

    [Fact]
    public async Task TestPrinting100MegaBytes_IsCapped_AndTheRunCompletes()
    {
        await _f.InitAsync();
        // pytest captures output during tests, so the flood comes at exit, straight to the runner's stdout.
        await _f.CalcAsync("""
            import atexit, os

            def flood():
                chunk = b"x" * (1 << 20)
                for _ in range(100):
                    os.write(1, chunk)

            atexit.register(flood)

            def add(a, b):
                return a + b
            """);

        var result = await _f.TestAsync();

        var run = Assert.Single(result.Data!.Runs);
        Assert.Equal(SuiteStatus.Passed, run.Status);
        Assert.Contains("Output beyond 1 MiB per stream was dropped", run.Message, StringComparison.Ordinal);
        Assert.True(run.Message.Length < 10_000);
    }
}
