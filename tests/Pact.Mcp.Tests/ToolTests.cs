using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using Pact.Hashing;
using Pact.Mcp.Hosting;

namespace Pact.Mcp.Tests;

public sealed class ToolTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> Args(params (string Key, object? Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    [Fact]
    public async Task Roles_DecideWhichToolsExist()
    {
        await using var solo = await McpFixture.StartAsync(McpRole.Solo, ToolTier.All);
        await using var code = await McpFixture.StartAsync(McpRole.Code, ToolTier.All);

        var soloTools = (await solo.Client.ListToolsAsync(cancellationToken: Ct)).Select(t => t.Name).ToList();
        var codeTools = (await code.Client.ListToolsAsync(cancellationToken: Ct)).Select(t => t.Name).ToList();

        Assert.Contains("pact_init", soloTools);
        Assert.Contains("pact_spec_apply", soloTools);
        Assert.DoesNotContain("pact_init", codeTools);
        Assert.DoesNotContain("pact_spec_apply", codeTools);
        Assert.Contains("pact_status", codeTools);
        await Assert.ThrowsAsync<McpProtocolException>(() => code.Client.CallToolAsync("pact_init", Args(), cancellationToken: Ct).AsTask());
    }

    [Fact]
    public async Task Tiers_KeepTheCoreListSmall()
    {
        await using var core = await McpFixture.StartAsync(McpRole.Solo, ToolTier.Core);

        var names = (await core.Client.ListToolsAsync(cancellationToken: Ct)).Select(t => t.Name).ToList();

        Assert.Equal(PactMcpServerBuilderExtensions.ToolNames(new PactMcpOptions { Tier = ToolTier.Core }).Order(), names.Order());
        Assert.DoesNotContain("pact_components", names);
    }

    [Fact]
    public async Task EveryTool_HasADescription_AnOutputSchema_AndAnnotations()
    {
        await using var f = await McpFixture.StartAsync();

        foreach (var tool in await f.Client.ListToolsAsync(cancellationToken: Ct))
        {
            Assert.StartsWith("pact_", tool.Name, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(tool.Description), tool.Name);
            Assert.True(tool.ProtocolTool.OutputSchema is { ValueKind: JsonValueKind.Object }, $"{tool.Name} has no output schema");
            Assert.NotNull(tool.ProtocolTool.Annotations?.ReadOnlyHint);
        }
    }

    [Fact]
    public async Task InitThenStatus_ReturnTheSameRecordsAsTheCli()
    {
        await using var f = await McpFixture.StartAsync();

        var init = await f.Client.CallToolAsync("pact_init", Args(("language", "typescript")), cancellationToken: Ct);
        var status = await f.Client.CallToolAsync("pact_status", Args(), cancellationToken: Ct);

        Assert.NotEqual(true, init.IsError);
        Assert.Equal("typescript", init.StructuredContent!.Value.GetProperty("data").GetProperty("language").GetString());
        Assert.Equal("pact_spec_apply", status.StructuredContent!.Value.GetProperty("data").GetProperty("next").GetProperty("tool").GetString());

        using var output = new StringWriter();
        await Pact.Cli.PactCli.RunAsync(["status", f.Project, "--json"], output, TextWriter.Null, cancellationToken: Ct);
        Assert.Equal(
            ContentHash.Canonical(JsonNode.Parse(output.ToString())),
            ContentHash.Canonical(JsonNode.Parse(status.StructuredContent.Value.GetRawText())));
    }

    [Fact]
    public async Task RefusedSpec_IsAnErrorResult_WithPointerRuleAndFix_AndChangesNothing()
    {
        await using var f = await McpFixture.StartAsync();
        await f.Client.CallToolAsync("pact_init", Args(), cancellationToken: Ct);
        var before = TreeSnapshot.Of(f.Project);
        var spec = JsonDocument.Parse("""{"readiness": {"security": "paranoid"}}""").RootElement;

        var result = await f.Client.CallToolAsync("pact_spec_apply", Args(("spec", spec)), cancellationToken: Ct);

        Assert.True(result.IsError);
        var diagnostic = result.StructuredContent!.Value.GetProperty("diagnostics")[0];
        Assert.Equal("schema.enum", diagnostic.GetProperty("rule").GetString());
        Assert.Equal("/readiness/security", diagnostic.GetProperty("pointer").GetString());
        Assert.Contains("regulated", diagnostic.GetProperty("fix").GetString(), StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(before, f.Project);
    }

    [Fact]
    public async Task SpecApply_WritesTheSpec()
    {
        await using var f = await McpFixture.StartAsync();
        await f.Client.CallToolAsync("pact_init", Args(), cancellationToken: Ct);
        var spec = JsonDocument.Parse("""{"task": "Build a booking API.\n", "readiness": {"security": "strict"}, "config": {"budget": 5}}""").RootElement;

        var result = await f.Client.CallToolAsync("pact_spec_apply", Args(("spec", spec)), cancellationToken: Ct);

        Assert.NotEqual(true, result.IsError);
        Assert.Equal("Build a booking API.\n", File.ReadAllText(Path.Combine(f.Project, "task.md")));
        Assert.Contains("budget: 5", File.ReadAllText(Path.Combine(f.Project, "pact.yaml")), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> MalformedCalls => new()
    {
        { "pact_status", """{"bogus": 1}""", "unknown argument 'bogus'" },
        { "pact_status", """{"project_dir": 42}""", "argument 'project_dir'" },
        { "pact_status", """{"project_dir": "/etc"}""", "outside the allowed roots" },
        { "pact_init", """{"language": "cobol"}""", "argument 'language'" },
        { "pact_spec_show", """{}""", "spec" },
    };

    [Theory]
    [MemberData(nameof(MalformedCalls))]
    public async Task MalformedArguments_AreInvalidParams_NamingTheArgument(string tool, string arguments, string expected)
    {
        await using var f = await McpFixture.StartAsync();
        var args = JsonSerializer.Deserialize(arguments, Pact.Serialization.PactJson.Context.IDictionaryStringJsonElement)!.ToDictionary(p => p.Key, p => (object?)p.Value);

        var error = await Assert.ThrowsAsync<McpProtocolException>(() => f.Client.CallToolAsync(tool, args, cancellationToken: Ct).AsTask());

        Assert.Equal(McpErrorCode.InvalidParams, error.ErrorCode);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
