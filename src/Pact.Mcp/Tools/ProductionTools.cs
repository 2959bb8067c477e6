using Pact.Engine.Production;
using Pact.Production;

namespace Pact.Mcp.Tools;

/// <summary>
/// The production-readiness pack: the same services as <c>pact production init|fingerprint|status|validate</c>, for
/// every role. The pack is hand-edited YAML any role can write, so holding its scaffold back from the code role would
/// protect nothing; what it cannot forge is the derived evidence (runs, hidden verdicts, certificate) the gate reads.
/// </summary>
[McpServerToolType]
public sealed class ProductionTools(ProjectDirectoryResolver directories, ProductionService production)
{
    [McpServerTool(Name = "pact_production_init", Title = "Scaffold the production pack", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false, OutputSchemaType = typeof(CommandResult<ProductionInitReport>))]
    [Description("Scaffold the opt-in production-readiness pack (production_artifact_dir): manifest with the readiness profile, fingerprint and max evidence age; control matrix seeded from the profile; hand-edited files with TODO(pact) placeholders. Refuses an existing pack unless force.")]
    [PactTool(ToolTier.Standard, Command = ProductionService.InitCommand)]
    public async Task<CallToolResult> Init(
        McpServer server,
        [Description("Project directory; default: the client's root")] string? project_dir = null,
        [Description("Rewrite every pack file of an existing pack")] bool force = false,
        CancellationToken cancellationToken = default)
    {
        var result = await production.InitAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), force, cancellationToken);
        return ToolResults.From(result, Pact.Serialization.PactJson.Context.CommandResultProductionInitReport);
    }

    [McpServerTool(Name = "pact_production_fingerprint", Title = "Source fingerprint", ReadOnly = false, Destructive = false, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<FingerprintReport>))]
    [Description("The project's source fingerprint (SHA-256 over pact.yaml, contracts/, src/, tests/; never .pact/ or the pack) and the files it covers; write stores it in the pack's manifest.yaml.")]
    [PactTool(ToolTier.Standard, Command = ProductionService.FingerprintCommand)]
    public async Task<CallToolResult> Fingerprint(
        McpServer server,
        [Description("Project directory; default: the client's root")] string? project_dir = null,
        [Description("Store the fingerprint in manifest.yaml")] bool write = false,
        CancellationToken cancellationToken = default)
    {
        var result = await production.FingerprintAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), write, cancellationToken);
        return ToolResults.From(result, Pact.Serialization.PactJson.Context.CommandResultFingerprintReport);
    }

    [McpServerTool(Name = "pact_production_status", Title = "Production gate status", ReadOnly = true, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<ProductionReport>))]
    [Description("Each production gate item (pack files, and every control the readiness profile demands) as satisfied, not_applicable, missing, stale, placeholder or failed, with the file to change, and the static checks. Never an error.")]
    [PactTool(ToolTier.Standard, Command = ProductionService.StatusCommand)]
    public async Task<CallToolResult> Status(
        McpServer server,
        [Description("Project directory; default: the client's root")] string? project_dir = null,
        CancellationToken cancellationToken = default)
    {
        var result = await production.StatusAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), cancellationToken);
        return ToolResults.From(result, Pact.Serialization.PactJson.Context.CommandResultProductionReport);
    }

    [McpServerTool(Name = "pact_production_validate", Title = "Validate the production gate", ReadOnly = true, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<ProductionReport>))]
    [Description("The production gate, blocking: an error until every item is satisfied by current Pact evidence, a done_gate.yaml evidence record, or a justified na_register.yaml record; each blocker names the item, file and field.")]
    [PactTool(ToolTier.Standard, Command = ProductionService.ValidateCommand)]
    public async Task<CallToolResult> Validate(
        McpServer server,
        [Description("Project directory; default: the client's root")] string? project_dir = null,
        CancellationToken cancellationToken = default)
    {
        var result = await production.ValidateAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), cancellationToken);
        return ToolResults.From(result, Pact.Serialization.PactJson.Context.CommandResultProductionReport);
    }
}
