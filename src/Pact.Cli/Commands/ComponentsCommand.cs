using System.Globalization;

namespace Pact.Cli.Commands;

/// <summary><c>pact components [dir]</c>: the decomposition's components and what exists for each.</summary>
internal static class ComponentsCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        return context.Verb<ComponentsService, ComponentsReport>("components", "List the components of the decomposition and what exists for each", [dir],
            (service, parse, cancellationToken) => service.ListAsync(parse.GetValue(dir)!, cancellationToken), static () => PactJson.Context.CommandResultComponentsReport, Print);
    }

    private static void Print(ComponentsReport report, TextWriter output)
    {
        if (report.Components.Count == 0)
        {
            output.WriteLine("No components yet: the project has not been decomposed.");
            return;
        }

        output.WriteLine($"{"id",-24} {"type",-7} {"state",-12} {"contract",-9} {"tests",-6} {"impl",-5} claimed by");
        foreach (var c in report.Components)
        {
            var indent = new string(' ', c.Depth * 2);
            output.WriteLine($"{(indent + c.Id),-24} {c.Type,-7} {System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(c.State.ToString()),-12} {(c.HasContract ? $"v{c.ContractVersion}" : "-"),-9} {(c.HasTests ? c.TestCount.ToString(CultureInfo.InvariantCulture) : "-"),-6} {(c.HasImplementation ? "yes" : "-"),-5} {c.ClaimedBy ?? "-"}");
        }
    }
}
