using Pact.Analysis;
using Pact.Engine.Gates;

namespace Pact.Engine.Analysis;

/// <summary>
/// <c>pact analyze</c> and <c>pact checklist</c>: the cross-artifact analysis (analysis.json) and the requirements
/// checklist (checklist.json) of the project, both mechanical.
/// </summary>
public sealed class AnalysisService(ProjectStore store, ProjectReader reader)
{
    public const string Command = "analyze";
    public const string ChecklistCommand = "checklist";

    public async Task<CommandResult<RequirementsChecklist>> ChecklistAsync(string directory, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<RequirementsChecklist>(ChecklistCommand, outcome, diagnostics);
        }
        var read = await reader.ReadAsync(project, checkSyntax: false, cancellationToken);
        if (read.Artifacts.Tree is null)
        {
            return CommandResults.Fail<RequirementsChecklist>(ChecklistCommand, Outcome.Invalid, [.. read.Diagnostics, NoTree(ChecklistCommand)]);
        }
        var checklist = Checklist.Build(read.Artifacts, store.Time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        var layout = project.Layout;
        var written = await store.CommitAsync(layout, AuditActions.Checklist, $"{checklist.Items.Count} items, {checklist.Satisfied} satisfied", [ProjectStore.Json(Path.Combine(layout.Root, "checklist.json"), checklist, PactJson.Context.RequirementsChecklist)], cancellationToken);
        return written is null
            ? CommandResults.Fail<RequirementsChecklist>(ChecklistCommand, Outcome.Busy, store.Busy(layout))
            : CommandResults.Ok(ChecklistCommand, checklist, read.Diagnostics);
    }

    private static Diagnostic NoTree(string command) => new()
    {
        Rule = $"{command}.no_tree",
        File = "decomposition/tree.json",
        Message = "there is no valid decomposition to work from",
        Fix = "submit the tree with `pact decompose`",
    };

    public async Task<CommandResult<AnalysisReport>> AnalyzeAsync(string directory, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<AnalysisReport>(Command, outcome, diagnostics);
        }
        var read = await reader.ReadAsync(project, checkSyntax: false, cancellationToken);
        if (read.Artifacts.Tree is null)
        {
            return CommandResults.Fail<AnalysisReport>(Command, Outcome.Invalid, [.. read.Diagnostics, NoTree(Command)]);
        }
        var report = Analyzer.Analyze(read.Artifacts, store.Time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        var layout = project.Layout;
        var written = await store.CommitAsync(layout, AuditActions.Analysis, report.Summary, [ProjectStore.Json(Path.Combine(layout.Root, "analysis.json"), report, PactJson.Context.AnalysisReport)], cancellationToken);
        return written is null
            ? CommandResults.Fail<AnalysisReport>(Command, Outcome.Busy, store.Busy(layout))
            : CommandResults.Ok(Command, report, read.Diagnostics);
    }
}
