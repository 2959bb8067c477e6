using System.Text.Json.Nodes;
using Pact.Engine.Judge.Authority;
using Pact.Engine.Judge.Certification;

namespace Pact.Engine.Judge;

/// <summary>
/// <c>pact audit-init</c>: makes the audit directory outside the code repository (masters, hidden suites, signing
/// key), records it as <c>audit_dir</c> in pact.yaml, gives the project an id and writes the authority records on both
/// sides, and moves masters locked before it existed into it. Once a project has an authority, audit-init never
/// records another: that is <c>pact authority move</c> or <c>pact authority new</c>.
/// </summary>
public sealed class AuditInitService(ProjectStore store)
{
    public const string Command = AuditActions.AuditInit;

    public async Task<CommandResult<AuditInitReport>> InitAsync(string directory, string auditDirectory, CancellationToken cancellationToken, string? owner = null)
    {
        (uint Uid, uint Gid)? account = null;
        if (owner is not null && (account = CheckOwner(owner, out var refused)) is null)
        {
            return CommandResults.Fail<AuditInitReport>(Command, Outcome.Invalid, refused!);
        }

        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<AuditInitReport>(Command, outcome, diagnostics);
        }

        var audit = Path.GetFullPath(auditDirectory);
        var layout = project.Layout;
        if (layout.Contains(audit) || new ProjectLayout(audit).Contains(layout.Root))
        {
            return CommandResults.Fail<AuditInitReport>(Command, Outcome.Invalid, new Diagnostic
            {
                Rule = "audit.inside_project",
                File = audit,
                Message = "the audit directory must be outside the code repository (and not contain it): whatever is inside the project, the implementer can read",
                Fix = "choose a directory beside the project, e.g. ../<project>-audit",
            });
        }

        var before = new JudgeLayout(layout, project.Config);
        var after = new JudgeLayout(layout, project.Config with { AuditDir = audit });
        if (Existing(before, audit) is { } existing)
        {
            return existing;
        }

        var writes = new List<StagedWrite>();
        var moved = new List<string>();
        if (before.AuditDir is null && Directory.Exists(before.MastersRoot))
        {
            foreach (var file in Directory.EnumerateFiles(before.MastersRoot, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(before.MastersRoot, file);
                writes.Add(new StagedWrite(Path.Combine(after.MastersRoot, relative), await File.ReadAllBytesAsync(file, cancellationToken)) { Within = audit, OwnerOnly = true });
                moved.Add(relative.Replace('\\', '/'));
            }
        }

        // The solo ledger goes with the masters: attempts, hint levels and forged runs counted so far stay counted.
        var soloLedger = JudgeLedger.PathFor(before);
        var auditLedger = JudgeLedger.PathFor(after);
        if (before.AuditDir is null && File.Exists(soloLedger) && !File.Exists(auditLedger))
        {
            foreach (var (from, to) in new[] { (soloLedger, auditLedger), (JudgeLedger.HeadFor(soloLedger), JudgeLedger.HeadFor(auditLedger)) }.Where(p => File.Exists(p.Item1)))
            {
                writes.Add(new StagedWrite(to, await File.ReadAllBytesAsync(from, cancellationToken)) { Within = audit, OwnerOnly = true });
            }
        }

        var config = (JsonObject)project.ConfigDocument.DeepClone();
        config["audit_dir"] = audit;
        writes.Add(ProjectStore.Yaml(layout.PactYaml, config));
        OwnerOnly.Restrict(audit);
        OwnerOnly.CreateDirectory(after.MastersRoot);
        using var key = SigningKeys.LoadOrCreate(SigningKeys.Directory(after));
        var record = new AuthorityRecord { ProjectId = AuthorityRecords.NewProjectId(), KeyId = SigningKeys.KeyId(key), ProjectRoot = layout.Root, Created = store.Time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture) };
        writes.AddRange(AuthorityRecords.Stage(layout, audit, record));
        if (await store.CommitAsync(layout, Command, $"audit directory {audit} (project {record.ProjectId}, key {record.KeyId}); {moved.Count} master file(s) moved into it", writes, cancellationToken) is null)
        {
            return CommandResults.Fail<AuditInitReport>(Command, Outcome.Busy, store.Busy(layout));
        }

        if (moved.Count > 0)
        {
            Directory.Delete(before.MastersRoot, recursive: true);
        }

