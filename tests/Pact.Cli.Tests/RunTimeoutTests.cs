namespace Pact.Cli.Tests;

/// <summary>
/// <c>--timeout</c> bounds each suite of this run, and a run stopped at its limit names the test it was running (the
/// reporter announces each test as it starts), so a hang is a name, not two minutes of silence.
/// </summary>
public sealed class RunTimeoutTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public RunTimeoutTests() => JudgeTools.Configure();

    public void Dispose() => _dir.Dispose();

    private string Project => _dir.Combine("p");

    [Fact]
    public async Task AHangingTest_StoppedByTimeout_IsNamed()
    {
        await CalcProject.CreateAsync(_dir, Project, testBody: "    import time\n    time.sleep(60)\n    assert add(2, 3) == 5");

        var started = DateTime.UtcNow;
        var run = await Cli.InProcessAsync("test", Project, "--timeout", "3");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("timeout: the test run exceeded 3 s", run.Out, StringComparison.Ordinal);
        Assert.Contains("It was running test_add.", run.Out, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(50), "the run waited for the test instead of its --timeout");
    }

    /// <summary>
    /// A hidden suite stopped at its limit says only that it timed out: naming the running test would disclose a hidden
    /// test's name to the implementer, which is what the hidden suites exist to prevent.
    /// </summary>
    [Fact]
    public async Task AHangingHiddenTest_StoppedByTimeout_NamesNoTest()
    {
        var hangsOnLargeNumbers = "def add(a, b):\n    if a >= 1000:\n        import time\n        time.sleep(60)\n    return a + b\n";
        await CalcProject.WithAuthorityAsync(_dir, Project, _dir.Combine("audit"), hangsOnLargeNumbers);

        var run = await Cli.InProcessAsync("polish", Project, "--timeout", "3");

        Assert.True(run.ExitCode == 1, run.Out + run.Err);
        Assert.True(run.Out.Contains("hidden suite: the run exceeded its time limit and was killed.", StringComparison.Ordinal), run.Out);
        Assert.DoesNotContain("It was running", run.Out + run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("test_large", run.Out + run.Err, StringComparison.Ordinal);
        // The record a script or an agent reads holds no more than the terminal does (Disclosure redacts the whole run).
        var json = await Cli.InProcessAsync("polish", Project, "--timeout", "3", "--json");
        Assert.Contains("\"timeout\"", json.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("test_large", json.Out + json.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("It was running", json.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("86401")]
    public async Task ATimeoutOutOfRange_IsAUsageError_NamingTheOption(string seconds)
    {
        await CalcProject.CreateAsync(_dir, Project);

        var run = await Cli.InProcessAsync("test", Project, "--timeout", seconds);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--timeout must be between 1 and 86400 seconds", run.Err, StringComparison.Ordinal);
    }
}
