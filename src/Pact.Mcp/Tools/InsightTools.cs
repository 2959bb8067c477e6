using Pact.Analysis;
using Pact.Engine.Analysis;
using Pact.Engine.Health;
using Pact.Engine.Sentinel;
using Pact.Engine.Tasks;
using Pact.Health;
using Pact.Sentinel;
using Pact.Tasks;

namespace Pact.Mcp.Tools;

/// <summary>Mechanical reports over the plan: analysis findings, the requirements checklist, PACT keys in the code, health.</summary>
[McpServerToolType]
public sealed class InsightTools(ProjectDirectoryResolver directories, AnalysisService analysis, SentinelService sentinel, TasksService tasks, HealthService health)
{
    private const string ProjectDir = "Project directory; default: the client's root";

    [McpServerTool(Name = "pact_analyze", Title = "Analyze the plan", ReadOnly = false, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<AnalysisReport>))]
    [Description("Coverage gaps, ambiguities, duplication and inconsistencies across task, contracts and suites (writes analysis.json).")]
    [PactTool(ToolTier.Standard, Command = AnalysisService.Command)]
    public async Task<CallToolResult> Analyze(McpServer server, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default) =>
        ToolResults.From(await analysis.AnalyzeAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), cancellationToken), PactJson.Context.CommandResultAnalysisReport);

    [McpServerTool(Name = "pact_checklist", Title = "Requirements checklist", ReadOnly = false, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<RequirementsChecklist>))]
    [Description("The questions a reviewer should answer before implementation (writes checklist.json).")]
    [PactTool(ToolTier.Standard, Command = AnalysisService.ChecklistCommand)]
    public async Task<CallToolResult> Checklist(McpServer server, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default) =>
        ToolResults.From(await analysis.ChecklistAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), cancellationToken), PactJson.Context.CommandResultRequirementsChecklist);

    [McpServerTool(Name = "pact_tasks", Title = "Task list", ReadOnly = false, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<TaskList>))]
    [Description("The mechanical task list (tasks.json, TASKS.md): filter by phase or component, or mark a task T### complete.")]
    [PactTool(ToolTier.Standard, Command = TasksService.Command)]
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
    [PactTool(ToolTier.All, Command = SentinelService.Command)]
    public async Task<CallToolResult> ListKeys(McpServer server, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default) =>
        ToolResults.From(await sentinel.ListKeysAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), cancellationToken), PactJson.Context.CommandResultSentinelKeysReport);

    [McpServerTool(Name = "pact_health", Title = "Process health", ReadOnly = true, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<HealthReport>))]
    [Description("Is the work producing code or consuming itself? Status, findings, remedies, token and attempt counters (usage as reported with pact_health_record).")]
    [PactTool(ToolTier.Standard, Command = HealthService.Command)]
    public async Task<CallToolResult> Health(McpServer server, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default) =>
        ToolResults.From(await health.ReportAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), cancellationToken), PactJson.Context.CommandResultHealthReport);

    [McpServerTool(Name = "pact_health_record", Title = "Record model usage", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false, OutputSchemaType = typeof(CommandResult<UsageRecordReport>))]
    [Description("Report your model usage for one phase (Pact calls no model); feeds the token and spend checks of pact_health.")]
    [PactTool(ToolTier.Standard, Command = HealthService.RecordCommand)]
    public async Task<CallToolResult> HealthRecord(
        McpServer server,
        [Description("interview, shape, decompose, contract, tests, goodhart, implement, integrate, polish, review, diagnose or retrospective")] string phase,
        [Description("Input tokens used")] long input_tokens,
        [Description("Output tokens used")] long output_tokens,
        [Description("Model calls these tokens span (default 1)")] long? calls = null,
        [Description("What the calls cost, in US dollars")] double? spend_usd = null,
        [Description(ProjectDir)] string? project_dir = null,
        CancellationToken cancellationToken = default) =>
        ToolResults.From(await health.RecordAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), phase, input_tokens, output_tokens, calls, spend_usd, cancellationToken), PactJson.Context.CommandResultUsageRecordReport);
}
