using System.Text.Json.Nodes;
using Pact.Engine.Judge.Certification;

namespace Pact.Engine.Judge.Authority;

/// <summary>
/// <c>pact authority move</c> and <c>pact authority new</c>: the only ways a project's authority changes. A move needs
/// the old authority (its directory and key): the old key signs an approval naming the new key id, and the masters,
/// hidden suites and ledger go along. A new authority is for when the old one is lost: no approval, a reason instead,
/// and the change is shown by status and carried by every later certificate.
/// </summary>
public sealed class AuthorityService(ProjectStore store, JudgeLedger ledger)
{
    public const string MoveCommand = "authority move";
    public const string NewCommand = "authority new";

    public async Task<CommandResult<AuthorityReport>> MoveAsync(string directory, string newAuditDirectory, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<AuthorityReport>(MoveCommand, outcome, diagnostics);
        }

        var old = new JudgeLayout(project.Layout, project.Config);
        var recorded = AuthorityRecords.ReadProject(project.Layout);
        if (old.AuditDir is null || recorded is null)
        {
            return Refused(MoveCommand, AuditAuthority.Rule, "this project has no recorded authority to move", $"give it one with `pact audit-init {project.Layout.Root} --audit-dir <dir>`, or, for an authority recorded before these records existed, `pact authority new {project.Layout.Root} <dir> --reason \"…\"`");
        }

        // The old authority approves, so it must be here and this user's: its records intact, its directory writable, its key.
        var state = AuthorityRecords.Check(old);
        var keyFile = Path.Combine(SigningKeys.Directory(old), SigningKeys.PrivateKeyFile);
        if ((state.Problem is { } problem ? problem.Message : AuditAuthority.Access(old, MoveCommand)?.Message ?? (File.Exists(keyFile) ? null : $"the old authority's signing key {keyFile} is missing")) is { } missing)
        {
            return Refused(MoveCommand, AuditAuthority.Rule, $"a move needs the old authority to approve it, and it cannot: {missing}", $"restore the old audit directory {old.AuditDir}; if it is lost for good, `pact authority new {project.Layout.Root} {newAuditDirectory} --reason \"…\"`");
        }

        if (Target(project.Layout, newAuditDirectory, old.AuditDir) is { } badTarget)
        {
            return CommandResults.Fail<AuthorityReport>(MoveCommand, Outcome.Invalid, badTarget);
        }

        var target = Path.GetFullPath(newAuditDirectory);
        var after = new JudgeLayout(project.Layout, project.Config with { AuditDir = target });
        var writes = new List<StagedWrite>();
        var carried = new List<string>();
        foreach (var file in Directory.EnumerateFiles(old.AuditDir, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(old.AuditDir, file).Replace('\\', '/');
            if (relative == AuthorityRecords.FileName || relative.StartsWith("keys/", StringComparison.Ordinal) || Path.GetFileName(relative).StartsWith(".authority-", StringComparison.Ordinal))
            {
                continue;
            }

            writes.Add(new StagedWrite(Path.Combine(target, relative), await File.ReadAllBytesAsync(file, cancellationToken)) { Within = target, OwnerOnly = true });
            carried.Add(relative);
        }

        using var oldKey = SigningKeys.LoadOrCreate(SigningKeys.Directory(old));
        OwnerOnly.Restrict(target);
        using var newKey = SigningKeys.LoadOrCreate(SigningKeys.Directory(after));
        var change = new AuthorityChange
        {
            Kind = AuthorityChange.Move,
            Time = Now(),
            FromAuditDir = old.AuditDir,
            FromKeyId = recorded.KeyId,
            ToAuditDir = target,
            ToKeyId = SigningKeys.KeyId(newKey),
            FromPublicKey = oldKey.ExportSubjectPublicKeyInfoPem(),
        };
        change = change with { Approval = Dsse.Sign(AuthorityRecords.ApprovalPayload(change), oldKey) };
        var oldRecord = AuthorityRecords.ReadAudit(old.AuditDir)!;
        var record = oldRecord with { KeyId = change.ToKeyId, ProjectRoot = project.Layout.Root, History = [.. oldRecord.History, change] };
        var detail = $"authority moved from {old.AuditDir} (key {change.FromKeyId}) to {target} (key {change.ToKeyId}), approved by the old key; {carried.Count} file(s) carried";
        return await CommitAsync(project, MoveCommand, AuditActions.AuthorityMove, detail, target, record, writes, [old, after], carried, cancellationToken);
    }

