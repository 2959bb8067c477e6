namespace Pact.Engine.Judge;

/// <summary>
/// Where the judge keeps what the implementer must not control: locked master suites, their locks, hidden suites and
/// the signing key. With an audit directory (pact.yaml <c>audit_dir</c>, made by <c>pact audit-init</c>) all of it
/// lives there, outside the code repository; before that, visible masters live under .pact/judge/.
/// </summary>
public sealed class JudgeLayout
{
    public JudgeLayout(ProjectLayout project, PactConfig config)
        : this(project, config.AuditDir is { Length: > 0 } dir ? Path.GetFullPath(dir, project.Root) : null)
    {
    }

    /// <summary>A layout with the audit directory given outright: a certify snapshot keeps its copy of the audit files elsewhere.</summary>
    public JudgeLayout(ProjectLayout project, string? auditDir)
    {
        Project = project;
        AuditDir = auditDir;
    }

    public ProjectLayout Project { get; }

    public string? AuditDir { get; }

    /// <summary>The directory masters must stay inside, without links: the audit directory, or the project before there is one.</summary>
    public string MastersHome => AuditDir ?? Project.Root;

    public string MastersRoot => AuditDir is null ? Path.Combine(Project.PactDir, "judge") : Path.Combine(AuditDir, "masters");

    public string MasterJson(string componentId, SuiteKind kind) => Path.Combine(MastersRoot, componentId, $"{Name(kind)}.json");

    public string LockJson(string componentId, SuiteKind kind) => Path.Combine(MastersRoot, componentId, $"{Name(kind)}.lock.json");

    public string ViewDir(string componentId) => Path.Combine(Project.TestsDir, componentId);

    /// <summary>How a master or audit file is named in messages, certificates and audit events: never its content.</summary>
    public string Display(string path) =>
        AuditDir is not null && path.StartsWith(AuditDir + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? "audit:" + Path.GetRelativePath(AuditDir, path).Replace('\\', '/')
            : Project.Relative(path);

    /// <summary>Components with a master of <paramref name="kind"/>, sorted. A directory whose name is no component id is not one.</summary>
    public IReadOnlyList<string> Components(SuiteKind kind) =>
        Directory.Exists(MastersRoot)
            ? [.. Directory.EnumerateDirectories(MastersRoot).Select(Path.GetFileName).OfType<string>()
                .Where(c => ComponentIds.IsValid(c) && File.Exists(MasterJson(c, kind))).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>As <see cref="Components"/>; null (unknown) when this user cannot read the masters (separate-user mode).</summary>
    public IReadOnlyList<string>? ComponentsIfReadable(SuiteKind kind)
    {
        try
        {
            return Components(kind);
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Name(SuiteKind kind) => kind == SuiteKind.Visible ? "visible" : "hidden";
}
