using Pact.Mcp.Hosting;

namespace Pact.Mcp.Tests;

/// <summary>pact_import on the solo and audit servers (it writes the plan, the auditor's side), never on the code server.</summary>
public sealed class ImportToolTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", "import", .. parts]);

    [Fact]
    public async Task ASpecKitFeature_BecomesThePlan_WithItsQuestionsOpen()
    {
        await using var f = await McpFixture.StartAsync();
        await f.Client.CallToolAsync("pact_init", new Dictionary<string, object?> { ["language"] = "python" }, cancellationToken: Ct);

        var imported = await f.Client.CallToolAsync("pact_import", new Dictionary<string, object?> { ["from"] = "spec-kit", ["path"] = Fixture("spec-kit") }, cancellationToken: Ct);

        Assert.True(imported.IsError != true, imported.StructuredContent?.GetRawText());
        var data = imported.StructuredContent!.Value.GetProperty("data");
        Assert.Equal("reading_list", data.GetProperty("root_id").GetString());
        Assert.Contains("FR-005", data.GetProperty("requirements").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("FR-005: storage not chosen - a local file or a database?", data.GetProperty("questions").EnumerateArray().Select(q => q.GetString()));
        Assert.Contains("FR-003", File.ReadAllText(f.Dir.Combine("project", "task.md")), StringComparison.Ordinal);
        Assert.True(File.Exists(f.Dir.Combine("project", "decomposition", "tree.json")));

        var status = await f.Client.CallToolAsync("pact_status", new Dictionary<string, object?>(), cancellationToken: Ct);
        Assert.True(status.IsError != true, status.StructuredContent?.GetRawText());
    }

    [Fact]
    public async Task OnlyTheCodeRole_HasNoImportTool()
    {
        foreach (var (role, has) in new[] { (McpRole.Solo, true), (McpRole.Audit, true), (McpRole.Code, false) })
        {
            await using var f = await McpFixture.StartAsync(role);
            var tools = await f.Client.ListToolsAsync(cancellationToken: Ct);
            Assert.Equal(has, tools.Any(t => t.Name == "pact_import"));
        }
    }
}
