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

    /// <summary>
    /// Where the judge keeps its checkpoint of the project's log: beside its ledger (the audit directory, or the solo
    /// ledgers under Pact's home), out of the project, so the implementer cannot forge what status skips.
    /// </summary>
    public static string CheckpointPath(Project project) => JudgeLedger.PathFor(new JudgeLayout(project.Layout, project.Config)) + ".checkpoint.json";

    public Task<IReadOnlyList<Diagnostic>> CheckAsync(Project project, CancellationToken cancellationToken) => CheckAsync(project, log: null, cancellationToken);

    /// <summary>The checks, on a log already read by the caller (status reads it once for itself and for these); writes the log's checkpoint when they pass.</summary>
    public async Task<IReadOnlyList<Diagnostic>> CheckAsync(Project project, ProjectLog? log, CancellationToken cancellationToken)
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

        log ??= await ProjectLog.ReadAsync(project.Layout.AuditLog, CheckpointPath(project), cancellationToken);
        // The entries the checkpoint vouches for (its ledger prefix, unchanged, and its log prefix, unchanged) were all
        // found in the log before; only the ones after are read and looked up.
        var (contents, whole) = await ledger.ReadAfterAsync(judge, log.Verified?.Ledger, cancellationToken);
        if (contents.Problem is { } broken)
        {
            found.Add(broken);
        }

        if (await DivergedAsync(project.Layout, log, contents.Entries, cancellationToken) is { } diverged)
        {
            found.Add(diverged);
        }
        else if (contents.Problem is null)
        {
            // Every judged event is in the log as the ledger has it: the next read may skip those entries.
            await log.SaveAsync(whole, cancellationToken);
        }

        return found;
    }

    /// <summary>The first ledger entry whose project-log line is gone (deleted) or no longer the same bytes (edited).</summary>
    /// <remarks>
    /// The entries are those the checkpoint does not vouch for; each is looked up first among the log's lines after the
    /// checkpoint, and the whole log is hashed only when one is not found there.
    /// </remarks>
    private static async Task<Diagnostic?> DivergedAsync(ProjectLayout layout, ProjectLog log, IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken)
    {
        var hashes = log.Tail.Select(l => l.Sha256).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<(string Sha256, string Text)>? lines = null;
        foreach (var entry in entries)
        {
            if (entry.Log is not { } logged || hashes.Contains(logged.Sha256))
            {
                continue;
            }

            if (lines is null)
            {
                lines = await log.AllLinesAsync(cancellationToken);
                hashes = lines.Select(l => l.Sha256).ToHashSet(StringComparer.Ordinal);
                if (hashes.Contains(logged.Sha256))
                {
                    continue;
                }
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
