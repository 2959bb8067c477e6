using System.Text.Json;
using Pact.Documents;
using Pact.Engine.Specs;

namespace Pact.Cli.Commands;

internal static class SpecCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("spec", "Build specs: one file carrying task, SOPs, readiness and config");
        command.Subcommands.Add(Apply(context));
        command.Subcommands.Add(Show(context));
        return command;
    }

    private static Command Apply(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        var file = new Argument<string>("file") { Description = "The build spec (YAML or JSON)" };
        return context.Verb<SpecService, SpecApplyReport>("apply", "Write a build spec's task, SOPs, readiness and config into the project", [dir, file],
            (service, parse, cancellationToken) => ArtifactFile.WithAsync(SpecService.ApplyCommand, parse.GetValue(file)!, ArtifactKind.BuildSpec, document => service.ApplyAsync(parse.GetValue(dir)!, document, cancellationToken), cancellationToken),
            static () => PactJson.Context.CommandResultSpecApplyReport, (report, output) =>
            {
                output.WriteLine(report.Written.Count == 0 ? "The project already matches the spec; nothing changed." : $"Applied the spec to {report.ProjectDir}:");
                foreach (var written in report.Written)
                {
                    output.WriteLine($"  wrote {written}");
                }
            });
    }

    private static Command Show(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The build spec (YAML or JSON)" };
        var command = new Command("show", "Validate a build spec and print it normalized, readiness levels resolved to controls") { file, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await ArtifactFile.WithAsync(SpecService.ShowCommand, parse.GetValue(file)!, ArtifactKind.BuildSpec, document => Task.FromResult(SpecService.Show(document)), cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), static () => PactJson.Context.CommandResultNormalizedSpec, (spec, output) =>
                output.Write(YamlWriter.Write(JsonSerializer.SerializeToNode(spec, PactJson.Context.NormalizedSpec))));
        });
        return command;
    }
}
