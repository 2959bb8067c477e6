namespace Pact.Engine.Production;

/// <summary>
/// The project's files as the production pack sees them: relative '/' paths, sorted ordinally, never inside a
/// directory that holds run state or build output (.pact, .git and every other dot-directory, node_modules,
/// __pycache__, bin, obj), and never through a symbolic link (a link is listed by itself, not followed).
/// </summary>
internal static class ProjectTree
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "node_modules", "__pycache__", "bin", "obj" };

    /// <summary>Files under <paramref name="directory"/> (absolute), excluding <paramref name="excluded"/> (absolute directories).</summary>
    public static IEnumerable<string> Files(string directory, IReadOnlyCollection<string> excluded)
    {
        if (!Directory.Exists(directory) || new DirectoryInfo(directory).LinkTarget is not null)
        {
            yield break;
        }

        var pending = new Stack<string>([directory]);
        var found = new List<string>();
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var entry in new DirectoryInfo(current).EnumerateFileSystemInfos())
            {
                if (entry is DirectoryInfo dir)
                {
                    if (dir.LinkTarget is null && !dir.Name.StartsWith('.') && !Skipped.Contains(dir.Name) && !excluded.Contains(dir.FullName))
                    {
                        pending.Push(dir.FullName);
                    }
                }
                else
                {
                    found.Add(entry.FullName);
                }
            }
        }

        foreach (var file in found.Order(StringComparer.Ordinal))
        {
            yield return file;
        }
    }

    /// <summary>The file's bytes, or a link's target text for a symbolic link (whose target may lie outside the project).</summary>
    public static byte[] Content(string path) =>
        new FileInfo(path).LinkTarget is { } target ? Encoding.UTF8.GetBytes("link:" + target) : File.ReadAllBytes(path);
}