    public async Task<CommandResult<AuthorityReport>> NewAsync(string directory, string newAuditDirectory, string reason, CancellationToken cancellationToken)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<AuthorityReport>(NewCommand, outcome, diagnostics);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Refused(NewCommand, "authority.reason_required", "a new authority without the old one's approval needs a reason; it is logged and shown by status and every later certificate", "pass --reason \"why the old authority is lost\"");
        }

        var old = new JudgeLayout(project.Layout, project.Config);
        var recorded = AuthorityRecords.ReadProject(project.Layout);
        if ((recorded?.AuditDir ?? old.AuditDir) is not { } from)
        {
            return Refused(NewCommand, AuditAuthority.Rule, "this project has no authority to replace", $"give it one with `pact audit-init {project.Layout.Root} --audit-dir {newAuditDirectory}`");
        }

        if (AuthorityRecords.Check(old).Problem is null && Directory.Exists(from))
        {
            return Refused(NewCommand, "authority.intact", $"the authority {from} is intact; replacing it without its approval would throw away a working key", $"move it instead: `pact authority move {project.Layout.Root} {newAuditDirectory}`");
        }

        if (Target(project.Layout, newAuditDirectory, recorded?.AuditDir) is { } badTarget)
        {
            return CommandResults.Fail<AuthorityReport>(NewCommand, Outcome.Invalid, badTarget);
        }

        var target = Path.GetFullPath(newAuditDirectory);
        var after = new JudgeLayout(project.Layout, project.Config with { AuditDir = target });
        OwnerOnly.Restrict(target);
        using var newKey = SigningKeys.LoadOrCreate(SigningKeys.Directory(after));
        var change = new AuthorityChange
        {
            Kind = AuthorityChange.New,
            Time = Now(),
            FromAuditDir = from,
            FromKeyId = recorded?.KeyId ?? "unrecorded",
            ToAuditDir = target,
            ToKeyId = SigningKeys.KeyId(newKey),
            Reason = reason.Trim(),
        };
        var record = new AuthorityRecord { ProjectId = recorded?.ProjectId ?? AuthorityRecords.NewProjectId(), KeyId = change.ToKeyId, ProjectRoot = project.Layout.Root, Created = change.Time, History = [.. recorded?.History ?? [], change] };
        var detail = $"authority replaced without approval: {from} (key {change.FromKeyId}) to {target} (key {change.ToKeyId}): {change.Reason}";
        return await CommitAsync(project, NewCommand, AuditActions.AuthorityNew, detail, target, record, [], [after], [], cancellationToken);
    }

    /// <summary>One commit (the records, pact.yaml's audit_dir, carried files), then the change in each ledger named.</summary>
    private async Task<CommandResult<AuthorityReport>> CommitAsync(Project project, string command, string action, string detail, string target, AuthorityRecord record, List<StagedWrite> writes, IReadOnlyList<JudgeLayout> ledgers, IReadOnlyList<string> carried, CancellationToken cancellationToken)
    {
        var config = (JsonObject)project.ConfigDocument.DeepClone();
        config["audit_dir"] = target;
        writes.Add(ProjectStore.Yaml(project.Layout.PactYaml, config));
        writes.AddRange(AuthorityRecords.Stage(project.Layout, target, record));
        if (await store.CommitLoggedAsync(project.Layout, action, detail, writes, cancellationToken) is not { } committed)
        {
            return CommandResults.Fail<AuthorityReport>(command, Outcome.Busy, store.Busy(project.Layout));
        }

        foreach (var judge in ledgers)
        {
            await ledger.AppendAsync(judge, new LedgerEntry { Action = action, Detail = detail, Log = committed.Logged }, cancellationToken);
        }

        return CommandResults.Ok(command, new AuthorityReport { AuditDir = target, KeyId = record.KeyId, ProjectId = record.ProjectId, Change = record.History[^1], Carried = carried });
    }

    /// <summary>The new audit directory: outside the project (and not around it), not the old one, holding no authority yet.</summary>
    private static Diagnostic? Target(ProjectLayout layout, string directory, string? old)
    {
        var target = Path.GetFullPath(directory);
        if (layout.Contains(target) || new ProjectLayout(target).Contains(layout.Root))
        {
            return new Diagnostic { Rule = "audit.inside_project", File = target, Message = "the audit directory must be outside the code repository (and not contain it)", Fix = "choose a directory beside the project, e.g. ../<project>-audit" };
        }

        if (target == old || File.Exists(AuthorityRecords.AuditRecord(target)))
        {
            return new Diagnostic { Rule = AuthorityRecords.ExistsRule, File = target, Message = $"{target} already holds an authority", Fix = "choose a new, empty directory" };
        }

        return Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()
            ? new Diagnostic { Rule = "authority.target_not_empty", File = target, Message = $"{target} is not empty; a new authority starts in an empty directory", Fix = "choose a new, empty directory" }
            : null;
    }

    private static CommandResult<AuthorityReport> Refused(string command, string rule, string message, string fix) =>
        CommandResults.Fail<AuthorityReport>(command, Outcome.Invalid, new Diagnostic { Rule = rule, Message = message, Fix = fix });

    private string Now() => store.Time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
