using Pact.Diagnostics;
using Pact.Engine.Projects;
using Pact.Engine.Storage;
using Pact.Judge;

namespace Pact.Engine.Judge.Authority;

/// <summary>
/// What <c>status</c> and <c>validate</c> check beyond the artifacts: that pact.yaml names the recorded authority
/// (<c>authority.repointed</c>, and every authority taken without approval as a standing warning), that the judge's
/// ledger is whole (<c>judge.ledger_broken</c>), and that the project's audit log still holds every judged event the
/// ledger names, unedited (<c>audit.log_diverged</c>).
/// </summary>
public sealed class ProjectIntegrity(JudgeLedger ledger)
{
    public const string DivergedRule = "audit.log_diverged";

    public async Task<IReadOnlyList<Diagnostic>> CheckAsync(Project project, CancellationToken cancellationToken)
    {
        var judge = new JudgeLayout(project.Layout, project.Config);
        var authority = AuthorityRecords.Check(judge);
        if (authority.Problem is { } repointed)
        {
            // The ledger beside a re-pointed audit_dir is not the judge's: comparing with it would prove nothing.
            return [repointed];
        }

        var found = AuthorityRecords.Replaced(authority).ToList();
        if (AuditAuthority.Sealed(judge.AuditDir) is not null)
        {
            // The implementer's side of separate-user mode: the ledger is the judge's user's to read.
            return found;
        }

        var contents = await ledger.ReadAsync(judge, cancellationToken);
        if (contents.Problem is { } broken)
        {
            found.Add(broken);
        }

        if (await DivergedAsync(project.Layout, contents.Entries, cancellationToken) is { } diverged)
        {
            found.Add(diverged);
        }

        return found;
    }

    /// <summary>The first ledger entry whose project-log line is gone (deleted) or no longer the same bytes (edited).</summary>
    private static async Task<Diagnostic?> DivergedAsync(ProjectLayout layout, IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken)
    {
        var lines = await AuditLog.ReadLinesAsync(layout.AuditLog, cancellationToken);
        var hashes = lines.Select(l => l.Sha256).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Log is not { } logged || hashes.Contains(logged.Sha256))
            {
                continue;
            }

            // Only now are lines parsed: a line with the event's timestamp but other bytes was edited, none at all deleted.
            var how = lines.Any(l => l.Text.Contains(logged.Timestamp, StringComparison.Ordinal) && AuditLog.TryParse(l.Text)?.Timestamp == logged.Timestamp) ? "edited" : "deleted";
            var component = entry.ComponentId.Length > 0 ? $", component {entry.ComponentId}" : "";
            return new Diagnostic
            {
                Rule = DivergedRule,
                File = layout.Relative(layout.AuditLog),
                Message = $"the project log diverges from the judge's ledger: the judged event seq {entry.Seq} ({entry.Action}{component}, {logged.Timestamp}) was {how} in the project log",
                Fix = "restore .pact/audit.jsonl from version control or a backup; attempts, hint levels and decisions come from the judge's ledger, so editing the project log changes none of them",
            };
        }

        return null;
    }
}
