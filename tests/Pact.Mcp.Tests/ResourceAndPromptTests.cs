using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace Pact.Mcp.Tests;

public sealed class ResourceAndPromptTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<McpFixture> InitializedAsync()
    {
        var f = await McpFixture.StartAsync();
        await f.Client.CallToolAsync("pact_init", new Dictionary<string, object?>(), cancellationToken: Ct);
        f.Dir.Write("project/decomposition/tree.json", """
            { "root_id": "api", "nodes": {
              "api": { "component_id": "api", "name": "API", "description": "root", "children": ["pricing", "rates"] },
              "pricing": { "component_id": "pricing", "name": "Pricing", "description": "prices", "depth": 1, "parent_id": "api" },
              "rates": { "component_id": "rates", "name": "Rates", "description": "rates", "depth": 1, "parent_id": "api" } } }
            """);
        f.Dir.Write("project/contracts/pricing/interface.json", """{ "component_id": "pricing", "name": "Pricing", "description": "prices stays" }""");
        return f;
    }

    private static string Text(ReadResourceResult result) => Assert.IsType<TextResourceContents>(Assert.Single(result.Contents)).Text;

    [Fact]
    public async Task StatusResource_IsTheStatusRecord()
    {
        await using var f = await InitializedAsync();

        using var json = JsonDocument.Parse(Text(await f.Client.ReadResourceAsync("pact://status", cancellationToken: Ct)));

        Assert.Equal("status", json.RootElement.GetProperty("command").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("data").GetProperty("components").GetInt32());
    }

    [Fact]
    public async Task ContractResources_ListAndRead_AndRefuseUnknownOrUnsafeIds()
    {
        await using var f = await InitializedAsync();

        var list = Text(await f.Client.ReadResourceAsync("pact://contracts", cancellationToken: Ct));
        var contract = Text(await f.Client.ReadResourceAsync("pact://contract/pricing", cancellationToken: Ct));

        Assert.Contains("\"pricing\"", list, StringComparison.Ordinal);
        Assert.Contains("prices stays", contract, StringComparison.Ordinal);
        var missing = await Assert.ThrowsAsync<McpProtocolException>(() => f.Client.ReadResourceAsync("pact://contract/rates", cancellationToken: Ct).AsTask());
        Assert.Equal(McpErrorCode.ResourceNotFound, missing.ErrorCode);
        await Assert.ThrowsAsync<McpProtocolException>(() => f.Client.ReadResourceAsync("pact://contract/..%2Fpact", cancellationToken: Ct).AsTask());
    }

    [Fact]
    public async Task SchemaResource_ServesEverySchema()
    {
        await using var f = await McpFixture.StartAsync();

        foreach (var name in Pact.Schemas.SchemaCatalog.Names)
        {
            using var schema = JsonDocument.Parse(Text(await f.Client.ReadResourceAsync($"pact://schema/{name}", cancellationToken: Ct)));
            Assert.Equal($"https://pact.local/schemas/{name}.json", schema.RootElement.GetProperty("$id").GetString());
        }
    }

    [Fact]
    public async Task Prompts_AreFilledFromTheProject()
    {
        await using var f = await InitializedAsync();
        f.Dir.Write("project/task.md", "Build a canary-booking API.\n");

        var interview = await f.Client.GetPromptAsync("interview", cancellationToken: Ct);
        var contract = await f.Client.GetPromptAsync("contract", new Dictionary<string, object?> { ["component_id"] = "pricing" }, cancellationToken: Ct);

        var interviewText = Assert.IsType<TextContentBlock>(Assert.Single(interview.Messages).Content).Text;
        Assert.Contains("canary-booking", interviewText, StringComparison.Ordinal);
        Assert.Contains("https://pact.local/schemas/interview.json", interviewText, StringComparison.Ordinal);
        var contractText = Assert.IsType<TextContentBlock>(Assert.Single(contract.Messages).Content).Text;
        Assert.Contains("'pricing'", contractText, StringComparison.Ordinal);
        Assert.Contains("\"rates\"", contractText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completion_OffersComponentIdsAndSchemaNames()
    {
        await using var f = await InitializedAsync();

        var ids = await f.Client.CompleteAsync(new PromptReference { Name = "contract" }, "component_id", "p", cancellationToken: Ct);
        var schemas = await f.Client.CompleteAsync(new ResourceTemplateReference { Uri = "pact://schema/{name}" }, "name", "test", cancellationToken: Ct);

        Assert.Equal(["pricing"], ids.Completion.Values);
        Assert.Equal(["test_results", "test_suite"], schemas.Completion.Values);
    }
}
