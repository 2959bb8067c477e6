using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pact.Engine.Gates;
using Pact.Serialization;

namespace Pact.Cli.Commands;

internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        var command = new Command("validate", "Run every gate over the project: tree, contracts, visible suites, across components") { dir, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await context.Services.GetRequiredService<ValidateService>().ValidateAsync(parse.GetValue(dir)!, cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), PactJson.Context.CommandResultValidateReport, (report, output) =>
                output.WriteLine(report.Valid
                    ? $"Valid: {report.Checked.Count} artifacts pass every gate ({report.Warnings} warnings)."
                    : $"Invalid: {report.Errors} errors, {report.Warnings} warnings in {report.Checked.Count} artifacts."));
        });
        return command;
    }
}
