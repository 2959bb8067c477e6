namespace Pact.Engine.Judge;

/// <summary>
/// The judge service's two bearer tokens, kept in <c>&lt;audit_dir&gt;/service/</c> (0700, files 0600): the audit
/// token (every audit-side tool; the auditor keeps it) and the code token (only test, polish, certify and status;
/// the operator hands it to the implementer). Made by <c>pact audit-init --owner</c>; read by the service at start.
/// </summary>
public static class ServiceTokens
{
    public const string DirectoryName = "service";
    public const string AuditFile = "audit.token";
    public const string CodeFile = "code.token";

    public static string Directory(string auditDir) => Path.Combine(auditDir, DirectoryName);

    /// <summary>Creates both tokens unless they exist (a second audit-init keeps the tokens already handed out).</summary>
    public static void Ensure(string auditDir)
    {
        var directory = Directory(auditDir);
        OwnerOnly.CreateDirectory(directory);
        foreach (var name in new[] { AuditFile, CodeFile })
        {
            var path = Path.Combine(directory, name);
            if (File.Exists(path))
            {
                continue;
            }

            using var file = new FileStream(path, OwnerOnly.NewFile());
            file.Write(Encoding.ASCII.GetBytes(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)) + "\n"));
        }
    }

    /// <summary>Both tokens, or null when audit-init made none (the service then refuses to start).</summary>
    public static (string Audit, string Code)? Read(string auditDir)
    {
        var audit = Path.Combine(Directory(auditDir), AuditFile);
        var code = Path.Combine(Directory(auditDir), CodeFile);
        if (!File.Exists(audit) || !File.Exists(code))
        {
            return null;
        }

        var (a, c) = (File.ReadAllText(audit).Trim(), File.ReadAllText(code).Trim());
        return a.Length >= 32 && c.Length >= 32 && a != c ? (a, c) : null;
    }
}
