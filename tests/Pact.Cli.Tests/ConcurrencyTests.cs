using System.Diagnostics;
using System.Text.Json;

namespace Pact.Cli.Tests;

/// <summary>Real processes on one project: the lock serializes them, atomic writes survive a kill.</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Project => _dir.Combine("p");

    [Fact]
    public async Task TwoProcesses_50UpdatesEach_LeaveAll100EventsAndALoadableProject()
    {
        Assert.Equal(0, (await Cli.ProcessAsync("init", Project)).ExitCode);
        var specA = _dir.Write("a.yaml", "task: written by A\nconfig:\n  budget: 1\n");
        var specB = _dir.Write("b.yaml", "task: written by B\nconfig:\n  budget: 2\n");

        async Task<int> Writer(string spec)
        {
            var failures = 0;
            for (var i = 0; i < 50; i++)
            {
                failures += (await Cli.ProcessAsync("spec", "apply", Project, spec)).ExitCode == 0 ? 0 : 1;
            }

            return failures;
        }

        var failed = await Task.WhenAll(Task.Run(() => Writer(specA)), Task.Run(() => Writer(specB)));

        Assert.Equal([0, 0], failed);
        var lines = File.ReadAllLines(Path.Combine(Project, ".pact", "audit.jsonl"));
        Assert.Equal(101, lines.Length); // init + 100 applies
        Assert.Equal(100, lines.Count(l => l.Contains("\"action\":\"spec_apply\"", StringComparison.Ordinal)));
        Assert.All(lines, l => JsonDocument.Parse(l).Dispose());

        var task = File.ReadAllText(Path.Combine(Project, "task.md"));
        var yaml = File.ReadAllText(Path.Combine(Project, "pact.yaml"));
        Assert.True((task == "written by A" && yaml.Contains("budget: 1", StringComparison.Ordinal)) || (task == "written by B" && yaml.Contains("budget: 2", StringComparison.Ordinal)), $"{task} / {yaml}");
        Assert.Equal(0, (await Cli.ProcessAsync("status", Project)).ExitCode);
    }

    [Fact]
    public async Task ProcessKilledMidWrite_LeavesTheProjectLoadable()
    {
        Assert.Equal(0, (await Cli.ProcessAsync("init", Project)).ExitCode);

        // Large files make each write take long enough for a kill to land inside it.
        var big = new string('x', 8 << 20);
        var specs = new[] { _dir.Write("one.yaml", $"task: one{big}\n"), _dir.Write("two.yaml", $"task: two{big}\n") };
        var random = new Random(7);
        for (var i = 0; i < 8; i++)
        {
            using var process = Process.Start(Cli.StartInfo("spec", "apply", Project, specs[i % 2]))!;
            await Task.Delay(random.Next(150, 900), TestContext.Current.CancellationToken);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var task = File.ReadAllText(Path.Combine(Project, "task.md"));
        Assert.True(task.StartsWith("# Task", StringComparison.Ordinal) || task == $"one{big}" || task == $"two{big}", "task.md is half-written");
        var status = await Cli.ProcessAsync("status", Project, "--json");
        Assert.Equal(0, status.ExitCode);
        using var json = JsonDocument.Parse(status.Out);
        Assert.Equal("ok", json.RootElement.GetProperty("outcome").GetString());
    }
}
