using System.Diagnostics;

namespace Pact.Cli.Tests;

/// <summary>Ctrl-C during a run: the runners die with it, nothing is half-written, one line, exit 130.</summary>
public sealed class InterruptTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public InterruptTests() => JudgeTools.Configure();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task CtrlC_DuringPactTest_KillsTheRunners_AndExits130_WithOneLine()
    {
        var ct = TestContext.Current.CancellationToken;
        var project = _dir.Combine("p");
        await CalcProject.CreateAsync(_dir, project, CalcProject.Correct, "    import time\n    time.sleep(600)\n    assert add(2, 3) == 5");
        var log = Path.Combine(project, ".pact", "audit.jsonl");
        var before = File.ReadAllLines(log).Length;

        var info = Cli.StartInfo("test", project);
        info.Environment["PACT_PYTHON"] = Environment.GetEnvironmentVariable("PACT_PYTHON");
        using var pact = Process.Start(info)!;
        var stderr = pact.StandardError.ReadToEndAsync(ct);
        var stdout = pact.StandardOutput.ReadToEndAsync(ct);
        // Until pytest is running inside the sandbox: the sleeping test is what Ctrl-C interrupts.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        List<int> runners;
        while ((runners = ProcessTable.DescendantsWithMarker(pact.Id, "pytest")).Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "pytest never started");
            if (pact.HasExited)
            {
                Assert.Fail($"pact test ended before pytest ran: {await stderr}");
            }


            await Task.Delay(100, ct);
        }

        using (var interrupt = Process.Start("kill", ["-INT", pact.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await interrupt.WaitForExitAsync(ct);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await pact.WaitForExitAsync(timeout.Token);
        var error = await stderr;
        Assert.True(pact.ExitCode == ExitCodes.Interrupted, $"exit {pact.ExitCode}: {error}");
        Assert.DoesNotContain("Exception", error + await stdout, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("interrupted", error, StringComparison.Ordinal);
        // The runners seen before the interrupt are gone (other tests in this assembly run pytest too, so only this
        // run's own process tree is looked at).
        // A killed process takes a moment to go, and an orphan's zombie waits for its reaper: alive means neither.
        var gone = DateTime.UtcNow.AddSeconds(10);
        while (runners.Any(ProcessTable.IsRunning) && DateTime.UtcNow < gone)
        {
            await Task.Delay(100, ct);
        }

        Assert.DoesNotContain(runners, ProcessTable.IsRunning);
        // Nothing was half-written: the project log gained no partial line, and no staged file was left behind.
        Assert.All(File.ReadAllLines(log).Skip(before), l => Assert.StartsWith("{", l, StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFiles(project, "*.tmp*", SearchOption.AllDirectories));
    }
}