        if (account is { } user)
        {
            // Separate-user mode: the service's tokens, then the whole directory to the judge's user (still 0700).
            ServiceTokens.Ensure(audit);
            OsUsers.GiveTree(audit, user.Uid, user.Gid);
            if (NativeIds.EffectiveUserId() == 0 && NativeIds.OwnerOf(layout.Root) is { } projectOwner && projectOwner != 0)
            {
                // Root wrote pact.yaml and the project log: they stay the implementer's, as the rest of the project.
                OsUsers.GiveTree(layout.PactDir, projectOwner, OsUsers.KeepGroup);
                OsUsers.GiveTree(layout.PactYaml, projectOwner, OsUsers.KeepGroup);
            }
        }

        return CommandResults.Ok(Command, Report(after, SigningKeys.KeyId(key), moved, owner, account is null ? null : Path.Combine(ServiceTokens.Directory(audit), ServiceTokens.CodeFile)));
    }

    /// <summary>
    /// The refusal when the project already has an authority (or the directory is another's), or, for the same intact
    /// authority asked for again, its report with nothing changed; null when audit-init may go ahead.
    /// </summary>
    private static CommandResult<AuditInitReport>? Existing(JudgeLayout before, string audit)
    {
        var layout = before.Project;
        var recorded = AuthorityRecords.ReadProject(layout);
        if (recorded is null && before.AuditDir is null)
        {
            return Directory.Exists(audit) && AuthorityRecords.ReadAudit(audit) is { } foreign
                ? CommandResults.Fail<AuditInitReport>(Command, Outcome.Invalid, new Diagnostic { Rule = AuthorityRecords.ExistsRule, File = AuthorityRecords.AuditRecord(audit), Message = $"{audit} is already the authority of project {foreign.ProjectId} ({foreign.ProjectRoot})", Fix = "choose a directory of this project's own, beside it" })
                : null;
        }

        if (before.AuditDir == audit && recorded?.AuditDir == audit && AuthorityRecords.Check(before).Problem is null)
        {
            return CommandResults.Ok(Command, Report(before, recorded.KeyId, [], owner: null, codeToken: null));
        }

        var current = recorded?.AuditDir ?? before.AuditDir;
        return CommandResults.Fail<AuditInitReport>(Command, Outcome.Invalid, new Diagnostic
        {
            Rule = AuthorityRecords.ExistsRule,
            File = "pact.yaml",
            Message = $"this project already has an authority ({current}{(recorded is null ? "" : $", key {recorded.KeyId}")}); audit-init does not replace one",
            Fix = $"to change it, `pact authority move {layout.Root} {audit}` (the old authority approves with its key), or, if the old one is lost, `pact authority new {layout.Root} {audit} --reason \"…\"` (logged, and shown from then on)",
        });
    }

    private static AuditInitReport Report(JudgeLayout judge, string keyId, IReadOnlyList<string> moved, string? owner, string? codeToken) => new()
    {
        AuditDir = judge.AuditDir!,
        PublicKey = Path.Combine(SigningKeys.Directory(judge), SigningKeys.PublicKeyFile),
        KeyId = keyId,
        MovedMasters = moved,
        Owner = owner,
        CodeToken = codeToken,
    };

    /// <summary>The judge's account: it must exist, and only root or that user may give it the audit directory.</summary>
    private static (uint Uid, uint Gid)? CheckOwner(string owner, out Diagnostic? refused)
    {
        refused = null;
        if (!OperatingSystem.IsLinux())
        {
            refused = new Diagnostic { Rule = "audit.owner_unsupported", Message = "--owner (separate-user mode) is built for Linux only", Fix = "run audit-init without --owner; the same-user mode is defence in depth only" };
            return null;
        }

        if (OsUsers.Find(owner) is not { } account)
        {
            refused = new Diagnostic { Rule = "audit.owner_unknown", Message = $"--owner {owner}: no such OS user", Fix = $"create the judge's user first (e.g. `useradd --system --create-home {owner}`), then run audit-init again" };
            return null;
        }

        var me = NativeIds.EffectiveUserId();
        if (me != 0 && me != account.Uid)
        {
            refused = new Diagnostic { Rule = "audit.owner_not_permitted", Message = $"--owner {owner}: only root or {owner} itself can give the audit directory to {owner}", Fix = $"run `sudo pact audit-init … --owner {owner}`, or run it as {owner}" };
            return null;
        }

        return account;
    }
}
