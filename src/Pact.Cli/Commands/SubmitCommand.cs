using Pact.Documents;

namespace Pact.Cli.Commands;

/// <summary>What the submit verbs (decompose, interview, shape, contract) share: the artifact read once from -f, through its schema and gates.</summary>
internal static class SubmitCommand
{
    public static Option<string> FileOption(string what) => CliContext.FileOption($"The artifact to submit: {what}");

    /// <summary>A verb that takes the project and one artifact.</summary>
    public static Command Simple(CliContext context, string name, string description, string what, ArtifactKind kind, Func<SubmitService, string, ParsedDocument, CancellationToken, Task<CommandResult<SubmitReport>>> submit)
    {
        var dir = CliContext.ProjectArgument();
        var file = FileOption(what);
        return context.Verb<SubmitService, SubmitReport>(name, description, [dir, file],
            (service, parse, cancellationToken) => ArtifactFile.WithAsync(name, parse.GetValue(file)!, kind, document => submit(service, parse.GetValue(dir)!, document, cancellationToken), cancellationToken),
            static () => PactJson.Context.CommandResultSubmitReport, Print);
    }

    internal static void Print(SubmitReport report, TextWriter output)
    {
        var what = report.ComponentId is null ? report.Artifact : $"{report.Artifact} {report.ComponentId} v{report.Version}";
        output.WriteLine(report.Written.Count == 0 ? $"Accepted the {what}; it was already stored." : $"Accepted the {what}:");
        foreach (var written in report.Written)
        {
            output.WriteLine($"  wrote {written}");
        }
    }
}
