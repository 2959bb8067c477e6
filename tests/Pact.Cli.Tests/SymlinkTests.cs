namespace Pact.Cli.Tests;

/// <summary>
/// A link inside the project is how an implementer points Pact's reads at what it must not see (a view linked to a
/// hidden master) or its writes at what it must not change. Pact follows none: each case is refused with a diagnostic
/// naming the path, and nothing outside the project changes.
/// </summary>
public sealed class SymlinkTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Project => _dir.Combine("p");

    private string Outside => _dir.Combine("outside");

    private async Task InitAsync()
    {
        Assert.Equal(0, (await Cli.InProcessAsync("init", Project)).ExitCode);
        Directory.CreateDirectory(Outside);
        File.WriteAllText(Path.Combine(Outside, "canary.txt"), "CANARY-7f3a");
    }

    [Fact]
    public async Task ALinkedDotPact_IsRefused_AndNothingIsWrittenThroughIt()
    {
        await InitAsync();
        Directory.Delete(Path.Combine(Project, ".pact"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(Project, ".pact"), Outside);
        var spec = _dir.Write("spec.yaml", "task: Add two numbers\n");
        var before = TreeSnapshot.Of(Outside);

        var run = await Cli.InProcessAsync("spec", "apply", Project, spec);

        Assert.True(run.ExitCode == ExitCodes.Failed, $"exit {run.ExitCode}: {run.Err}");
        Assert.Contains("[path.symlink]", run.Err, StringComparison.Ordinal);
        Assert.Contains(".pact", run.Err, StringComparison.Ordinal);
        Assert.Contains("is a symbolic link", run.Err, StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(before, Outside);
    }

    [Fact]
    public async Task ALinkedArtifactDirectory_IsNotRead()
    {
        await InitAsync();
        File.WriteAllText(Path.Combine(Outside, "tree.json"), "{\"CANARY-7f3a\": 1}");
        var decomposition = Path.Combine(Project, "decomposition");
        if (Directory.Exists(decomposition))
        {
            Directory.Delete(decomposition, recursive: true);
        }

        Directory.CreateSymbolicLink(decomposition, Outside);

        var run = await Cli.InProcessAsync("validate", Project);

        Assert.Contains("[path.symlink]", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("CANARY", run.Out + run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALinkedPactYaml_IsRefused()
    {
        await InitAsync();
        File.Move(Path.Combine(Project, "pact.yaml"), Path.Combine(Outside, "pact.yaml"));
        File.CreateSymbolicLink(Path.Combine(Project, "pact.yaml"), Path.Combine(Outside, "pact.yaml"));

        var run = await Cli.InProcessAsync("status", Project);

        Assert.True(run.ExitCode == ExitCodes.Failed, $"exit {run.ExitCode}: {run.Err}");
        Assert.Contains("pact.yaml", run.Err, StringComparison.Ordinal);
        Assert.Contains("is a symbolic link", run.Err, StringComparison.Ordinal);
    }
}
