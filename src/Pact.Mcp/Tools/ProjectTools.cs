using Pact.Audit;
using Pact.Documents;
using Pact.Engine.Languages;
using Pact.Engine.Specs;
using Pact.Leases;
using Pact.Specs;

namespace Pact.Mcp.Tools;

/// <summary>
/// Project tools: thin adapters over the same services the CLI verbs call. Parameter names are the wire names
/// (snake_case), so they read like the artifacts' own fields.
/// </summary>
[McpServerToolType]
public sealed class ProjectTools(ProjectDirectoryResolver directories, LanguageRegistry languages, InitService init, StatusService status, ComponentsService components, LogService log, LeaseService leases, SpecService specs, Pact.Engine.Pipeline.DiagnoseService diagnoses)
{
    [McpServerTool(Name = "pact_init", Title = "Create a Pact project", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false, OutputSchemaType = typeof(CommandResult<InitReport>))]
    [Description("Scaffold a Pact project (task.md, sops.md, pact.yaml with a readiness profile, build_spec.yaml). Refuses an existing project.")]
    [PactTool(ToolTier.Core, McpRole.Solo | McpRole.Audit, Command = InitService.Command)]
    public async Task<CallToolResult> Init(
        McpServer server,
        [Description("Project directory (created if missing); default: the client's root")] string? project_dir = null,
        [Description("Implementation language: an id from the pact://languages resource, e.g. typescript (default python)")] string? language = null,
        [Description("Optional build spec object (version, task, sops, readiness, config), as `pact schema build_spec` describes")] JsonElement? spec = null,
        CancellationToken cancellationToken = default)
    {
        var chosen = language is null ? null
            : languages.Find(language)?.Id ?? throw new McpProtocolException($"argument 'language': '{language}' is not one of {languages.Known}", McpErrorCode.InvalidParams);
        var directory = await directories.ResolveAsync(server, project_dir, cancellationToken);
        var result = await init.InitAsync(directory, spec is { } given ? DocumentParser.Argument(nameof(spec), given) : null, chosen, cancellationToken);
        return ToolResults.From(result, Pact.Serialization.PactJson.Context.CommandResultInitReport);
    }

