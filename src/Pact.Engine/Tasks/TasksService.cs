using Pact.Engine.Gates;
using Pact.Tasks;

namespace Pact.Engine.Tasks;

/// <summary>
/// <c>pact tasks</c> and <c>pact export-tasks</c>: the task list generated from the tree and contracts (tasks.json and
/// TASKS.md), with completions kept across regenerations, filtered by phase or component, and <c>--complete T###</c>.
/// </summary>
public sealed class TasksService(ProjectStore store, ProjectReader reader)
{
    public const string Command = "tasks";

    public async Task<CommandResult<TaskList>> TasksAsync(string directory, string? phase, string? component, string? complete, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<TaskList>(Command, outcome, diagnostics);
        }
        if (component is not null && ComponentIds.Check(component) is { } badId)
        {
            return CommandResults.Fail<TaskList>(Command, Outcome.Invalid, badId);
        }
        if (phase is not null && !TaskList.Phases.Contains(phase))
        {
            return CommandResults.Fail<TaskList>(Command, Outcome.Invalid, new Diagnostic { Rule = "tasks.phase.unknown", Message = $"'{phase}' is not a phase", Fix = $"use one of: {string.Join(", ", TaskList.Phases)}" });
        }
        var read = await reader.ReadAsync(project, checkSyntax: false, cancellationToken);
        if (read.Artifacts.Tree is not { } tree)
        {
            return CommandResults.Fail<TaskList>(Command, Outcome.Invalid, [.. read.Diagnostics, new Diagnostic { Rule = "tasks.no_tree", File = "decomposition/tree.json", Message = "there is no valid decomposition to plan from", Fix = "submit the tree with `pact decompose`" }]);
        }
        var layout = project.Layout;
        var tasksJson = Path.Combine(layout.Root, "tasks.json");
        var list = TaskPlanner.Generate(tree, read.Artifacts.Contracts, store.Time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        var previous = await PreviousAsync(tasksJson, cancellationToken);
        foreach (var task in list.Tasks)
        {
            // A task keeps its recorded completion as long as it is still the same task.
            if (previous.TryGetValue(task.Id, out var old) && old.Description == task.Description && old.Status == "completed")
            {
                task.Status = "completed";
            }
        }
        if (complete is not null)
        {
            var task = list.Tasks.FirstOrDefault(t => t.Id == complete);
            if (task is null)
            {
                return CommandResults.Fail<TaskList>(Command, Outcome.NotFound, new Diagnostic { Rule = "tasks.task.unknown", File = "tasks.json", Message = $"there is no task {complete}", Fix = $"use an id from `pact tasks {directory}` (T001 to T{list.Tasks.Count:000})" });
            }
            task.Status = "completed";
        }
        if (previous.Count > 0 && complete is null && previous.Values.Select(t => (t.Id, t.Status, t.Description)).SequenceEqual(list.Tasks.Select(t => (t.Id, t.Status, t.Description))))
        {
            list.GeneratedAt = JsonSerializer.Deserialize(await File.ReadAllTextAsync(tasksJson, cancellationToken), PactJson.Context.TaskList)?.GeneratedAt ?? list.GeneratedAt;
        }
        var writes = new List<StagedWrite>
        {
            ProjectStore.Json(tasksJson, list, PactJson.Context.TaskList),
            StagedWrite.Text(Path.Combine(layout.Root, "TASKS.md"), TaskPlanner.Markdown(list)),
        };
        var written = await store.CommitAsync(layout, AuditActions.Tasks, complete is null ? $"{list.Tasks.Count} tasks" : $"completed {complete}", writes, cancellationToken);
        if (written is null)
        {
            return CommandResults.Fail<TaskList>(Command, Outcome.Busy, store.Busy(layout));
        }
        var view = list with { Tasks = [.. list.Tasks.Where(t => (phase is null || t.Phase == phase) && (component is null || t.ComponentId == component))] };
        return CommandResults.Ok(Command, view, read.Diagnostics);
    }

    /// <summary>The task list written last time, by id; empty when there is none or it cannot be read (it is regenerated).</summary>
    private static async Task<Dictionary<string, TaskItem>> PreviousAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return [];
        }
        try
        {
            var list = JsonSerializer.Deserialize(await File.ReadAllTextAsync(path, cancellationToken), PactJson.Context.TaskList);
            return list?.Tasks.ToDictionary(t => t.Id, StringComparer.Ordinal) ?? [];
        }
        catch (JsonException)
        {
            // tasks.json is Pact's own derived file: a damaged one is simply replaced.
            return [];
        }
    }
}
