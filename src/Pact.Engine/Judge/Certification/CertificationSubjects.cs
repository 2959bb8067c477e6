namespace Pact.Engine.Judge.Certification;

/// <summary>
/// The files a certificate covers, by name: pact.yaml, every contract, every visible view and master, every hidden
/// master (named <c>audit:…</c>), and every entry under src/. Nothing under src/ is skipped: a link, a cache or a build
/// folder is listed like any file, so certify (which refuses them) and --verify (which names them as added) see them.
/// Names resolve back to paths for --verify.
/// </summary>
public static class CertificationSubjects
{
    /// <summary>The subjects' names of the project as it is now, sorted; links included, folders not.</summary>
    public static IReadOnlyList<string> Names(JudgeLayout judge) => [.. Entries(judge).Where(e => !e.IsDirectory).Select(e => e.Name)];

    public static string Resolve(JudgeLayout judge, string name) =>
        name.StartsWith("audit:", StringComparison.Ordinal) && judge.AuditDir is { } audit
            ? Path.Combine(audit, name["audit:".Length..])
            : Path.Combine(judge.Project.Root, name);

    /// <summary>The tree a name lies in: the audit directory for <c>audit:…</c>, else the project.</summary>
    public static string RootOf(JudgeLayout judge, string name) =>
        name.StartsWith("audit:", StringComparison.Ordinal) && judge.AuditDir is { } audit ? audit : judge.Project.Root;

    /// <summary>The SHA-256 of a regular file of <paramref name="root"/>, read without following links; null for a missing file or a link.</summary>
    public static string? Sha256(string path, string root) => JudgedFile.Sha256(path, root);

    public static Dictionary<string, string> Digest(string sha256) => new(StringComparer.Ordinal) { ["sha256"] = sha256 };

    /// <summary>Every judged entry, sorted by name: the fixed files that exist, then the whole src/ tree (folders too, so a snapshot can recreate empty ones).</summary>
    public static IReadOnlyList<JudgedEntry> Entries(JudgeLayout judge)
    {
        var project = judge.Project;
        var files = new List<string> { project.PactYaml };
        if (Directory.Exists(project.ContractsDir))
        {
            files.AddRange(Directory.EnumerateDirectories(project.ContractsDir).Select(d => Path.Combine(d, "interface.json")));
        }

        foreach (var kind in new[] { SuiteKind.Visible, SuiteKind.Hidden })
        {
            foreach (var id in judge.Components(kind))
            {
                files.Add(judge.MasterJson(id, kind));
                files.Add(judge.LockJson(id, kind));
            }
        }

        foreach (var id in judge.Components(SuiteKind.Visible))
        {
            var views = judge.ViewDir(id);
            files.AddRange(Directory.Exists(views) ? Directory.EnumerateFiles(views) : []);
        }

        var entries = files.Select(f => new FileInfo(f)).Where(f => f.Exists || f.LinkTarget is not null)
            .Select(f => Entry(judge, f.FullName, f.LinkTarget is not null, isDirectory: false)).ToList();
        Walk(judge, new DirectoryInfo(project.SrcDir), entries);
        return [.. entries.DistinctBy(e => e.Name, StringComparer.Ordinal).OrderBy(e => e.Name, StringComparer.Ordinal)];
    }

    private static JudgedEntry Entry(JudgeLayout judge, string path, bool isLink, bool isDirectory)
    {
        var name = judge.Display(path);
        return new JudgedEntry(name, path, RootOf(judge, name), isLink, isDirectory);
    }

    private static void Walk(JudgeLayout judge, DirectoryInfo root, List<JudgedEntry> entries)
    {
        if (root.LinkTarget is not null)
        {
            entries.Add(Entry(judge, root.FullName, isLink: true, isDirectory: false));
            return;
        }

        if (!root.Exists)
        {
            return;
        }

        var pending = new Stack<DirectoryInfo>([root]);
        while (pending.TryPop(out var directory))
        {
            foreach (var entry in directory.EnumerateFileSystemInfos())
            {
                var isLink = entry.LinkTarget is not null;
                var isDirectory = !isLink && entry is DirectoryInfo;
                entries.Add(Entry(judge, entry.FullName, isLink, isDirectory));
                if (isDirectory)
                {
                    pending.Push((DirectoryInfo)entry);
                }
            }
        }
    }
}
