using Pact.Engine.Judge.Authority;
using Pact.Mcp.Hosting;

namespace Pact.Mcp.Tests;

/// <summary>
/// The CLI's table of audit-side operations and the MCP tools' role attributes say the same thing, so they cannot drift:
/// audit-side is exactly what the code role's server lacks.
/// </summary>
public sealed class AuditOperationTableTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IReadOnlyList<string> Tools(McpRole role) => PactMcpServerBuilderExtensions.ToolNames(new PactMcpOptions { Role = role, Tier = ToolTier.All });

    [Fact]
    public void AuditSide_IsExactlyWhatTheCodeRoleLacks()
    {
        var code = Tools(McpRole.Code).ToHashSet(StringComparer.Ordinal);
        var lacking = Tools(McpRole.Solo).Concat(Tools(McpRole.Audit)).Distinct(StringComparer.Ordinal).Where(t => !code.Contains(t)).Order(StringComparer.Ordinal);

        var table = AuditOperations.All.Where(o => o.Side == AuditSide.Audit && o.Tool is not null).Select(o => o.Tool!).Order(StringComparer.Ordinal);

        Assert.Equal(lacking, table);
        Assert.All(AuditOperations.All.Where(o => o.Side == AuditSide.AuditDirectory), o => Assert.Contains(o.Tool!, code));
    }

    [Fact]
    public async Task AnAuditSideTool_WithoutTheAuditDirectory_IsRefusedByTheSameCheck()
    {
        await using var solo = await McpFixture.StartAsync(McpRole.Solo, ToolTier.All);
        Assert.NotEqual(true, (await solo.Client.CallToolAsync("pact_init", new Dictionary<string, object?>(), cancellationToken: Ct)).IsError);
        var audit = solo.Dir.Combine("audit");
        Assert.NotEqual(true, (await solo.Client.CallToolAsync("pact_audit_init", new Dictionary<string, object?> { ["audit_dir"] = audit }, cancellationToken: Ct)).IsError);
        Directory.Delete(audit, recursive: true);

        var refused = await solo.Client.CallToolAsync("pact_unfreeze", new Dictionary<string, object?> { ["component_id"] = "calc", ["reason"] = "loosen" }, cancellationToken: Ct);

        Assert.True(refused.IsError);
        Assert.Contains(AuditAuthority.Rule, refused.StructuredContent!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(audit));
    }
}