    [McpServerTool(Name = "pact_status", Title = "Project status and next step", ReadOnly = true, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<StatusReport>))]
    [Description("Where the project stands (phase, counts, readiness) and `next`: the tool to call next and why. Start here.")]
    [PactTool(ToolTier.Core, Command = StatusService.Command)]
    public async Task<CallToolResult> Status(
        McpServer server,
        [Description("Project directory; default: the client's root")] string? project_dir = null,
        CancellationToken cancellationToken = default)
    {
        var result = await status.GetAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), cancellationToken);
        return ToolResults.From(result, Pact.Serialization.PactJson.Context.CommandResultStatusReport);
    }

    [McpServerTool(Name = "pact_components", Title = "List components", ReadOnly = true, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<ComponentsReport>))]
    [Description("The components of the decomposition with what exists for each (contract version, test count, implementation).")]
    [PactTool(ToolTier.Standard, Command = ComponentsService.Command)]
    public async Task<CallToolResult> Components(
        McpServer server,
        [Description("Project directory; default: the client's root")] string? project_dir = null,
        CancellationToken cancellationToken = default)
    {
        var result = await components.ListAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), cancellationToken);
        return ToolResults.From(result, Pact.Serialization.PactJson.Context.CommandResultComponentsReport);
    }

    [McpServerTool(Name = "pact_log", Title = "Read the audit log", ReadOnly = true, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<LogReport>))]
    [Description("The project's audit log, oldest first, with each event's line: filtered by component, action (and its sub-actions) and time; intact says whether it still agrees with the judge's ledger (the reasons are warnings).")]
    [PactTool(ToolTier.Standard, Command = LogService.Command)]
    public async Task<CallToolResult> Log(
        McpServer server,
        [Description("Project directory; default: the client's root")] string? project_dir = null,
        [Description("Only the events of this component")] string? component_id = null,
        [Description("Only this action and its sub-actions, e.g. test or health")] string? action = null,
        [Description("Only events from this ISO 8601 time, or this span back from now: 45m, 6h, 2d")] string? since = null,
        [Description("Only the last N matching events")] int? last = null,
        CancellationToken cancellationToken = default)
    {
        var result = await log.ReadAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), component_id, action, since, last, cancellationToken);
        return ToolResults.From(result, Pact.Serialization.PactJson.Context.CommandResultLogReport);
    }

    [McpServerTool(Name = "pact_claim", Title = "Claim a component", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false, OutputSchemaType = typeof(CommandResult<LeaseReport>))]
    [Description("Claim a component for one worker before implementing it, so parallel subagents never take the same one: refused (claim.held, naming the holder and expiry) while another's claim is in force; claiming again renews; a lapsed claim is taken over. Returns every claim in force.")]
    // The implementers' tool (and solo): the auditor implements nothing, so it claims nothing.
    [PactTool(ToolTier.Standard, McpRole.Solo | McpRole.Code, Command = LeaseService.ClaimCommand)]
    public async Task<CallToolResult> Claim(
        McpServer server,
        [Description("The component to claim")] string component_id,
        [Description("Who claims it: the worker's name, the same on release (e.g. subagent-2)")] string holder,
        [Description("How long the claim lasts: 45m, 2h (default 30m, at most 24h)")] string? ttl = null,
        [Description("Project directory; default: the client's root")] string? project_dir = null,
        CancellationToken cancellationToken = default)
    {
        var result = await leases.ClaimAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), component_id, holder, ttl, cancellationToken);
        return ToolResults.From(result, Pact.Serialization.PactJson.Context.CommandResultLeaseReport);
    }

    [McpServerTool(Name = "pact_diagnose", Title = "Record a diagnosis", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false, OutputSchemaType = typeof(CommandResult<Pact.Pipeline.DiagnoseReport>))]
    [Description("Record the diagnosis of a component that failed its visible suite max_implementation_attempts runs in a row (pact_status names it; the diagnose prompt says how): implementation sends it back to its implementer with the guidance, contract to the auditor for an amendment, human to the user. Returns the next step.")]
    // The implementer plays trace analyst in the host's session (and solo); a person decides with `pact diagnose`.
    [PactTool(ToolTier.Standard, McpRole.Solo | McpRole.Code, Command = Pact.Engine.Pipeline.DiagnoseService.Command)]
    public async Task<CallToolResult> Diagnose(
        McpServer server,
        [Description("The component that kept failing")] string component_id,
        [Description("Where the fault lies: implementation, contract or human")] string verdict,
        [Description("Why the component fails, in a sentence or two")] string explanation,
        [Description("What to do: the implementer's guidance, the contract amendment to propose, or the question for a person")] string guidance,
        [Description("Project directory; default: the client's root")] string? project_dir = null,
        CancellationToken cancellationToken = default)
    {
        var result = await diagnoses.RecordAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), component_id, verdict, explanation, guidance, cancellationToken);
        return ToolResults.From(result, Pact.Serialization.PactJson.Context.CommandResultDiagnoseReport);
    }

    [McpServerTool(Name = "pact_release", Title = "Release a claimed component", ReadOnly = false, Destructive = false, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<LeaseReport>))]
    [Description("Give a claimed component back when done with it (only its holder can: release.not_holder otherwise); releasing what is not claimed is a warning, not an error.")]
    [PactTool(ToolTier.Standard, McpRole.Solo | McpRole.Code, Command = LeaseService.ReleaseCommand)]
    public async Task<CallToolResult> Release(
        McpServer server,
        [Description("The component to give back")] string component_id,
        [Description("The holder that claimed it")] string holder,
        [Description("Project directory; default: the client's root")] string? project_dir = null,
        CancellationToken cancellationToken = default)
    {
        var result = await leases.ReleaseAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), component_id, holder, cancellationToken);
        return ToolResults.From(result, Pact.Serialization.PactJson.Context.CommandResultLeaseReport);
    }

    [McpServerTool(Name = "pact_spec_apply", Title = "Apply a build spec", ReadOnly = false, Destructive = true, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<SpecApplyReport>))]
    [Description("Write a build spec's task, SOPs, readiness levels and pact.yaml keys into the project. Validated first; refused specs change nothing.")]
    [PactTool(ToolTier.Core, McpRole.Solo | McpRole.Audit, Command = SpecService.ApplyCommand)]
    public async Task<CallToolResult> SpecApply(
        McpServer server,
        [Description("The build spec object: version, task, sops, readiness (e.g. {\"security\": \"strict\"}), config (pact.yaml keys)")] JsonElement spec,
        [Description("Project directory; default: the client's root")] string? project_dir = null,
        CancellationToken cancellationToken = default)
    {
        var directory = await directories.ResolveAsync(server, project_dir, cancellationToken);
        var result = await specs.ApplyAsync(directory, DocumentParser.Argument(nameof(spec), spec), cancellationToken);
        return ToolResults.From(result, Pact.Serialization.PactJson.Context.CommandResultSpecApplyReport);
    }

    [McpServerTool(Name = "pact_spec_show", Title = "Normalize a build spec", ReadOnly = true, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<NormalizedSpec>))]
    [Description("Validate a build spec and return it normalized, every readiness level resolved to its concrete controls.")]
    [PactTool(ToolTier.Standard, Command = SpecService.ShowCommand)]
    public CallToolResult SpecShow([Description("The build spec object")] JsonElement spec) =>
        ToolResults.From(SpecService.Show(DocumentParser.Argument(nameof(spec), spec)), Pact.Serialization.PactJson.Context.CommandResultNormalizedSpec);
}
