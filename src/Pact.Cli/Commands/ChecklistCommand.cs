using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pact.Engine.Analysis;
using Pact.Serialization;

namespace Pact.Cli.Commands;

internal static class ChecklistCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        var command = new Command("checklist", "Requirements checklist from the contracts and suites; writes checklist.json") { dir, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await context.Services.GetRequiredService<AnalysisService>().ChecklistAsync(parse.GetValue(dir)!, cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), PactJson.Context.CommandResultRequirementsChecklist, (checklist, output) =>
            {
                output.WriteLine($"Requirements Checklist — {checklist.ProjectId}: {checklist.Items.Count} total, {checklist.Satisfied} satisfied, {checklist.Unanswered} unanswered");
                foreach (var group in checklist.Items.GroupBy(i => i.Category))
                {
                    output.WriteLine($"{group.Key} ({group.Count()})");
                    foreach (var item in group)
                    {
                        output.WriteLine($"  [{(item.Satisfied switch { true => "x", false => "!", null => " " })}] {item.Id} {item.Question}");
                    }
                }
            });
        });
        return command;
    }
}
