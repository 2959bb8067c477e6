using System.Text.Json;
using ModelContextProtocol;

namespace Pact.Mcp.Tests;

/// <summary>Every tool taking component_id or component_ids, and every resource with an {id}, refuses an id that could walk out of the project.</summary>
public sealed class ComponentIdTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly JsonElement Empty = JsonDocument.Parse("{}").RootElement;

    public static TheoryData<string> BadIds => ["../../outside", "a/../../b", "..", "Calc"];

    [Theory]
    [MemberData(nameof(BadIds))]
    public async Task EveryToolWithAnId_RefusesATraversalId_AndNothingIsWritten(string id)
    {
        await using var f = await McpFixture.StartAsync();
        Assert.NotEqual(true, (await f.Client.CallToolAsync("pact_init", new Dictionary<string, object?> { ["language"] = "python" }, cancellationToken: Ct)).IsError);
        var before = TreeSnapshot.Of(f.Dir.Path);

        var calls = new (string Tool, Dictionary<string, object?> Args)[]
        {
            ("pact_test", new() { ["component_ids"] = new[] { id } }),
            ("pact_freeze", new() { ["component_ids"] = new[] { id } }),
            ("pact_unfreeze", new() { ["component_id"] = id, ["reason"] = "because" }),
            ("pact_tests", new() { ["component_id"] = id, ["suite"] = Empty }),
            ("pact_goodhart", new() { ["component_id"] = id, ["suite"] = Empty }),
            ("pact_contract", new() { ["component_id"] = id, ["contract"] = Empty }),
            ("pact_handoff", new() { ["component_id"] = id }),
            ("pact_stub", new() { ["component_id"] = id }),
            ("pact_tasks", new() { ["component_id"] = id }),
        };
        foreach (var (tool, args) in calls)
        {
            var result = await f.Client.CallToolAsync(tool, args, cancellationToken: Ct);

            Assert.True(result.IsError == true, $"{tool} accepted '{id}'");
            var text = result.StructuredContent!.Value.GetRawText();
            Assert.Contains("input.component_id", text, StringComparison.Ordinal);
            Assert.Contains("is not a component id", text, StringComparison.Ordinal);
            TreeSnapshot.AssertUnchanged(before, f.Dir.Path);
        }

        foreach (var uri in new[] { "pact://contract/", "pact://tests/", "pact://handoff/" })
        {
            var refused = await Assert.ThrowsAsync<McpProtocolException>(() => f.Client.ReadResourceAsync(uri + Uri.EscapeDataString(id), cancellationToken: Ct).AsTask());
            Assert.Contains(uri.Contains("handoff", StringComparison.Ordinal) ? "component" : "not a component id", refused.Message, StringComparison.Ordinal);
        }
    }
}
