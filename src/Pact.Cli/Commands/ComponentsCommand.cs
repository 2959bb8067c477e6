using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pact.Engine.Projects;
using Pact.Serialization;

namespace Pact.Cli.Commands;

internal static class ComponentsCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        var command = new Command("components", "List the components of the decomposition and what exists for each") { dir, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await context.Services.GetRequiredService<ComponentsService>().ListAsync(parse.GetValue(dir)!, cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), PactJson.Context.CommandResultComponentsReport, (report, output) =>
            {
                if (report.Components.Count == 0)
                {
                    output.WriteLine("No components yet: the project has not been decomposed.");
                    return;
                }

                output.WriteLine($"{"id",-24} {"type",-7} {"status",-12} {"contract",-9} {"tests",-6} impl");
                foreach (var c in report.Components)
                {
                    var indent = new string(' ', c.Depth * 2);
                    output.WriteLine($"{(indent + c.Id),-24} {c.Type,-7} {c.Status.ToString().ToLowerInvariant(),-12} {(c.HasContract ? $"v{c.ContractVersion}" : "-"),-9} {(c.HasTests ? c.TestCount.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-"),-6} {(c.HasImplementation ? "yes" : "-")}");
                }
            });
        });
        return command;
    }
}
