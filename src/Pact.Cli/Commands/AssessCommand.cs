using Pact.Assessment;
using Pact.Engine.Assessment;

namespace Pact.Cli.Commands;

/// <summary><c>pact assess DIR</c>: the architecture assessment of any source directory; no project needed.</summary>
internal static class AssessCommand
{
    public static Command Create(CliContext context)
    {
        var dir = new Argument<string>("dir") { Description = "The source directory to assess (any directory; no project needed)" };
        var sarif = new Option<string?>("--sarif") { Description = "Also write the findings as a SARIF 2.1.0 log to this file (for code scanning in CI)" };
        var threshold = new Option<string[]>("--threshold")
        {
            Description = $"Override a threshold, KEY=VALUE (repeatable); keys: {string.Join(", ", AssessmentThresholds.Keys)}",
            AllowMultipleArgumentsPerToken = false,
        };
        var language = new Option<string?>("--language") { Description = $"The language of the tree: {string.Join(", ", AssessService.Languages)} (default: the one with the most source files)" };
        var command = new Command("assess", "Architecture assessment: hub dependencies, shallow modules, tight coupling, scattered logic, test gaps; Markdown, --json or --sarif")
        {
            dir, threshold, language, sarif, CliContext.JsonOption,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var sarifFile = parse.GetValue(sarif) is { Length: > 0 } file ? Path.GetFullPath(file) : null;
            var result = await context.Services.GetRequiredService<AssessService>().AssessAsync(
                parse.GetValue(dir)!, parse.GetValue(threshold) ?? [], parse.GetValue(language), sarifFile, cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), static () => PactJson.Context.CommandResultAssessmentReport, (report, output) =>
                output.Write(AssessmentMarkdown.Render(report)));
        });
        return command;
    }
}
