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
