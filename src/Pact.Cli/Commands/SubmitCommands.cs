using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pact.Engine.Gates;
using Pact.Projects;
using Pact.Serialization;

namespace Pact.Cli.Commands;

/// <summary><c>pact decompose|contract|interview|shape &lt;dir&gt; … --file F</c>: submit an artifact through its schema and gates.</summary>
internal static class SubmitCommands
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return Simple(context, "decompose", "Submit the decomposition tree (decomposition/tree.json) after its schema and gates", "tree.json or tree.yaml",
            (service, dir, file, ct) => service.DecomposeAsync(dir, file, ct));
        yield return Simple(context, "interview", "Submit the interview (decomposition/interview.json) after its schema and gates", "interview.json or .yaml",
            (service, dir, file, ct) => service.InterviewAsync(dir, file, ct));
        yield return Simple(context, "shape", "Submit the shaping pitch (decomposition/pitch.json) after its schema and gates", "pitch.json or .yaml",
            (service, dir, file, ct) => service.ShapeAsync(dir, file, ct));
        yield return Contract(context);
    }

    private static Option<string> FileOption(string what) => new("--file", "-f") { Description = $"The artifact to submit: {what}", Required = true };

    private static Command Simple(CliContext context, string name, string description, string what, Func<SubmitService, string, string, CancellationToken, Task<CommandResult<SubmitReport>>> submit)
    {
        var dir = CliContext.ProjectArgument();
        var file = FileOption(what);
        var command = new Command(name, description) { dir, file, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await submit(context.Services.GetRequiredService<SubmitService>(), parse.GetValue(dir)!, parse.GetValue(file)!, cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), PactJson.Context.CommandResultSubmitReport, Print);
        });
        return command;
    }

    private static Command Contract(CliContext context)
    {
        var dir = new Argument<string>("dir") { Description = "The project directory" };
        var id = new Argument<string>("component") { Description = "The component id the contract is for" };
        var file = FileOption("interface.json or .yaml");
        var command = new Command("contract", "Submit a component's interface contract (contracts/<id>/interface.json, with history) after its schema and gates") { dir, id, file, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await context.Services.GetRequiredService<SubmitService>().ContractAsync(parse.GetValue(dir)!, parse.GetValue(id)!, parse.GetValue(file)!, cancellationToken);
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
