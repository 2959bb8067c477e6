namespace Pact.Cli.Commands;

/// <summary><c>pact shape [dir] -f pitch.json</c>: submit the shaping pitch.</summary>
internal static class ShapeCommand
{
    public static Command Create(CliContext context) => SubmitCommand.Simple(context, SubmitService.ShapeCommand, "Submit the shaping pitch (decomposition/pitch.json) after its schema and gates", "pitch.json or .yaml",
        ArtifactKind.Pitch, (service, dir, document, ct) => service.ShapeAsync(dir, document, ct));
}
