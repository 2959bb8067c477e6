namespace Pact.Cli.Commands;

/// <summary><c>pact decompose [dir] -f tree.json</c>: submit the decomposition tree.</summary>
internal static class DecomposeCommand
{
    public static Command Create(CliContext context) => SubmitCommand.Simple(context, SubmitService.DecomposeCommand, "Submit the decomposition tree (decomposition/tree.json) after its schema and gates", "tree.json or tree.yaml",
        ArtifactKind.Decomposition, (service, dir, document, ct) => service.DecomposeAsync(dir, document, ct));
}
