using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using Pact.Hashing;

namespace Pact.Mcp.Tests;

/// <summary>pact_health, pact_health_record and pact://health through a real MCP client.</summary>
public sealed class HealthTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> Args(params (string Key, object? Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    [Fact]
    public async Task HealthTool_IsReadOnly_AndReturnsTheCliRecord()
    {
        await using var f = await McpFixture.StartAsync();
        await f.Client.CallToolAsync("pact_init", Args(), cancellationToken: Ct);

        var tools = await f.Client.ListToolsAsync(cancellationToken: Ct);
        var result = await f.Client.CallToolAsync("pact_health", Args(), cancellationToken: Ct);

        Assert.True(tools.Single(t => t.Name == "pact_health").ProtocolTool.Annotations!.ReadOnlyHint);
        Assert.False(tools.Single(t => t.Name == "pact_health_record").ProtocolTool.Annotations!.ReadOnlyHint);
        Assert.NotEqual(true, result.IsError);
        Assert.Equal("healthy", result.StructuredContent!.Value.GetProperty("data").GetProperty("status").GetString());
        using var output = new StringWriter();
        Assert.Equal(0, await Pact.Cli.PactCli.RunAsync(["health", f.Project, "--json"], output, TextWriter.Null, cancellationToken: Ct));
        Assert.Equal(ContentHash.Canonical(JsonNode.Parse(output.ToString())), ContentHash.Canonical(JsonNode.Parse(result.StructuredContent.Value.GetRawText())));
    }

    [Fact]
    public async Task RecordTool_AddsUsage_ThatTheResourceReports()
    {
        await using var f = await McpFixture.StartAsync();
        await f.Client.CallToolAsync("pact_init", Args(), cancellationToken: Ct);

        var recorded = await f.Client.CallToolAsync("pact_health_record", Args(("phase", "implement"), ("input_tokens", 1200), ("output_tokens", 800), ("calls", 2), ("spend_usd", 0.05)), cancellationToken: Ct);
        var text = Assert.IsType<TextResourceContents>(Assert.Single((await f.Client.ReadResourceAsync("pact://health", cancellationToken: Ct)).Contents)).Text;

        Assert.NotEqual(true, recorded.IsError);
        Assert.Equal(2000, recorded.StructuredContent!.Value.GetProperty("data").GetProperty("phase_total").GetProperty("tokens").GetInt64());
        using var json = JsonDocument.Parse(text);
        var metrics = json.RootElement.GetProperty("data").GetProperty("metrics");
        Assert.Equal("health", json.RootElement.GetProperty("command").GetString());
        Assert.Equal(2000, metrics.GetProperty("generation_tokens").GetInt64());
        Assert.Equal(2, metrics.GetProperty("generation_calls").GetInt64());
        Assert.True(json.RootElement.GetProperty("data").GetProperty("derived").GetProperty("output_planning_ratio_infinite").GetBoolean());
    }

    [Fact]
    public async Task RecordTool_RefusesAnUnknownPhase_AsAnErrorResult_AndChangesNothing()
    {
        await using var f = await McpFixture.StartAsync();
        await f.Client.CallToolAsync("pact_init", Args(), cancellationToken: Ct);
        var before = TreeSnapshot.Of(f.Project);

        var result = await f.Client.CallToolAsync("pact_health_record", Args(("phase", "coding"), ("input_tokens", 1), ("output_tokens", -1)), cancellationToken: Ct);

        Assert.True(result.IsError);
        var rules = result.StructuredContent!.Value.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("rule").GetString()).ToList();
        Assert.Equal(["health.phase.unknown", "health.usage.negative"], rules);
        TreeSnapshot.AssertUnchanged(before, f.Project);
    }
}
