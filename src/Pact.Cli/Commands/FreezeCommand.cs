using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pact.Engine.Judge.Suites;
using Pact.Judge;
using Pact.Serialization;

namespace Pact.Cli.Commands;

/// <summary><c>pact freeze &lt;dir&gt; [component]</c>: from now on the locked suites accept only added tests.</summary>
internal static class FreezeCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        var component = CliContext.ComponentArgument<string?>("One component (default: every locked visible suite)", ArgumentArity.ZeroOrOne);
        var command = new Command("freeze", "Freeze locked suites: from now on they accept only added tests") { dir, component, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var one = parse.GetValue(component);
            var result = await context.Services.GetRequiredService<SuiteStateService>().FreezeAsync(parse.GetValue(dir)!, one is null ? [] : [one], cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), PactJson.Context.CommandResultFreezeReport, Print);
        });
        return command;
    }

    /// <summary>What freeze, unfreeze and sync print: the components they changed.</summary>
    internal static void Print(FreezeReport report, TextWriter output) =>
        output.WriteLine(report.Components.Count == 0 ? $"{report.Action}: nothing to change." : $"{report.Action}: {string.Join(", ", report.Components)}");
}
