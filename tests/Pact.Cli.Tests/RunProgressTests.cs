namespace Pact.Cli.Tests;

/// <summary>
/// A long run is not silence until the end: with <c>--progress</c> (the default on a terminal) each finished suite is
/// one line on stderr, counts only, so a hidden suite's failure shows nothing but its numbers.
/// </summary>
public sealed class RunProgressTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public RunProgressTests() => JudgeTools.Configure();

    public void Dispose() => _dir.Dispose();

    private string Project => _dir.Combine("p");

    [Fact]
    public async Task Polish_WithProgress_PrintsOneLinePerSuite_OnStderr_AndNoHiddenText()
    {
        await CalcProject.WithAuthorityAsync(_dir, Project, _dir.Combine("audit"), CalcProject.OnlySmall);

        var run = await Cli.InProcessAsync("polish", Project, "--progress");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith('[')).OrderBy(l => l[(l.IndexOf(']') + 1)..], StringComparer.Ordinal).ToArray();
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^\[[12]\] calc hidden: failed, 0/1 passed$", lines[0]);
        // The visible suite's own test and its Pact-generated emission test.
        Assert.Matches(@"^\[[12]\] calc visible: passed, 2/2 passed$", lines[1]);
        Assert.DoesNotContain("far from the visible", run.Err, StringComparison.Ordinal);
        // Progress goes to stderr only: --json output on stdout stays one document.
        Assert.DoesNotContain("calc visible:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_WithoutProgress_OffATerminal_PrintsNoProgressLines()
    {
        await CalcProject.CreateAsync(_dir, Project);

        var run = await Cli.InProcessAsync("test", Project);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("calc visible:", run.Err, StringComparison.Ordinal);
    }
}
