using System.Text.Json;

namespace Pact.Cli.Tests;

/// <summary>pact health and pact health record: exit 0 whatever the health, usage validated before anything is written.</summary>
public sealed class HealthCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Project => _dir.Combine("p");

    private async Task InitAsync() => Assert.Equal(0, (await Cli.InProcessAsync("init", Project)).ExitCode);

    [Fact]
    public async Task NewProject_IsHealthy_AsARealProcess()
    {
        await InitAsync();

        var health = await Cli.ProcessAsync("health", Project);

        Assert.Equal(0, health.ExitCode);
        Assert.StartsWith("Health: HEALTHY", health.Out, StringComparison.Ordinal);
        Assert.Contains("All checks passed.", health.Out, StringComparison.Ordinal);
        Assert.Contains("Cascade events: 0", health.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CriticalHealth_StillExitsZero_AndShowsFindingsTokensAndPhases()
    {
        await InitAsync();

        // Past the interview: in the pre-artifact phases the planning-versus-generation checks are skipped.
        _dir.Write("p/task.md", "Build a calculator.\n");
        _dir.Write("p/decomposition/interview.json", "{}");
        Assert.Equal(0, (await Cli.InProcessAsync("health", "record", Project, "--phase", "decompose", "--input-tokens", "9000", "--output-tokens", "1000", "--calls", "4", "--spend", "2.5")).ExitCode);
        Assert.Equal(0, (await Cli.InProcessAsync("health", "record", Project, "--phase", "implement", "--input-tokens", "500", "--output-tokens", "200")).ExitCode);

        var health = await Cli.InProcessAsync("health", Project);

        Assert.Equal(0, health.ExitCode);
        Assert.StartsWith("Health: CRITICAL   (phase decompose)", health.Out, StringComparison.Ordinal);
        Assert.Contains("  [phase_balance] phase 'decompose' took", health.Out, StringComparison.Ordinal);
        Assert.Contains("Tokens: 10700 (planning 10000, 93%; generation 700, 7%; ratio 0.07)", health.Out, StringComparison.Ordinal);
        Assert.Contains("  decompose     in=9000 ", health.Out, StringComparison.Ordinal);
        Assert.Contains("calls=4", health.Out, StringComparison.Ordinal);
        Assert.Contains("Remedies:", health.Out, StringComparison.Ordinal);
        Assert.Contains("[shaping]", health.Out, StringComparison.Ordinal);

        var json = await Cli.InProcessAsync("health", Project, "--json");
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal("critical", doc.RootElement.GetProperty("data").GetProperty("status").GetString());
        Assert.True(doc.RootElement.GetProperty("data").GetProperty("should_abort").GetBoolean());
    }

    [Fact]
    public async Task BadUsage_Exits1_NamesTheFieldAndFix_AndChangesNothing()
    {
        await InitAsync();
        var before = TreeSnapshot.Of(Project);

        var run = await Cli.InProcessAsync("health", "record", Project, "--phase", "implemnt", "--input-tokens", "-5", "--output-tokens", "3");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("health.phase.unknown", run.Err, StringComparison.Ordinal);
        Assert.Contains("did you mean 'implement'", run.Err, StringComparison.Ordinal);
        Assert.Contains("input_tokens is -5", run.Err, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", run.Err, StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(before, Project);
    }

    [Fact]
    public async Task MissingRequiredOption_IsAUsageError()
    {
        await InitAsync();
        var before = TreeSnapshot.Of(Project);

        var run = await Cli.InProcessAsync("health", "record", Project, "--phase", "implement", "--input-tokens", "5");

        Assert.Equal(2, run.ExitCode);
        TreeSnapshot.AssertUnchanged(before, Project);
    }

    [Fact]
    public async Task NotAProject_Exits3() =>
        Assert.Equal(3, (await Cli.InProcessAsync("health", _dir.Combine("nowhere"))).ExitCode);
}
