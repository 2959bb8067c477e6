namespace Pact.Cli.Commands;

/// <summary><c>pact validate [dir]</c>: every gate over the whole project.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        return context.Verb<ValidateService, ValidateReport>("validate", "Run every gate over the project: tree, contracts, visible suites, across components", [dir],
            (service, parse, cancellationToken) => service.ValidateAsync(parse.GetValue(dir)!, cancellationToken), static () => PactJson.Context.CommandResultValidateReport, (report, output) =>
                output.WriteLine(report.Valid
                    ? $"Valid: {report.Checked.Count} artifacts pass every gate ({report.Warnings} warnings)."
                    : $"Invalid: {report.Errors} errors, {report.Warnings} warnings in {report.Checked.Count} artifacts."));
    }
}
