using Pact.Hashing;
using Pact.Judge;

namespace Pact.Engine.Judge;

/// <summary>
/// The files a certificate covers, by name: every contract, every visible view and master, every hidden master
/// (named <c>audit:…</c>), and every implementation file. Names resolve back to paths for --verify.
/// </summary>
public static class CertificationSubjects
{
    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.Ordinal) { "__pycache__", "node_modules", ".pytest_cache", "bin", "obj" };

    public static IReadOnlyList<InTotoSubject> Collect(JudgeLayout judge) =>
        [.. Paths(judge).Select(p => new InTotoSubject { Name = judge.Display(p), Digest = Digest(p) })];

    public static IReadOnlyList<string> Names(JudgeLayout judge) => [.. Paths(judge).Select(judge.Display)];

    public static string Resolve(JudgeLayout judge, string name) =>
        name.StartsWith("audit:", StringComparison.Ordinal) && judge.AuditDir is { } audit
            ? Path.Combine(audit, name["audit:".Length..])
            : Path.Combine(judge.Project.Root, name);

    public static Dictionary<string, string> Digest(string path) => new(StringComparer.Ordinal) { ["sha256"] = ContentHash.OfBytes(File.ReadAllBytes(path)) };

    private static IEnumerable<string> Paths(JudgeLayout judge)
    {
        var project = judge.Project;
        var files = new List<string>();
        if (Directory.Exists(project.ContractsDir))
        {
            files.AddRange(Directory.EnumerateDirectories(project.ContractsDir).Select(d => Path.Combine(d, "interface.json")).Where(File.Exists));
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

        files.AddRange(RegularFiles(project.SrcDir));
        return files.Where(File.Exists).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
    }

    private static IEnumerable<string> RegularFiles(string root)
    {
        if (!Directory.Exists(root))
        {
            yield break;
        }

        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is not null)
            {
                continue;
            }

            if (entry is DirectoryInfo directory && !SkippedDirectories.Contains(directory.Name))
            {
                foreach (var file in RegularFiles(directory.FullName))
                {
                    yield return file;
                }
            }
            else if (entry is FileInfo file)
            {
                yield return file.FullName;
            }
        }
    }
}
