namespace Pact.Engine.Projects;

/// <summary>
/// After <c>pact audit-init</c>: tells the places outside pact.yaml about the audit directory, so the implementer
/// cannot make it forgotten by editing pact.yaml: the user's <see cref="AuditDirectoryRegistry"/> (read by the hook)
/// and the project's Claude Code sandbox (<c>filesystem.denyRead</c>). <see cref="Check"/> runs first, so a settings
/// file Pact cannot merge refuses the whole command before anything is made.
/// </summary>
public static class AuditDirectoryRecorder
{
    public static Diagnostic? Check(string projectDir)
    {
        var path = ClaudeSettings.PathIn(Path.GetFullPath(projectDir));
        return File.Exists(path) ? ClaudeSettings.Merge(File.ReadAllText(path), null).Problem : null;
    }

    /// <summary>Records <paramref name="auditDir"/>; a place that cannot be written is a warning (the audit directory itself is made by then).</summary>
    public static async Task<Diagnostic?> RecordAsync(string projectDir, string auditDir, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken)
    {
        var path = ClaudeSettings.PathIn(Path.GetFullPath(projectDir));
        try
        {
            await AuditDirectoryRegistry.AddAsync(environment, auditDir, cancellationToken);
            var (text, _) = ClaudeSettings.Merge(File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : null, auditDir);
            if (text is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await AtomicFile.WriteAsync(path, Encoding.UTF8.GetBytes(text), cancellationToken);
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Diagnostic
            {
                Rule = "audit.not_recorded",
                Severity = Severity.Warning,
                File = AuditDirectoryRegistry.FilePath(environment),
                Message = $"the audit directory was made, but it could not be recorded for the hook and the sandbox ({e.Message})",
                Fix = $"add {auditDir} as a line to {AuditDirectoryRegistry.FilePath(environment)} and to sandbox.filesystem.denyRead in {path}",
            };
        }
    }

    /// <summary>The process's values of the variables the registry's location depends on.</summary>
    public static IReadOnlyDictionary<string, string?> ProcessEnvironment() =>
        new[] { "PACT_HOME", "HOME" }.ToDictionary(v => v, Environment.GetEnvironmentVariable, StringComparer.Ordinal);
}
