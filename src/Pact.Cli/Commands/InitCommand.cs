using Pact.Engine.Languages;
using Pact.Suites;

namespace Pact.Cli.Commands;

internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var dir = new Argument<string>("dir") { Description = "Directory of the new project (created if missing)" };
        var spec = new Option<string?>("--spec") { Description = "A build spec (YAML or JSON) supplying task, SOPs, readiness and config" };
        // The languages are the registry's: a language added there is accepted, completed and listed here.
        var languages = context.Services.GetRequiredService<LanguageRegistry>();
        var language = new Option<string?>("--language") { Description = $"Language of the implementation and tests: {languages.Known} (default python)" };
        language.AcceptOnlyFromAmong([.. languages.Ids]);
        var command = new Command("init", "Scaffold a Pact project: task.md, sops.md, pact.yaml with a readiness profile, build_spec.yaml") { dir, spec, language, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var chosen = parse.GetValue(language) is { } name ? new TestLanguage(name) : null;
            var service = context.Services.GetRequiredService<InitService>();
            var result = parse.GetValue(spec) is { } specFile
                ? await ArtifactFile.WithAsync(InitService.Command, specFile, ArtifactKind.BuildSpec, document => service.InitAsync(parse.GetValue(dir)!, document, chosen, cancellationToken), cancellationToken)
                : await service.InitAsync(parse.GetValue(dir)!, null, chosen, cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), static () => PactJson.Context.CommandResultInitReport, (report, output) =>
            {
                output.WriteLine($"Initialized a {report.Language} Pact project in {report.ProjectDir}");
                foreach (var file in report.Created)
                {
                    output.WriteLine($"  wrote {file}");
                }

                output.WriteLine($"Next: describe the task in task.md (or `pact spec apply {report.ProjectDir} <spec>`), then `pact status {report.ProjectDir}`.");
            });
        });
        return command;
    }
}
