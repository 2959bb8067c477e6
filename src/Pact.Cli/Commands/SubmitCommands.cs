using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pact.Documents;
using Pact.Engine.Gates;
using Pact.Engine.Storage;
using Pact.Projects;
using Pact.Schemas;
using Pact.Serialization;

namespace Pact.Cli.Commands;

/// <summary><c>pact decompose|contract|interview|shape &lt;dir&gt; … --file F</c>: submit an artifact through its schema and gates.</summary>
internal static class SubmitCommands
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return Simple(context, SubmitService.DecomposeCommand, "Submit the decomposition tree (decomposition/tree.json) after its schema and gates", "tree.json or tree.yaml",
            ArtifactKind.Decomposition, (service, dir, document, ct) => service.DecomposeAsync(dir, document, ct));
        yield return Simple(context, SubmitService.InterviewCommand, "Submit the interview (decomposition/interview.json) after its schema and gates", "interview.json or .yaml",
            ArtifactKind.Interview, (service, dir, document, ct) => service.InterviewAsync(dir, document, answer: null, ct));
        yield return Simple(context, SubmitService.ShapeCommand, "Submit the shaping pitch (decomposition/pitch.json) after its schema and gates", "pitch.json or .yaml",
            ArtifactKind.Pitch, (service, dir, document, ct) => service.ShapeAsync(dir, document, ct));
        yield return Contract(context);
    }

    private static Option<string> FileOption(string what) => new("--file", "-f") { Description = $"The artifact to submit: {what}", Required = true };

    private static Command Simple(CliContext context, string name, string description, string what, ArtifactKind kind, Func<SubmitService, string, ParsedDocument, CancellationToken, Task<CommandResult<SubmitReport>>> submit)
    {
        var dir = CliContext.ProjectArgument();
        var file = FileOption(what);
        var command = new Command(name, description) { dir, file, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var service = context.Services.GetRequiredService<SubmitService>();
            var result = await ArtifactFile.WithAsync(name, parse.GetValue(file)!, kind, document => submit(service, parse.GetValue(dir)!, document, cancellationToken), cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), PactJson.Context.CommandResultSubmitReport, Print);
        });
        return command;
    }

    private static Command Contract(CliContext context)
    {
        var dir = new Argument<string>("dir") { Description = "The project directory" };
        var id = new Argument<string>("component") { Description = "The component id the contract is for" };
        var file = FileOption("interface.json or .yaml");
        var command = new Command(SubmitService.ContractCommand, "Submit a component's interface contract (contracts/<id>/interface.json, with history) after its schema and gates") { dir, id, file, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var service = context.Services.GetRequiredService<SubmitService>();
            var result = await ArtifactFile.WithAsync(SubmitService.ContractCommand, parse.GetValue(file)!, ArtifactKind.Contract, document => service.ContractAsync(parse.GetValue(dir)!, parse.GetValue(id)!, document, cancellationToken), cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), PactJson.Context.CommandResultSubmitReport, Print);
        });
        return command;
    }

    private static void Print(SubmitReport report, TextWriter output)
    {
        var what = report.ComponentId is null ? report.Artifact : $"{report.Artifact} {report.ComponentId} v{report.Version}";
        output.WriteLine(report.Written.Count == 0 ? $"Accepted the {what}; it was already stored." : $"Accepted the {what}:");
        foreach (var written in report.Written)
        {
            output.WriteLine($"  wrote {written}");
        }
    }
}
