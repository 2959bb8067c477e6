using System.Text.Json;

namespace Pact.Cli.Tests;

/// <summary>
/// pact claim and pact release between workers: a claim in force refuses another holder and is renewed by its own,
/// only the holder releases, a lapsed claim is taken over, only leaves are claimed, and workers racing for one
/// component in separate processes leave exactly one winner.
/// </summary>
public sealed class ClaimCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private async Task<string> ProjectAsync()
    {
        var project = _dir.Combine("proj");
        Assert.Equal(0, (await Cli.InProcessAsync("init", project, "--language", "python")).ExitCode);
        _dir.Write("proj/task.md", "# Task\n\nAdd and format numbers for the form.\n");
        _dir.Write("tree.json", """
            {"root_id": "app", "nodes": {
              "app": {"component_id": "app", "name": "App", "description": "Adds and formats numbers for the form.", "children": ["adder", "printer"]},
              "adder": {"component_id": "adder", "name": "Adder", "description": "Adds numbers.", "parent_id": "app", "depth": 1},
              "printer": {"component_id": "printer", "name": "Printer", "description": "Formats numbers for the form.", "parent_id": "app", "depth": 1}}}
            """);
        Assert.Equal(0, (await Cli.InProcessAsync("interview", project, "--file", _dir.Write("interview.json", FixtureInterview.Json))).ExitCode);
        var decomposed = await Cli.InProcessAsync("decompose", project, "--file", _dir.Combine("tree.json"));
        Assert.True(decomposed.ExitCode == 0, decomposed.Out + decomposed.Err);
        return project;
    }

    [Fact]
    public async Task AClaimInForce_RefusesOthers_IsRenewedByItsHolder_AndOnlyTheHolderReleases()
    {
        var project = await ProjectAsync();

        Assert.Equal(0, (await Cli.InProcessAsync("claim", project, "adder", "--holder", "worker-1")).ExitCode);
        var taken = await Cli.InProcessAsync("claim", project, "adder", "--holder", "worker-2");
        Assert.Equal(1, taken.ExitCode);
        Assert.Contains("claim.held", taken.Err, StringComparison.Ordinal);
        Assert.Contains("claimed by worker-1 until", taken.Err, StringComparison.Ordinal);

        var other = await Cli.InProcessAsync("claim", project, "printer", "--holder", "worker-2", "--json");
        using (var json = JsonDocument.Parse(other.Out))
        {
            // The report lists what the others hold, so a worker picks a free component at once.
            Assert.Equal(["adder", "printer"], json.RootElement.GetProperty("data").GetProperty("leases").EnumerateArray().Select(l => l.GetProperty("component_id").GetString()));
        }

        // pact components shows who holds what.
        var listed = await Cli.InProcessAsync("components", project, "--json");
        using (var json = JsonDocument.Parse(listed.Out))
        {
            var holders = json.RootElement.GetProperty("data").GetProperty("components").EnumerateArray()
                .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.TryGetProperty("claimed_by", out var by) && by.ValueKind == JsonValueKind.String ? by.GetString() : null);
            Assert.Equal(("worker-1", "worker-2", null), (holders["adder"], holders["printer"], holders["app"]));
        }

        var renewed = await Cli.InProcessAsync("claim", project, "adder", "--holder", "worker-1", "--ttl", "2h", "--json");
        using (var json = JsonDocument.Parse(renewed.Out))
        {
            Assert.True(json.RootElement.GetProperty("data").GetProperty("renewed").GetBoolean());
        }

        var stolen = await Cli.InProcessAsync("release", project, "adder", "--holder", "worker-2");
        Assert.Equal(1, stolen.ExitCode);
        Assert.Contains("release.not_holder", stolen.Err, StringComparison.Ordinal);
        Assert.Equal(0, (await Cli.InProcessAsync("release", project, "adder", "--holder", "worker-1")).ExitCode);
        Assert.Equal(0, (await Cli.InProcessAsync("claim", project, "adder", "--holder", "worker-2")).ExitCode);

        var log = await Cli.InProcessAsync("log", project, "--component", "adder", "--json");
        using var events = JsonDocument.Parse(log.Out);
        Assert.Equal(["claim", "claim", "release", "claim"], events.RootElement.GetProperty("data").GetProperty("events").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task ALapsedClaim_IsTakenOver()
    {
        var project = await ProjectAsync();
        Assert.Equal(0, (await Cli.InProcessAsync("claim", project, "adder", "--holder", "worker-1")).ExitCode);
        // A worker that died: its claim's time has passed.
        var lease = _dir.Combine("proj", ".pact", "leases", "adder.json");
        File.WriteAllText(lease, """{"component_id": "adder", "holder": "worker-1", "claimed_at": "2000-01-01T00:00:00Z", "expires_at": "2000-01-01T00:30:00Z"}""");

        var run = await Cli.InProcessAsync("claim", project, "adder", "--holder", "worker-2");

        Assert.True(run.ExitCode == 0, run.Out + run.Err);
        Assert.Contains("the lapsed claim of worker-1 taken over", File.ReadAllText(_dir.Combine("proj", ".pact", "audit.jsonl")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("app", "claim.unknown_component", 3)]
    [InlineData("nothing", "claim.unknown_component", 3)]
    public async Task OnlyALeafOfTheTree_IsClaimed(string component, string rule, int exit)
    {
        var project = await ProjectAsync();

        var run = await Cli.InProcessAsync("claim", project, component, "--holder", "worker-1");

        Assert.Equal(exit, run.ExitCode);
        Assert.Contains(rule, run.Err, StringComparison.Ordinal);
        Assert.Contains("claim one of adder, printer", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkersRacingForOneComponent_LeaveExactlyOneWinner()
    {
        var project = await ProjectAsync();

        var runs = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => Task.Run(() => Cli.ProcessAsync("claim", project, "adder", "--holder", $"worker-{i}"))));

        Assert.Equal(1, runs.Count(r => r.ExitCode == 0));
        Assert.Equal(3, runs.Count(r => r.ExitCode == 1 && r.Err.Contains("claim.held", StringComparison.Ordinal)));
        var winner = Array.FindIndex(runs, r => r.ExitCode == 0) + 1;
        Assert.Contains($"\"holder\": \"worker-{winner}\"", File.ReadAllText(_dir.Combine("proj", ".pact", "leases", "adder.json")), StringComparison.Ordinal);
    }
}
