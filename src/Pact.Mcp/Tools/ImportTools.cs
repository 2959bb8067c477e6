using Pact.Engine.Import;
using Pact.Import;

namespace Pact.Mcp.Tools;

/// <summary>Another tool's Markdown specs made into Pact's plan.</summary>
[McpServerToolType]
public sealed class ImportTools(ProjectDirectoryResolver directories, ImportService import)
{
    // The auditor's side: an import writes the plan (task, interview, tree), the law the implementer works under.
    [McpServerTool(Name = "pact_import", Title = "Import specs", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false, OutputSchemaType = typeof(CommandResult<ImportReport>))]
    [Description("Turn another tool's Markdown specs into Pact's plan, mechanically: GitHub Spec Kit (specs/NNN-feature/spec.md, plan.md, tasks.md), OpenSpec (openspec/specs/<capability>/spec.md, openspec/project.md) or Kiro (.kiro/specs/<feature>/requirements.md, design.md, tasks.md). Writes task.md (every requirement under its source id, with its scenarios or EARS criteria, and the user stories), sops.md (the stack and conventions of the plan or design), decomposition/interview.json (the source's open questions and [NEEDS CLARIFICATION] markers as questions, assumptions, acceptance criteria; not approved) and a draft decomposition/tree.json (components from the plan's structure, the design's components or the OpenSpec capabilities), all through the interview and tree gates first. Only on a project with no tree or contracts yet; dry_run reads and checks without writing. Then ask the user the open questions and resubmit the interview approved.")]
    [PactTool(ToolTier.Standard, McpRole.Solo | McpRole.Audit, Command = ImportService.Command)]
    public async Task<CallToolResult> Import(
        McpServer server,
        [Description("The source's format: spec-kit, openspec or kiro")] string from,
        [Description("The source folder, relative to the project or absolute: the feature folder, or the repository holding specs/, openspec/ or .kiro/specs/")] string path,
        [Description("Project directory (made with pact_init); default: the client's root")] string? project_dir = null,
        [Description("Read and check only; write nothing")] bool dry_run = false,
        CancellationToken cancellationToken = default) =>
        ToolResults.From(
            await import.ImportAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), from, path, dry_run, cancellationToken),
            PactJson.Context.CommandResultImportReport);
}
