using Microsoft.Extensions.DependencyInjection;
using Pact.Engine.Judge;
using Pact.Engine.Projects;
using Pact.Mcp.Remote;

namespace Pact.Cli;

/// <summary>
/// The implementer's CLI in separate-user mode (<c>PACT_JUDGE</c> set): judging goes to the judge service, and the
/// commands that change the law are refused here with a pointer to the auditor. They would fail anyway (this user
/// cannot read or write the audit directory); refusing first says why instead of a permission error.
/// </summary>
internal static class SeparateUserMode
{
    public const string AuditSideRule = "judge.audit_side";

    /// <summary>Commands that write masters, locks, hidden suites or the authority: the auditor's, on the judge's side.</summary>
    private static readonly HashSet<string> AuditSide = new(StringComparer.Ordinal) { "tests", "goodhart", "freeze", "unfreeze", "sync", "audit-init" };

    /// <summary>
    /// Judging here, without the service, in a project whose audit directory this user cannot enter: it belongs to the
    /// judge's user, so only the service can judge. Said plainly instead of a permission error halfway through a run.
    /// </summary>
    public static async Task<string?> LocalRefusalAsync(CliContext context, string directory, CancellationToken cancellationToken)
    {
        var (project, _, _) = await context.Services.GetRequiredService<ProjectStore>().OpenAsync(directory, cancellationToken);
        if (project is null || new JudgeLayout(project.Layout, project.Config).AuditDir is not { } audit || !Directory.Exists(audit))
        {
            return null;
        }

        try
        {
            _ = Directory.EnumerateFileSystemEntries(audit).FirstOrDefault();
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return $"error [judge.service_required]: the audit directory {audit} belongs to another user (separate-user mode), so this user cannot judge (fix: set {JudgeClient.TargetVariable} and {JudgeClient.TokenVariable} to the judge service and the code token the operator gave you)";
        }
    }

    /// <summary>The refusal for <paramref name="args"/>, or null when the command may run.</summary>
    public static string? Refusal(string[] args) =>
        Environment.GetEnvironmentVariable(JudgeClient.TargetVariable) is { Length: > 0 } target && args.Length > 0 && AuditSide.Contains(args[0])
            ? $"error [{AuditSideRule}]: `pact {args[0]}` is audit-side and this is the implementer's side of separate-user mode ({JudgeClient.TargetVariable}={target}): the audit directory belongs to the judge's user (fix: ask the auditor to run it as the judge's user, or through the judge service with the audit token)"
            : null;
}
