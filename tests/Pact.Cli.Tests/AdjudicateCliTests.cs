namespace Pact.Cli.Tests;

/// <summary><c>pact adjudicate</c> end to end: pact test names the finding, certify refuses it, the auditor's decision lets certify through.</summary>
public sealed class AdjudicateCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public AdjudicateCliTests() => JudgeTools.Configure();

    public void Dispose() => _dir.Dispose();

    private string Project => _dir.Combine("p");

    [Fact]
    public async Task Adjudicate_AllowsAFinding_ThenCertifyProceeds()
    {
        await CalcProject.CreateAsync(_dir, Project, "import subprocess\n\n\ndef add(a, b):\n    return a + b\n");
        Assert.Equal(0, (await Cli.InProcessAsync("audit-init", Project, "--audit-dir", _dir.Combine("audit"))).ExitCode);

        var test = await Cli.InProcessAsync("test", Project);
        Assert.Equal(0, test.ExitCode);
        Assert.Contains("tamper.python.detached_process", test.Out + test.Err, StringComparison.Ordinal);
        var refused = await Cli.InProcessAsync("certify", Project);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("certify.tamper_unadjudicated", refused.Out + refused.Err, StringComparison.Ordinal);

        var bad = await Cli.InProcessAsync("adjudicate", Project, "calc", "tamper.python.detached_process", "--file", "src/calc/calc.py", "--line", "1", "--verdict", "perhaps", "--reason", "r");
        Assert.NotEqual(0, bad.ExitCode);
        var allowed = await Cli.InProcessAsync("adjudicate", Project, "calc", "tamper.python.detached_process", "--file", "src/calc/calc.py", "--line", "1", "--verdict", "allowed", "--reason", "unused import, harmless", "--json");
        Assert.Equal(0, allowed.ExitCode);
        Assert.Contains("\"verdict\": \"allowed\"", allowed.Out, StringComparison.Ordinal);

        var certified = await Cli.InProcessAsync("certify", Project);
        Assert.True(certified.ExitCode == 0, certified.Out + certified.Err);
    }
}
