using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pact.Engine.Tasks;
using Pact.Serialization;
using Pact.Tasks;

namespace Pact.Cli.Commands;

/// <summary><c>pact export-tasks [dir]</c>: the whole task list as Markdown.</summary>
internal static class ExportTasksCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        var command = new Command("export-tasks", "Print the whole task list as Markdown (TASKS.md), for an issue tracker or a person") { dir, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await context.Services.GetRequiredService<TasksService>().TasksAsync(parse.GetValue(dir)!, null, null, null, cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), PactJson.Context.CommandResultTaskList, (list, output) => output.Write(TaskPlanner.Markdown(list)));
        });
        return command;
    }
}
