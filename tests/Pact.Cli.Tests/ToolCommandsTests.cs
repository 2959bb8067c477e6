namespace Pact.Cli.Tests;

/// <summary>What each installed command runs: <c>pact-mcp</c> is <c>pact mcp</c>, <c>pact-sim "claim"</c> a Simulacrum review.</summary>
public sealed class ToolCommandsTests
{
    [Fact]
    public void PactSim_TakesTheClaimFirst_AndRunsSimulacrumOnly()
    {
        Assert.Equal(["review", "--sim-only", "--claim", "the API is done", "--backend", "codex_code"], ToolCommands.Arguments("pact-sim", ["the API is done", "--backend", "codex_code"]));
        Assert.Equal(["review", "--sim-only", "--claim", "x"], ToolCommands.Arguments("pact-sim", ["--claim", "x"]));
        Assert.Equal(["mcp", "--role", "code"], ToolCommands.Arguments("pact-mcp", ["--role", "code"]));
        Assert.Equal(["status"], ToolCommands.Arguments("pact", ["status"]));
    }

    [Fact]
    public async Task PactSim_RunsThroughTheBackendReview_AndSaysWhenTheBackendIsMissing()
    {
        using var dir = new TempDirectory();
        var project = dir.Combine("p");
        await CalcProject.CreateAsync(dir, project);

        var run = await Cli.ProcessAsync(ToolCommands.Arguments("pact-sim", ["calc is done", project]), new Dictionary<string, string?> { ["PACT_CLAUDE"] = dir.Combine("no-agent"), ["PACT_ADVOCATE_PROVIDER"] = null });

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("Simulacrum unavailable", run.Out, StringComparison.Ordinal);
        Assert.Contains("review.unavailable", run.Err, StringComparison.Ordinal);
    }
}
