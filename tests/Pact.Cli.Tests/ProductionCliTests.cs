using System.Text.Json.Nodes;

namespace Pact.Cli.Tests;

/// <summary><c>pact production …</c> as a real process: exit codes, what it prints, and the stale fingerprint after a source edit.</summary>
public sealed class ProductionCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Project => _dir.Combine("p");

    [Fact]
    public async Task Init_Status_Validate_AndARefusedSecondInit()
    {
        Assert.Equal(0, (await Cli.InProcessAsync("init", Project, "--language", "python")).ExitCode);

        var init = await Cli.ProcessAsync("production", "init", Project);
        Assert.True(init.ExitCode == 0, init.Err);
        Assert.Contains("wrote production/manifest.yaml", init.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Project, "production", "na_register.yaml")));

        var again = await Cli.ProcessAsync("production", "init", Project);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("[production.exists]", again.Err, StringComparison.Ordinal);

        var status = await Cli.ProcessAsync("production", "status", Project);
        Assert.True(status.ExitCode == 0, status.Err);
        Assert.Contains("not ready", status.Out, StringComparison.Ordinal);
        Assert.Contains("not_detected   openapi", status.Out, StringComparison.Ordinal);

        var validate = await Cli.ProcessAsync("production", "validate", Project);
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains("production/prompt.md: error [production.placeholder]: prompt.md: line 3", validate.Err, StringComparison.Ordinal);
        Assert.Contains("production/done_gate.yaml: error [production.missing] at /evidence: OPS-02:", validate.Err, StringComparison.Ordinal);
        Assert.Contains("analysis.json: error [production.missing]: TST-03:", validate.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingASourceFile_ChangesTheFingerprint_AndValidateReportsItStale()
    {
        Assert.Equal(0, (await Cli.InProcessAsync("init", Project, "--language", "python")).ExitCode);
        Assert.Equal(0, (await Cli.ProcessAsync("production", "init", Project)).ExitCode);
        var before = JsonNode.Parse((await Cli.ProcessAsync("production", "fingerprint", Project, "--json")).Out)!["data"]!["fingerprint"]!.GetValue<string>();
        Assert.StartsWith("sha256:", before, StringComparison.Ordinal);

        _dir.Write("p/src/calc/calc.py", "def add(a, b):\n    return a + b\n");
        var after = await Cli.ProcessAsync("production", "fingerprint", Project);
        Assert.Equal(0, after.ExitCode);
        Assert.DoesNotContain(before, after.Out, StringComparison.Ordinal);

        var validate = await Cli.ProcessAsync("production", "validate", Project, "--json");
        Assert.Equal(1, validate.ExitCode);
        var manifest = JsonNode.Parse(validate.Out)!["data"]!["items"]!.AsArray().Single(i => (string?)i!["item"] == "manifest.yaml")!;
        Assert.Equal("stale", (string?)manifest["state"]);
        Assert.Equal("/source_fingerprint", (string?)manifest["pointer"]);

        Assert.Equal(0, (await Cli.ProcessAsync("production", "fingerprint", Project, "--write")).ExitCode);
        var fresh = JsonNode.Parse((await Cli.ProcessAsync("production", "status", Project, "--json")).Out)!["data"]!["items"]!.AsArray().Single(i => (string?)i!["item"] == "manifest.yaml")!;
        Assert.Equal("satisfied", (string?)fresh["state"]);
    }
}
