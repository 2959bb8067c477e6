using Pact.Engine.Tasks;
using Pact.Tasks;

namespace Pact.Cli.Commands;

/// <summary><c>pact export-tasks [dir]</c>: the whole task list as Markdown.</summary>
internal static class ExportTasksCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        return context.Verb<TasksService, TaskList>("export-tasks", "Print the whole task list as Markdown (TASKS.md), for an issue tracker or a person", [dir],
            (service, parse, cancellationToken) => service.TasksAsync(parse.GetValue(dir)!, null, null, null, cancellationToken), static () => PactJson.Context.CommandResultTaskList, TasksCommand.Print);
    }
}
