using Pact.Gates.Project;

namespace Pact.Engine.Gates;

/// <summary><c>pact validate</c>: every gate over the whole project. Invalid when any error is found; warnings never fail it.</summary>
public sealed class ValidateService(ProjectStore store, ProjectReader reader, Judge.Authority.ProjectIntegrity integrity)
{
    public const string Command = "validate";

    public async Task<CommandResult<ValidateReport>> ValidateAsync(string directory, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<ValidateReport>(Command, outcome, diagnostics);
        }
        var read = await reader.ReadAsync(project, checkSyntax: true, cancellationToken);
        List<Diagnostic> found = [.. read.Diagnostics, .. ProjectGates.Check(read.Artifacts), .. await integrity.CheckAsync(project, cancellationToken)];
        var errors = found.Count(d => d.Severity == Severity.Error);
        var report = new ValidateReport
        {
            ProjectDir = project.Layout.Root,
            Valid = errors == 0,
            Errors = errors,
            Warnings = found.Count(d => d.Severity == Severity.Warning),
            Checked = read.Files,
        };
        return new CommandResult<ValidateReport> { Command = Command, Outcome = errors == 0 ? Outcome.Ok : Outcome.Invalid, Data = report, Diagnostics = found };
    }
}
