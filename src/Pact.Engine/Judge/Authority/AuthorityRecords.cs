using Pact.Engine.Judge.Certification;

namespace Pact.Engine.Judge.Authority;

/// <summary>
/// The two records that make the audit directory the project's authority: <c>&lt;audit_dir&gt;/authority.json</c> (the
/// project's id and root, the key id) and <c>.pact/authority.json</c> (the audit directory, key id and project id). pact.yaml's
/// <c>audit_dir</c> is the implementer's to edit; these say which directory it must name, so a re-pointed one is seen.
/// </summary>
public static class AuthorityRecords
{
    public const string FileName = "authority.json";
    public const string RepointedRule = "authority.repointed";
    public const string ExistsRule = "authority.exists";
    public const string ReplacedRule = "authority.replaced";

    public static string AuditRecord(string auditDir) => Path.Combine(auditDir, FileName);

    /// <summary>A new project id: random, so no two projects share one, and no project can guess another's.</summary>
    public static string NewProjectId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>The project's record, or null when it has none (solo mode, or an authority that predates the records).</summary>
    public static ProjectAuthority? ReadProject(ProjectLayout layout) => Read(layout.AuthorityJson, PactJson.Context.ProjectAuthority);

    public static AuthorityRecord? ReadAudit(string auditDir) => Read(AuditRecord(auditDir), PactJson.Context.AuthorityRecord);

    /// <summary>Both records, staged for one commit with pact.yaml: the audit directory's (owner-only, inside it) and the project's.</summary>
    public static IReadOnlyList<StagedWrite> Stage(ProjectLayout layout, string auditDir, AuthorityRecord record) =>
    [
        ProjectStore.Json(AuditRecord(auditDir), record, PactJson.Context.AuthorityRecord) with { Within = auditDir, OwnerOnly = true },
        ProjectStore.Json(layout.AuthorityJson, new ProjectAuthority { AuditDir = auditDir, KeyId = record.KeyId, ProjectId = record.ProjectId, History = record.History }, PactJson.Context.ProjectAuthority),
    ];

    /// <summary>
    /// Whether pact.yaml's <c>audit_dir</c> still names the recorded authority: the same directory, holding a record of
    /// the same project id and key id, the key itself, and a history whose moves the old keys approved. On the
    /// implementer's side of separate-user mode the directory cannot be read: the judge service checks instead.
    /// </summary>
    public static AuthorityState Check(JudgeLayout judge)
    {
        var layout = judge.Project;
        ProjectAuthority? recorded;
        try
        {
            recorded = ReadProject(layout);
        }
        catch (JsonException)
        {
            return Repointed(judge, $"the project's authority record {layout.Relative(layout.AuthorityJson)} is not valid JSON", recordedDir: null);
        }

        if (judge.AuditDir is not { } audit)
        {
            return recorded is null ? new AuthorityState(null, []) : Repointed(judge, $"pact.yaml names no audit_dir, but the project's authority is {recorded.AuditDir} (key {recorded.KeyId})", recorded.AuditDir);
        }

        if (recorded is null)
        {
            return Repointed(judge, $"pact.yaml's audit_dir names {audit}, but the project has no authority record ({layout.Relative(layout.AuthorityJson)}): nothing says that directory is its authority", recordedDir: null);
        }

        if (recorded.AuditDir != audit)
        {
            return Repointed(judge, $"pact.yaml's audit_dir names {audit}, but the project's authority is {recorded.AuditDir}", recorded.AuditDir);
        }

        if (AuditAuthority.Sealed(audit) is not null)
        {
            return new AuthorityState(null, []);
        }

        AuthorityRecord? record;
        try
        {
            record = Directory.Exists(audit) ? ReadAudit(audit) : null;
        }
        catch (JsonException)
        {
            return Repointed(judge, $"the audit directory's authority record {AuditRecord(audit)} is not valid JSON", audit);
        }

        if (record is null)
        {
            return Repointed(judge, $"the audit directory {audit} holds no authority record (an empty or fresh directory is not the project's authority)", audit);
        }

        if (record.ProjectId != recorded.ProjectId || record.KeyId != recorded.KeyId)
        {
            return Repointed(judge, $"the audit directory {audit} is the authority of project {record.ProjectId} with key {record.KeyId}; this project recorded project {recorded.ProjectId} with key {recorded.KeyId}", audit);
        }

        using var key = SigningKeys.TrustedPublicKey(SigningKeys.Directory(judge));
        if (key is null || SigningKeys.KeyId(key) != record.KeyId)
        {
            return Repointed(judge, $"the signing key in {audit} is not the authority's key {record.KeyId}", audit);
        }

        return record.History.Select((change, i) => (change, i)).FirstOrDefault(c => !Approved(c.change)) is ({ } unapproved, var index)
            ? Repointed(judge, $"the authority history's entry {index + 1} (a move on {unapproved.Time}) carries no valid approval by the old key {unapproved.FromKeyId}", audit)
            : new AuthorityState(null, record.History);
    }

