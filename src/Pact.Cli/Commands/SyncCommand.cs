using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pact.Engine.Judge.Suites;
using Pact.Serialization;

namespace Pact.Cli.Commands;

/// <summary><c>pact sync [dir]</c>: restore the test views from their locked masters.</summary>
internal static class SyncCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        var command = new Command("sync", "Restore the test views in tests/<cid>/ from their locked masters") { dir, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await context.Services.GetRequiredService<SuiteStateService>().SyncAsync(parse.GetValue(dir)!, cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), PactJson.Context.CommandResultFreezeReport, FreezeCommand.Print);
        });
        return command;
    }
}
