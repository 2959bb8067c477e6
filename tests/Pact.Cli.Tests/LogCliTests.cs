using System.Text.Json;

namespace Pact.Cli.Tests;

/// <summary>
/// pact log on a real project: the events with their lines, each filter, and a log that is not whole said so: a
/// hand-edited line is a warning naming it and <c>intact</c> is false, where a filtered listing would otherwise
/// look clean.
/// </summary>
public sealed class LogCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private async Task<string> ProjectAsync()
    {
        var project = _dir.Combine("proj");
        Assert.Equal(0, (await Cli.InProcessAsync("init", project, "--language", "python")).ExitCode);
        _dir.Write("proj/task.md", "# Task\n\nAdd numbers for the form.\n");
        _dir.Write("tree.json", """{"root_id": "calc", "nodes": {"calc": {"component_id": "calc", "name": "Calc", "description": "Adds numbers for the form."}}}""");
        Assert.Equal(0, (await Cli.InProcessAsync("interview", project, "--file", _dir.Write("interview.json", FixtureInterview.Json))).ExitCode);
        var decomposed = await Cli.InProcessAsync("decompose", project, "--file", _dir.Combine("tree.json"));
        Assert.True(decomposed.ExitCode == 0, decomposed.Out + decomposed.Err);
        return project;
    }

    [Fact]
    public async Task TheLog_IsShownWithItsLines_AndFiltered()
    {
        var project = await ProjectAsync();

        var all = await Cli.InProcessAsync("log", project, "--json");
        Assert.True(all.ExitCode == 0, all.Out + all.Err);
        using var json = JsonDocument.Parse(all.Out);
        var data = json.RootElement.GetProperty("data");
        var actions = data.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["init", "interview", "decompose"], actions);
        Assert.Equal([1, 2, 3], data.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("line").GetInt32()));
        Assert.True(data.GetProperty("intact").GetBoolean());

        var one = await Cli.InProcessAsync("log", project, "--action", "decompose", "--since", "1h");
        Assert.Equal(0, one.ExitCode);
        Assert.Contains("1 of 1 matching events shown (3 in the log); the log agrees with the judge's ledger", one.Out, StringComparison.Ordinal);

        var old = await Cli.InProcessAsync("log", project, "--since", "2099-01-01T00:00:00Z", "--json");
        using var none = JsonDocument.Parse(old.Out);
        Assert.Equal(0, none.RootElement.GetProperty("data").GetProperty("matched").GetInt32());

        var last = await Cli.InProcessAsync("log", project, "--last", "1", "--json");
        using var tail = JsonDocument.Parse(last.Out);
        Assert.Equal(["decompose"], tail.RootElement.GetProperty("data").GetProperty("events").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task AnEditedLine_IsAWarningNamingIt_AndTheLogIsNotIntact()
    {
        var project = await ProjectAsync();
        var log = _dir.Combine("proj", ".pact", "audit.jsonl");
        var lines = File.ReadAllLines(log);
        File.WriteAllLines(log, [lines[0], "{ this is not an event", lines[1]]);

        var run = await Cli.InProcessAsync("log", project, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.False(json.RootElement.GetProperty("data").GetProperty("intact").GetBoolean());
        Assert.Contains(json.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("rule").GetString() == "audit.torn_line" && d.GetProperty("line").GetInt32() == 2);
    }

    [Theory]
    [InlineData("--since", "yesterday", "log.since")]
    [InlineData("--last", "0", "log.last")]
    public async Task ABadFilter_IsRefusedNamingIt(string option, string value, string rule)
    {
        var project = await ProjectAsync();

        var run = await Cli.InProcessAsync("log", project, option, value);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(rule, run.Err, StringComparison.Ordinal);
    }
}