    /// <summary>A change as status, validate and a certificate's verify show it.</summary>
    public static string Describe(AuthorityChange change) => change.Kind == AuthorityChange.Move
        ? $"authority moved on {change.Time} from {change.FromAuditDir} (key {Short(change.FromKeyId)}) to {change.ToAuditDir} (key {Short(change.ToKeyId)}), approved by the old key"
        : $"authority replaced without approval on {change.Time} (from {change.FromAuditDir}, key {Short(change.FromKeyId)}, to {change.ToAuditDir}, key {Short(change.ToKeyId)}): {change.Reason}";

    /// <summary>The warnings status shows for every authority taken without approval: they stay for good.</summary>
    public static IEnumerable<Diagnostic> Replaced(AuthorityState state) =>
        state.History.Where(c => c.Kind == AuthorityChange.New).Select(c => new Diagnostic
        {
            Rule = ReplacedRule,
            Severity = Severity.Warning,
            File = FileName,
            Message = Describe(c),
            Fix = "nothing to do if this was intended; every certificate since carries it, and a verifier decides whether to trust the new key",
        });

    /// <summary>The payload a move's approval signs: the change without its approval.</summary>
    public static byte[] ApprovalPayload(AuthorityChange change) =>
        JsonSerializer.SerializeToUtf8Bytes(change with { Approval = null }, PactJson.Compact.AuthorityChange);

    /// <summary>A "new" needs no approval (that is what it says); a move needs the old key's signature over exactly this change.</summary>
    private static bool Approved(AuthorityChange change)
    {
        if (change.Kind == AuthorityChange.New)
        {
            return true;
        }

        if (change.Approval is not { } approval || change.FromPublicKey is not { } pem || Dsse.TryDecode(approval.Payload) is not { } payload)
        {
            return false;
        }

        using var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (ArgumentException)
        {
            return false;
        }

        return SigningKeys.KeyId(key) == change.FromKeyId && payload.AsSpan().SequenceEqual(ApprovalPayload(change)) && Dsse.Verify(approval, payload, key);
    }

    private static AuthorityState Repointed(JudgeLayout judge, string what, string? recordedDir) => new(new Diagnostic
    {
        Rule = RepointedRule,
        File = "pact.yaml",
        Message = $"{what}; nothing is judged or signed under an authority the project did not record",
        Fix = recordedDir is not null && Directory.Exists(recordedDir)
            ? $"set audit_dir back to {recordedDir}; to change the authority, `pact authority move {judge.Project.Root} <new dir>` (the old authority approves)"
            : $"restore the recorded audit directory, or, if it is lost, `pact authority new {judge.Project.Root} <new dir> --reason \"…\"` (logged, and shown by status and every later certificate)",
    }, []);

    private static string Short(string keyId) => keyId.Length > 16 ? keyId[..16] : keyId;

    private static T? Read<T>(string path, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class =>
        File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllText(path), type) : null;
}
