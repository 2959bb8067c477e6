using Pact.Engine.Judge;

namespace Pact.Cli;

/// <summary>
/// The implementer's CLI in separate-user mode: judging goes to the judge service (<c>PACT_JUDGE</c>), and the
/// commands that change the law are refused by <see cref="Engine.Judge.Authority.AuditAuthority"/> like any code-role
/// caller's. Here: judging without the service, where this user cannot enter the audit directory, is refused up front.
/// </summary>
internal static class SeparateUserMode
{
    /// <summary>
    /// Judging here, without the service, in a project whose audit directory this user cannot enter: it belongs to the
    /// judge's user, so only the service can judge. Said plainly instead of a permission error halfway through a run.
    /// </summary>
    public static async Task<string?> LocalRefusalAsync(CliContext context, string directory, CancellationToken cancellationToken)
    {
        var (project, _, _) = await context.Services.GetRequiredService<ProjectStore>().OpenAsync(directory, cancellationToken);
        return project is not null && Engine.Judge.Authority.AuditAuthority.Sealed(new JudgeLayout(project.Layout, project.Config).AuditDir) is { } audit
            ? $"error [judge.service_required]: the audit directory {audit} belongs to another user (separate-user mode), so this user cannot judge (fix: set {JudgeClient.TargetVariable} and {JudgeClient.TokenVariable} to the judge service and the code token the operator gave you)"
            : null;
    }
}
