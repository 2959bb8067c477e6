namespace Pact.Cli.Tests;

/// <summary>
/// Component ids become directory names, so an id such as <c>../../D</c> would point a verb at files outside the
/// project. Every verb that takes one refuses it with a diagnostic that names the argument, and touches nothing.
/// </summary>
public sealed class ComponentIdTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Project => _dir.Combine("p");

    public static TheoryData<string> BadIds => ["../../outside", "../outside", "/tmp", "a/../../b", "Calc", ".", ""];

    private static string[][] Verbs(string project, string id, string file) =>
    [
        ["test", project, id],
        ["test", project, "calc", id],
        ["freeze", project, id],
        ["unfreeze", project, id, "--reason", "because"],
        ["tests", project, id, "--file", file],
        ["goodhart", project, id, "--file", file],
        ["contract", project, id, "--file", file],
        ["handoff", project, id],
        ["tasks", project, "--component", id],
    ];

    [Theory]
    [MemberData(nameof(BadIds))]
    public async Task EveryVerb_RefusesATraversalId_NamingTheArgument_AndNothingIsTouched(string id)
    {
        Assert.Equal(0, (await Cli.InProcessAsync("init", Project)).ExitCode);
        // What a traversal would reach: a directory beside the project that looks like a component's.
        _dir.Write("outside/visible.json", "{}");
        _dir.Write("outside/interface.json", "{}");
        var file = _dir.Write("input/suite.json", "{}");
        var before = TreeSnapshot.Of(_dir.Path);

        foreach (var verb in Verbs(Project, id, file))
        {
            var run = await Cli.InProcessAsync(verb);

            Assert.True(run.ExitCode == ExitCodes.Failed, $"pact {string.Join(' ', verb)}: exit {run.ExitCode}\n{run.Err}");
            Assert.Contains("[input.component_id]", run.Err, StringComparison.Ordinal);
            Assert.Contains("component_id", run.Err, StringComparison.Ordinal);
            Assert.Contains("fix:", run.Err, StringComparison.Ordinal);
            TreeSnapshot.AssertUnchanged(before, _dir.Path);
        }
    }
}
