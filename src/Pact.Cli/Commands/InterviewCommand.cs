namespace Pact.Cli.Commands;

/// <summary><c>pact interview [dir] -f interview.json</c>: submit the interview.</summary>
internal static class InterviewCommand
{
    public static Command Create(CliContext context) => SubmitCommand.Simple(context, SubmitService.InterviewCommand, "Submit the interview (decomposition/interview.json) after its schema and gates", "interview.json or .yaml",
        ArtifactKind.Interview, (service, dir, document, ct) => service.InterviewAsync(dir, document, answer: null, ct));
}
