using Pact.Engine.Tasks;
using Pact.Tasks;

namespace Pact.Cli.Commands;

/// <summary><c>pact tasks [dir]</c>: the task list, filtered or with one task marked completed.</summary>
internal static class TasksCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        var phase = new Option<string?>("--phase") { Description = $"Only tasks of this phase: {string.Join(", ", TaskList.Phases)}" };
        var component = new Option<string?>("--component") { Description = "Only tasks of this component" };
        var complete = new Option<string?>("--complete") { Description = "Mark task T### completed" };
        return context.Verb<TasksService, TaskList>("tasks", "The task list from the tree and contracts (tasks.json, TASKS.md)", [dir, phase, component, complete],
            (service, parse, cancellationToken) => service.TasksAsync(parse.GetValue(dir)!, parse.GetValue(phase), parse.GetValue(component), parse.GetValue(complete), cancellationToken),
            static () => PactJson.Context.CommandResultTaskList, Print);
    }

    /// <summary>What tasks and export-tasks print: the list as Markdown.</summary>
    internal static void Print(TaskList list, TextWriter output) => output.Write(TaskPlanner.Markdown(list));
}
