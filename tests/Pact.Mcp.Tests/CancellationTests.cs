using System.Text.Json;
using System.Text.Json.Nodes;
using Pact.Mcp.Hosting;

namespace Pact.Mcp.Tests;

public sealed class CancellationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CancellingATestRun_StopsItAndKillsTheRunnersProcesses()
    {
        await using var f = await McpFixture.StartAsync(McpRole.Solo, ToolTier.All);
        await f.Client.CallToolAsync("pact_init", new Dictionary<string, object?> { ["language"] = "python" }, cancellationToken: Ct);
        f.Dir.Write("project/contracts/spin/interface.json", """
            { "component_id": "spin", "name": "spin", "description": "waits",
              "functions": [ { "name": "wait", "description": "waits a long time", "inputs": [], "output_type": "int" } ] }
            """);
        f.Dir.Write("project/src/spin/spin.py", "def wait():\n    return 1\n");
        // The run is confined (its own pid namespace, no way to write outside its sandbox), so the test finds the
        // runner's child from here by a marker in its command line, as the host sees it.
        var marker = "pact-spin-" + Guid.NewGuid().ToString("N")[..10];
        var code = $"import subprocess\nfrom spin import wait\n\n\ndef test_wait():\n    subprocess.run(['/bin/sh', '-c', 'sleep 600 # {marker}'])\n    assert wait() == 1\n";
        var suite = new JsonObject
        {
            ["component_id"] = "spin",
            ["contract_version"] = 1,
            ["test_language"] = "python",
            ["test_cases"] = new JsonArray(new JsonObject { ["id"] = "test_wait", ["description"] = "waits", ["function"] = "wait", ["category"] = "happy_path" }),
            ["generated_code"] = code,
        };
        var locked = await f.Client.CallToolAsync("pact_tests", new Dictionary<string, object?> { ["component_id"] = "spin", ["suite"] = JsonSerializer.SerializeToElement(suite, Pact.Serialization.PactJson.Context.JsonNode) }, cancellationToken: Ct);
        Assert.NotEqual(true, locked.IsError);

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var run = f.Client.CallToolAsync("pact_test", new Dictionary<string, object?>(), cancellationToken: cancel.Token).AsTask();
        int? pid;
        while ((pid = ProcessTable.WithMarker(marker).Cast<int?>().FirstOrDefault()) is null)
        {
            Assert.False(run.IsCompleted, "the run ended before the test started");
            await Task.Delay(50, Ct);
        }

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        // The server learns of the cancellation by notification; give it a moment to kill the tree.
        for (var i = 0; i < 100 && Directory.Exists($"/proc/{pid}"); i++)
        {
            await Task.Delay(100, Ct);
        }

        Assert.False(Directory.Exists($"/proc/{pid}"), $"the runner's test process {pid} is still alive");
    }
}
