using Pact.Engine.Judge.Certification;

namespace Pact.Engine.Judge.Authority;

/// <summary>
/// The one place that decides who may run an audit-side operation, for the CLI and the MCP tools alike. Same-user mode:
/// the role the environment names (code is refused outright), then the authority itself, which is access: the audit
/// directory (in solo mode, the user's key store) exists and this user can write it. Separate-user mode adds what no
/// environment can fake: the implementer's OS user cannot write the judge's directory at all.
/// </summary>
public static class AuditAuthority
{
    public const string Rule = "authority.required";

    /// <summary>Null when <paramref name="role"/> may run <paramref name="operation"/> on the project of <paramref name="judge"/> (null: no project yet).</summary>
    public static Diagnostic? Check(AuditOperation operation, ActingRole role, JudgeLayout? judge)
    {
        if (role.Remote && operation.Side == AuditSide.AuditDirectory)
        {
            return new Diagnostic
            {
                Rule = Rule,
                Message = $"`pact {operation.Command}` works on the audit directory itself, and this is the implementer's side of separate-user mode ({role.Source}): that directory belongs to the judge's user",
                Fix = "ask the auditor to run it as the judge's user",
            };
        }

        if (operation.Side == AuditSide.Audit && role.Role == PactRole.Code)
        {
            return new Diagnostic
            {
                Rule = Rule,
                Message = $"`pact {operation.Command}` is audit-side: only the auditor (role solo or audit, as the user who can write the audit directory) may run it, and this environment says the code role ({role.Source})",
                Fix = role.Remote ? "ask the auditor to run it as the judge's user, or through the judge service with the audit token" : "ask the auditor to run it (the auditor's own shell or the pact-audit server); the implementer's role cannot change the law",
            };
        }

        return operation.Side == AuditSide.Audit && !operation.CreatesAuthority && judge is not null ? Access(judge, operation.Command) : null;
    }

    /// <summary>Null when this user holds the authority of <paramref name="judge"/>: its audit directory (solo: key store) exists or can be made, and can be written.</summary>
    public static Diagnostic? Access(JudgeLayout judge, string command)
    {
        if (judge.AuditDir is { } audit)
        {
            if (!Directory.Exists(audit))
            {
                return new Diagnostic { Rule = Rule, File = "pact.yaml", Message = $"`pact {command}` needs the audit authority, and the audit directory {audit} (pact.yaml audit_dir) does not exist", Fix = $"restore the audit directory; if it is lost for good, take a new authority with `pact authority new {judge.Project.Root} <dir> --reason \"…\"`" };
            }

            return Writable(audit) ? null : new Diagnostic { Rule = Rule, File = audit, Message = $"`pact {command}` needs the audit authority, and this user cannot write the audit directory {audit}", Fix = "run it as the auditor (the user who owns the audit directory)" };
        }

        // Solo mode: the key store is the authority; a first use may create it, so its nearest existing parent decides.
        var store = SigningKeys.SoloDirectory();
        var existing = store;
        while (!Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
        {
            existing = parent;
        }

        return Writable(existing) ? null : new Diagnostic { Rule = Rule, File = store, Message = $"`pact {command}` needs the authority, and in solo mode that is the key store {store}, which this user cannot write", Fix = "run it as the user whose key store it is, or give the project an audit directory with `pact audit-init`" };
    }

    /// <summary>The audit directory when it exists but this user may not enter it (the implementer's side of separate-user mode), else null.</summary>
    public static string? Sealed(string? audit)
    {
        if (audit is null || !Directory.Exists(audit))
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
            return audit;
        }
    }

    /// <summary>Whether a file can be created in <paramref name="directory"/>: tried, since modes, ACLs and read-only mounts all have a say.</summary>
    private static bool Writable(string directory)
    {
        var probe = Path.Combine(directory, $".authority-{Guid.NewGuid():N}");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write))
            {
            }

            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
