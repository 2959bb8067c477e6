using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pact.Engine.Judge;
using Pact.Judge;
using Pact.Serialization;

namespace Pact.Cli.Commands;

/// <summary><c>pact freeze</c>, <c>pact unfreeze</c> and <c>pact sync</c>.</summary>
internal static class FreezeCommands
{
    public static Command Freeze(CliContext context)
    {
        var dir = new Argument<string>("dir") { Description = "The project directory" };
        var component = new Argument<string?>("cid") { Description = "One component (default: every locked visible suite)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("freeze", "Freeze locked suites: from now on they accept only added tests") { dir, component, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var one = parse.GetValue(component);
            var result = await context.Services.GetRequiredService<SuiteStateService>().FreezeAsync(parse.GetValue(dir)!, one is null ? [] : [one], cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), PactJson.Context.CommandResultFreezeReport, Print);
        });
        return command;
    }

    public static Command Unfreeze(CliContext context)
    {
        var dir = new Argument<string>("dir") { Description = "The project directory" };
        var component = new Argument<string>("cid") { Description = "The component whose suite may change again" };
        var reason = new Option<string>("--reason") { Description = "Why the locked tests must change (goes to the audit log)", Required = true };
        var hidden = new Option<bool>("--hidden") { Description = "Unfreeze the hidden suite: an audit-side decision, its reason logged only in the judge's ledger in the audit directory" };
        var command = new Command("unfreeze", "Allow a frozen suite to change again; logged with its reason") { dir, component, reason, hidden, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await context.Services.GetRequiredService<SuiteStateService>().UnfreezeAsync(parse.GetValue(dir)!, parse.GetValue(component)!, parse.GetValue(reason)!, cancellationToken, parse.GetValue(hidden) ? SuiteKind.Hidden : SuiteKind.Visible);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), PactJson.Context.CommandResultFreezeReport, Print);
        });
        return command;
    }

    public static Command Sync(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        var command = new Command("sync", "Restore the test views in tests/<cid>/ from their locked masters") { dir, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await context.Services.GetRequiredService<SuiteStateService>().SyncAsync(parse.GetValue(dir)!, cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), PactJson.Context.CommandResultFreezeReport, Print);
        });
        return command;
    }

    private static void Print(FreezeReport report, TextWriter output) =>
        output.WriteLine(report.Components.Count == 0 ? $"{report.Action}: nothing to change." : $"{report.Action}: {string.Join(", ", report.Components)}");
}
