using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pact.Engine.Analysis;
using Pact.Serialization;

namespace Pact.Cli.Commands;

internal static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        var command = new Command("analyze", "Cross-artifact analysis (coverage, ambiguity, duplication, consistency); writes analysis.json") { dir, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await context.Services.GetRequiredService<AnalysisService>().AnalyzeAsync(parse.GetValue(dir)!, cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), PactJson.Context.CommandResultAnalysisReport, (report, output) =>
            {
                output.WriteLine($"Cross-Artifact Analysis — {report.ProjectId}: {report.Summary}");
                foreach (var finding in report.Findings)
                {
                    var component = finding.ComponentId.Length > 0 ? $" [{finding.ComponentId}]" : "";
                    output.WriteLine($"- {finding.Id} {finding.Severity.ToString().ToLowerInvariant()}{component} [{finding.Category}] {finding.Description}{(finding.Suggestion.Length > 0 ? $" ({finding.Suggestion})" : "")}");
                }
            });
        });
        return command;
    }
}
