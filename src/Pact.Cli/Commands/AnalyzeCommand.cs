using Pact.Analysis;
using Pact.Engine.Analysis;

namespace Pact.Cli.Commands;

/// <summary><c>pact analyze [dir]</c>: the cross-artifact analysis.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        return context.Verb<AnalysisService, AnalysisReport>("analyze", "Cross-artifact analysis (coverage, ambiguity, duplication, consistency); writes analysis.json", [dir],
            (service, parse, cancellationToken) => service.AnalyzeAsync(parse.GetValue(dir)!, cancellationToken), static () => PactJson.Context.CommandResultAnalysisReport, Print);
    }

    private static void Print(AnalysisReport report, TextWriter output)
    {
        output.WriteLine($"Cross-Artifact Analysis — {report.ProjectId}: {report.Summary}");
        foreach (var finding in report.Findings)
        {
            var component = finding.ComponentId.Length > 0 ? $" [{finding.ComponentId}]" : "";
            output.WriteLine($"- {finding.Id} {finding.Severity.ToString().ToLowerInvariant()}{component} [{finding.Category}] {finding.Description}{(finding.Suggestion.Length > 0 ? $" ({finding.Suggestion})" : "")}");
        }
    }
}
