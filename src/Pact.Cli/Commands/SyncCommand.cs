using Pact.Engine.Judge.Suites;

namespace Pact.Cli.Commands;

/// <summary><c>pact sync [dir]</c>: restore the test views from their locked masters.</summary>
internal static class SyncCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        return context.Verb<SuiteStateService, FreezeReport>("sync", "Restore the test views in tests/<cid>/ from their locked masters", [dir],
            (service, parse, cancellationToken) => service.SyncAsync(parse.GetValue(dir)!, cancellationToken), static () => PactJson.Context.CommandResultFreezeReport, FreezeCommand.Print);
    }
}
