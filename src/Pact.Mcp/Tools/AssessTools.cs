using Pact.Adoption;
using Pact.Assessment;
using Pact.Engine.Adoption;
using Pact.Engine.Assessment;

namespace Pact.Mcp.Tools;

/// <summary>The architecture assessment of a source tree, which needs no project, and the adoption of existing code under contracts.</summary>
[McpServerToolType]
public sealed class AssessTools(ProjectDirectoryResolver directories, AssessService assess, AdoptService adopt)
{
    // No SARIF file here: the tool writes nothing, so no role can use it to overwrite a file in the project; CI,
    // which wants the SARIF log, runs `pact assess --sarif`.
    [McpServerTool(Name = "pact_assess", Title = "Assess architecture", ReadOnly = true, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<AssessmentReport>))]
    [Description("Mechanical architecture assessment of a Python, TypeScript, JavaScript or C# source tree (no project needed): hub dependencies (fan-in), shallow modules (depth ratio), mutual imports and import cycles, scattered intra-project imports, modules without a test file, files that do not parse; with per-module LOC, public names, depth ratio, fan-in and fan-out. Use it before decomposing existing code.")]
    [PactTool(ToolTier.Standard, Command = AssessService.Command)]
    public async Task<CallToolResult> Assess(
        McpServer server,
        [Description("The source directory to assess; default: the client's root")] string? directory = null,
        [Description("Threshold overrides, each KEY=VALUE; keys: shallow_depth_ratio, shallow_min_interface, hub_fan_in_warning, hub_fan_in_error, scattered_import_info, scattered_import_warning")] string[]? thresholds = null,
        [Description("The tree's language: python, typescript, javascript or csharp (default: the one with the most source files)")] string? language = null,
        CancellationToken cancellationToken = default) =>
        ToolResults.From(
            await assess.AssessAsync(await directories.ResolveAsync(server, directory, cancellationToken), thresholds ?? [], language, sarifFile: null, cancellationToken),
            PactJson.Context.CommandResultAssessmentReport);

    // Solo only: adoption writes the plan and draft contracts (the auditor's) and the adopted copy in src/ (the
    // implementer's), so neither separated role may have it; with separate roles a person runs `pact adopt`.
    [McpServerTool(Name = "pact_adopt", Title = "Adopt existing code", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false, OutputSchemaType = typeof(CommandResult<AdoptReport>))]
    [Description("Bring an existing Python package or TypeScript tree (the project's language) under contracts, mechanically: components from its import graph (import cycles kept together, at most 7), its modules copied into src/<component>/ with their imports between each other rewritten (the original untouched), a draft contract per component from its public functions, classes and (TypeScript) interfaces (through the contract gates), and a smoke suite per component (every module and public name imports) run in the judge's sandbox. Only on a project with no tree, contracts or code yet; dry_run proposes and checks without writing. Then tighten the contracts (prompt tighten_adopted).")]
    [PactTool(ToolTier.Standard, McpRole.Solo, Command = AdoptService.Command)]
    public async Task<CallToolResult> Adopt(
        McpServer server,
        [Description("Project directory (made with pact_init, language python); default: the client's root")] string? project_dir = null,
        [Description("The package folder to adopt, relative to the project or absolute; default: the project's one top-level package")] string? source = null,
        [Description("Source-relative path globs (*, ?) not to adopt, e.g. platform-only modules")] string[]? exclude = null,
        [Description("Propose and check only; write nothing")] bool dry_run = false,
        CancellationToken cancellationToken = default) =>
        ToolResults.From(
            await adopt.AdoptAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), source, exclude ?? [], dry_run, cancellationToken),
            PactJson.Context.CommandResultAdoptReport);
}
