namespace Pact.Cli.Tests;

/// <summary><c>pact adjudicate</c> end to end: pact test names the finding, certify refuses it, the auditor's decision lets certify through.</summary>
public sealed class AdjudicateCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public AdjudicateCliTests() => JudgeTools.Configure();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Adjudicate_AllowsAFinding_ThenCertifyProceeds()
    {
        var project = await CalcProject.CreateAsync(_dir, "p", "import subprocess\n\n\ndef add(a, b):\n    return a + b\n");
        Assert.Equal(0, (await Cli.InProcessAsync("audit-init", project, "--audit-dir", _dir.Combine("audit"))).ExitCode);

        var test = await Cli.InProcessAsync("test", project);
        Assert.Equal(0, test.ExitCode);
        Assert.Contains("tamper.python.detached_process", test.Out + test.Err, StringComparison.Ordinal);
        var refused = await Cli.InProcessAsync("certify", project);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("certify.tamper_unadjudicated", refused.Out + refused.Err, StringComparison.Ordinal);

        var bad = await Cli.InProcessAsync("adjudicate", project, "calc", "tamper.python.detached_process", "--file", "src/calc/calc.py", "--line", "1", "--verdict", "perhaps", "--reason", "r");
        Assert.NotEqual(0, bad.ExitCode);
        var nowhere = await Cli.InProcessAsync("adjudicate", project, "calc", "tamper.python.detached_process", "--verdict", "allowed", "--reason", "r");
        Assert.NotEqual(0, nowhere.ExitCode);
        Assert.Contains("adjudicate.no_location", nowhere.Err, StringComparison.Ordinal);
        var allowed = await Cli.InProcessAsync("adjudicate", project, "calc", "tamper.python.detached_process", "--file", "src/calc/calc.py", "--line", "1", "--verdict", "allowed", "--reason", "unused import, harmless", "--json");
        Assert.Equal(0, allowed.ExitCode);
        Assert.Contains("\"verdict\": \"allowed\"", allowed.Out, StringComparison.Ordinal);

        var certified = await Cli.InProcessAsync("certify", project);
        Assert.True(certified.ExitCode == 0, certified.Out + certified.Err);
    }
}
