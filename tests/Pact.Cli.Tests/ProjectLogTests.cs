using System.Text.Json.Nodes;

namespace Pact.Cli.Tests;

/// <summary>
/// The project log checked against the judge's ledger (issue 12, item 5): a judged event deleted from or edited in
/// <c>.pact/audit.jsonl</c> is <c>audit.log_diverged</c> in status and validate, and hint levels, which come from the
/// ledger, do not fall back when the project log loses its lines.
/// </summary>
public sealed class ProjectLogTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public ProjectLogTests() => JudgeTools.Configure();

    public void Dispose() => _dir.Dispose();

    private string Project => _dir.Combine("p");

    private string Log => Path.Combine(Project, ".pact", "audit.jsonl");

    private static string Text(Cli.Run run) => run.Out + run.Err;

    private async Task<int> HintLevelAsync()
    {
        var polish = await Cli.InProcessAsync("polish", Project, "--json");
        Assert.Equal(1, polish.ExitCode);
        var runs = JsonNode.Parse(polish.Out)!["data"]!["runs"]!.AsArray();
        return runs.Single(r => (string?)r!["kind"] == "hidden")!["hint_level"]!.GetValue<int>();
    }

    private void Rewrite(Func<List<string>, List<string>> change) =>
        File.WriteAllLines(Log, change([.. File.ReadAllLines(Log).Where(l => l.Length > 0)]));

    [Fact]
    public async Task DeletingAHiddenFailure_IsReported_AndTheNextHintIsStillTheSecondLevel()
    {
        await CalcProject.WithAuthorityAsync(_dir, Project, _dir.Combine("audit"), CalcProject.OnlySmall);
        Assert.Equal(0, (await Cli.InProcessAsync("status", Project)).ExitCode);
        Assert.Equal(1, await HintLevelAsync());

        Rewrite(lines => [.. lines.Where(l => !l.Contains("\"action\":\"polish.hidden_failed\"", StringComparison.Ordinal))]);

        var status = await Cli.InProcessAsync("status", Project);
        var validate = await Cli.InProcessAsync("validate", Project);
        foreach (var run in new[] { status, validate })
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("audit.log_diverged", run.Err, StringComparison.Ordinal);
            Assert.Contains("polish.hidden_failed", run.Err, StringComparison.Ordinal);
            Assert.Contains("deleted", run.Err, StringComparison.Ordinal);
            Assert.Matches(@"seq \d+", run.Err);
        }

        Assert.Equal(2, await HintLevelAsync());
    }

    [Fact]
    public async Task EditingAnUnfreeze_IsReported()
    {
        await CalcProject.WithAuthorityAsync(_dir, Project, _dir.Combine("audit"));
        Assert.Equal(0, (await Cli.InProcessAsync("freeze", Project)).ExitCode);
        Assert.Equal(0, (await Cli.InProcessAsync("unfreeze", Project, "calc", "--reason", "loosening the tests on purpose")).ExitCode);

        Rewrite(lines => [.. lines.Select(l => l.Replace("loosening the tests on purpose", "a typo in a test name", StringComparison.Ordinal))]);

        foreach (var command in new[] { "status", "validate" })
        {
            var run = await Cli.InProcessAsync(command, Project);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("audit.log_diverged", run.Err, StringComparison.Ordinal);
            Assert.Contains("unfreeze", run.Err, StringComparison.Ordinal);
            Assert.Contains("edited", run.Err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnUntouchedLog_IsClean_AndABrokenLedgerIsReportedAsBroken()
    {
        await CalcProject.WithAuthorityAsync(_dir, Project, _dir.Combine("audit"));
        Assert.Equal(0, (await Cli.InProcessAsync("test", Project)).ExitCode);
        var clean = await Cli.InProcessAsync("validate", Project);
        Assert.True(clean.ExitCode == 0, Text(clean));

        var ledger = _dir.Combine("audit", "ledger.jsonl");
        File.WriteAllLines(ledger, File.ReadAllLines(ledger).Skip(1));

        var broken = await Cli.InProcessAsync("status", Project);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("judge.ledger_broken", broken.Err, StringComparison.Ordinal);
    }

    /// <summary>Unjudged events (reported usage) written straight to the log: a long history without running anything.</summary>
    private void AppendHistory(int events) =>
        File.AppendAllLines(Log, Enumerable.Range(0, events).Select(i =>
            $"{{\"timestamp\":\"2026-01-01T00:00:{i % 60:00}.{i:000000}Z\",\"action\":\"health.record\",\"detail\":\"usage\",\"usage\":{{\"phase\":\"implement\",\"input_tokens\":10,\"output_tokens\":5,\"calls\":1}}}}"));

    private string Checkpoint => _dir.Combine("audit", "ledger.jsonl.checkpoint.json");

    [Fact]
    public async Task ALongHistory_IsCheckpointedBesideTheLedger_AndStatusAndHealthAreTheSameAsAWholeRead()
    {
        await CalcProject.WithAuthorityAsync(_dir, Project, _dir.Combine("audit"), CalcProject.OnlySmall);
        Assert.Equal(1, await HintLevelAsync());
        AppendHistory(600);

        var first = await Cli.InProcessAsync("status", Project, "--json");
        Assert.True(first.ExitCode == 0, Text(first));
        Assert.True(File.Exists(Checkpoint), "status wrote no checkpoint of a long log");
        Assert.Empty(Directory.EnumerateFiles(Project, "*checkpoint*", SearchOption.AllDirectories));
        AppendHistory(3);

        var fromCheckpoint = (await Cli.InProcessAsync("status", Project, "--json")).Out;
        var health = (await Cli.InProcessAsync("health", Project, "--json")).Out;
        File.Delete(Checkpoint);
        var whole = (await Cli.InProcessAsync("status", Project, "--json")).Out;
        File.Delete(Checkpoint);
        Assert.Equal(whole, fromCheckpoint);
        Assert.Equal((await Cli.InProcessAsync("health", Project, "--json")).Out, health);
        Assert.Contains("\"audit_events\"", whole, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingAJudgedLine_BehindTheCheckpoint_IsStillReported()
    {
        await CalcProject.WithAuthorityAsync(_dir, Project, _dir.Combine("audit"), CalcProject.OnlySmall);
        Assert.Equal(1, await HintLevelAsync());
        AppendHistory(600);
        Assert.Equal(0, (await Cli.InProcessAsync("status", Project)).ExitCode);
        Assert.True(File.Exists(Checkpoint));

        // The cheat: rewrite a judged event that the checkpoint already covers, then add more history after it, so a
        // reader that trusted the checkpoint's vouching without re-checking its prefix would look only at the new lines.
        Rewrite(lines => [.. lines.Where(l => !l.Contains("\"action\":\"polish.hidden_failed\"", StringComparison.Ordinal))]);
        AppendHistory(300);

        foreach (var command in new[] { "status", "validate", "status" })
        {
            var run = await Cli.InProcessAsync(command, Project);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("audit.log_diverged", run.Err, StringComparison.Ordinal);
            Assert.Contains("deleted", run.Err, StringComparison.Ordinal);
        }

        Assert.Equal(2, await HintLevelAsync());
    }

    [Fact]
    public async Task AnUnreadableCheckpoint_IsIgnored()
    {
        await CalcProject.WithAuthorityAsync(_dir, Project, _dir.Combine("audit"));
        AppendHistory(300);
        var whole = (await Cli.InProcessAsync("status", Project, "--json")).Out;
        File.WriteAllText(Checkpoint, "{\"version\":1,\"bytes\":\"many\"");

        var run = await Cli.InProcessAsync("status", Project, "--json");
        Assert.True(run.ExitCode == 0, Text(run));
        Assert.Equal(whole, run.Out);
    }
}
