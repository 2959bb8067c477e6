using Pact.Analysis;
using Pact.Engine.Analysis;

namespace Pact.Cli.Commands;

/// <summary><c>pact checklist [dir]</c>: the requirements checklist.</summary>
internal static class ChecklistCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        return context.Verb<AnalysisService, RequirementsChecklist>("checklist", "Requirements checklist from the contracts and suites; writes checklist.json", [dir],
            (service, parse, cancellationToken) => service.ChecklistAsync(parse.GetValue(dir)!, cancellationToken), static () => PactJson.Context.CommandResultRequirementsChecklist, Print);
    }

    private static void Print(RequirementsChecklist checklist, TextWriter output)
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
    }
}
