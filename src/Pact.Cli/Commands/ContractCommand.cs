namespace Pact.Cli.Commands;

/// <summary><c>pact contract &lt;dir&gt; &lt;component&gt; -f interface.json</c>: submit a component's interface contract.</summary>
internal static class ContractCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectDirArgument();
        var id = CliContext.ComponentArgument<string>("The component id the contract is for");
        var file = SubmitCommand.FileOption("interface.json or .yaml");
        return context.Verb<SubmitService, SubmitReport>(SubmitService.ContractCommand, "Submit a component's interface contract (contracts/<id>/interface.json, with history) after its schema and gates", [dir, id, file],
            (service, parse, cancellationToken) => ArtifactFile.WithAsync(SubmitService.ContractCommand, parse.GetValue(file)!, ArtifactKind.Contract,
                document => service.ContractAsync(parse.GetValue(dir)!, parse.GetValue(id)!, document, cancellationToken), cancellationToken),
            static () => PactJson.Context.CommandResultSubmitReport, SubmitCommand.Print);
    }
}
