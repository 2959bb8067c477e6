using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using Pact.Mcp.Hosting;

namespace Pact.Mcp.Tests;

public sealed class ProgressTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ATestRun_SendsOneProgressNotificationPerFinishedSuite()
    {
        await using var f = await StartAsync(("adder", "a + b"), ("doubler", "2 * a"));
        // Counted at the session, not through the call's IProgress, which the client may retire as the result arrives.
        var seen = new ConcurrentQueue<ProgressNotificationParams>();
        await using var handler = f.Client.RegisterNotificationHandler(NotificationMethods.ProgressNotification, (notification, _) =>
        {
            seen.Enqueue(JsonSerializer.Deserialize<ProgressNotificationParams>(notification.Params, McpJsonUtilities.DefaultOptions)!);
            return ValueTask.CompletedTask;
        });

        var result = await f.Client.CallToolAsync("pact_test", new Dictionary<string, object?>(), new Progress<ProgressNotificationValue>(), cancellationToken: Ct);

        Assert.True(result.IsError != true, result.StructuredContent?.GetRawText());
        for (var i = 0; i < 50 && seen.Count < 2; i++)
        {
            await Task.Delay(100, Ct);
        }

        Assert.Equal(["adder (visible): passed, 2/2 passed", "doubler (visible): passed, 2/2 passed"], seen.Select(p => p.Progress.Message).Order(StringComparer.Ordinal));
        Assert.Equal([1f, 2f], seen.Select(p => p.Progress.Progress).Order());
        Assert.Single(seen.Select(p => p.ProgressToken.ToString()).Distinct());
    }

    [Fact]
    public async Task WithoutAProgressToken_NoNotificationIsSent()
    {
        await using var f = await StartAsync(("adder", "a + b"));
        var seen = 0;
        await using var handler = f.Client.RegisterNotificationHandler(NotificationMethods.ProgressNotification, (_, _) =>
        {
            Interlocked.Increment(ref seen);
            return ValueTask.CompletedTask;
        });

        var result = await f.Client.CallToolAsync("pact_test", new Dictionary<string, object?>(), cancellationToken: Ct);

        Assert.True(result.IsError != true, result.StructuredContent?.GetRawText());
        await Task.Delay(300, Ct);
        Assert.Equal(0, seen);
    }

    /// <summary>A python project with one component per (id, expression): a contract, an implementation and a locked visible suite.</summary>
    private static async Task<McpFixture> StartAsync(params (string Id, string Body)[] components)
    {
        var f = await McpFixture.StartAsync(McpRole.Solo, ToolTier.All);
        Assert.NotEqual(true, (await f.Client.CallToolAsync("pact_init", new Dictionary<string, object?> { ["language"] = "python" }, cancellationToken: Ct)).IsError);
        foreach (var (id, body) in components)
        {
            f.Dir.Write($"project/contracts/{id}/interface.json", $$"""
                { "component_id": "{{id}}", "name": "{{id}}", "description": "arithmetic",
                  "functions": [ { "name": "run", "description": "computes", "inputs": [], "output_type": "int" } ] }
                """);
            f.Dir.Write($"project/src/{id}/{id}.py", $"def run(a, b=0):\n    return {body}\n" + FixtureEvents.Python(id, "run"));
            var suite = new JsonObject
            {
                ["component_id"] = id,
                ["contract_version"] = 1,
                ["test_language"] = "python",
                ["test_cases"] = new JsonArray(new JsonObject { ["id"] = "test_run", ["description"] = "runs", ["function"] = "run", ["category"] = "happy_path" }),
                ["generated_code"] = $"from {id} import run\n\n\ndef test_run():\n    assert run(2, 2) == 4\n",
            };
            var stored = await f.Client.CallToolAsync("pact_tests", new Dictionary<string, object?> { ["component_id"] = id, ["suite"] = JsonSerializer.SerializeToElement(suite, Pact.Serialization.PactJson.Context.JsonNode) }, cancellationToken: Ct);
            Assert.True(stored.IsError != true, stored.StructuredContent?.GetRawText());
        }

        return f;
    }
}
