namespace Pact.Engine.Projects;

/// <summary>
/// The audit directories this OS user has made, one full path a line in <c>audit-dirs</c> in the user's Pact config
/// (<c>$PACT_HOME</c>, else <c>~/.config/pact</c>: the place the trust store and the solo key use). It lives outside
/// every project, so an implementer who edits <c>audit_dir</c> out of pact.yaml still cannot make the hook forget one.
/// <c>pact audit-init</c> adds to it; the hook reads it.
/// </summary>
public static class AuditDirectoryRegistry
{
    public const string FileName = "audit-dirs";

    public static string ConfigDirectory(IReadOnlyDictionary<string, string?> environment) => Storage.PactHome.Directory(environment);

    public static string FilePath(IReadOnlyDictionary<string, string?> environment) => Path.Combine(ConfigDirectory(environment), FileName);

    /// <summary>The recorded directories (full paths; blank lines and '#' comments skipped). None when the file does not exist.</summary>
    public static IReadOnlyList<string> Read(IReadOnlyDictionary<string, string?> environment)
    {
        var file = FilePath(environment);
        return File.Exists(file)
            ? File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#') && Path.IsPathFullyQualified(l)).Distinct(StringComparer.Ordinal).ToList()
            : [];
    }

    /// <summary>Records <paramref name="auditDir"/>; entries whose directory is gone are dropped, so the list stays short.</summary>
    public static async Task AddAsync(IReadOnlyDictionary<string, string?> environment, string auditDir, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(auditDir);
        var kept = Read(environment).Where(Directory.Exists).Where(d => d != full).Append(full);
        Directory.CreateDirectory(ConfigDirectory(environment));
        await AtomicFile.WriteAsync(FilePath(environment), Encoding.UTF8.GetBytes(string.Join('\n', kept) + "\n"), cancellationToken);
    }
}
