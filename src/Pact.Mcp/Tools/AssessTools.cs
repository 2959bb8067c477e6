using Pact.Assessment;
using Pact.Engine.Assessment;

namespace Pact.Mcp.Tools;

/// <summary>The architecture assessment of a source tree, which needs no project.</summary>
[McpServerToolType]
public sealed class AssessTools(ProjectDirectoryResolver directories, AssessService assess)
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
}
