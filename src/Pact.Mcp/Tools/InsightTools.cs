using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Pact.Analysis;
using Pact.Engine.Analysis;
using Pact.Engine.Sentinel;
using Pact.Engine.Tasks;
using Pact.Mcp.Hosting;
using Pact.Projects;
using Pact.Sentinel;
using Pact.Serialization;
using Pact.Tasks;

namespace Pact.Mcp.Tools;

/// <summary>Mechanical reports over the plan: analysis findings, the requirements checklist, PACT keys in the code.</summary>
[McpServerToolType]
public sealed class InsightTools(ProjectDirectoryResolver directories, AnalysisService analysis, SentinelService sentinel, TasksService tasks)
{
    private const string ProjectDir = "Project directory; default: the client's root";

    [McpServerTool(Name = "pact_analyze", Title = "Analyze the plan", ReadOnly = false, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<AnalysisReport>))]
    [Description("Coverage gaps, ambiguities, duplication and inconsistencies across task, contracts and suites (writes analysis.json).")]
    [PactTool(ToolTier.Standard)]
    public async Task<CallToolResult> Analyze(McpServer server, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default) =>
        ToolResults.From(await analysis.AnalyzeAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), cancellationToken), PactJson.Context.CommandResultAnalysisReport);

    [McpServerTool(Name = "pact_checklist", Title = "Requirements checklist", ReadOnly = false, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<RequirementsChecklist>))]
    [Description("The questions a reviewer should answer before implementation (writes checklist.json).")]
    [PactTool(ToolTier.Standard)]
    public async Task<CallToolResult> Checklist(McpServer server, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default) =>
        ToolResults.From(await analysis.ChecklistAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), cancellationToken), PactJson.Context.CommandResultRequirementsChecklist);

    [McpServerTool(Name = "pact_tasks", Title = "Task list", ReadOnly = false, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<TaskList>))]
    [Description("The mechanical task list (tasks.json, TASKS.md): filter by phase or component, or mark a task T### complete.")]
    [PactTool(ToolTier.Standard)]
    public async Task<CallToolResult> Tasks(
        McpServer server,
        [Description("Only this phase: setup, foundational, component, integration or polish")] string? phase = null,
        [Description("Only this component")] string? component_id = null,
        [Description("Mark this task complete, e.g. T007")] string? complete = null,
        [Description(ProjectDir)] string? project_dir = null,
        CancellationToken cancellationToken = default) =>
        ToolResults.From(await tasks.TasksAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), phase, component_id, complete, cancellationToken), PactJson.Context.CommandResultTaskList);

    [McpServerTool(Name = "pact_sentinel_list_keys", Title = "List PACT keys", ReadOnly = true, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<SentinelKeysReport>))]
    [Description("Every PACT:<component>:<function> key found in src/ by static scan, against the contracts.")]
    [PactTool(ToolTier.All)]
    public async Task<CallToolResult> ListKeys(McpServer server, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default) =>
        ToolResults.From(await sentinel.ListKeysAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), cancellationToken), PactJson.Context.CommandResultSentinelKeysReport);
}
