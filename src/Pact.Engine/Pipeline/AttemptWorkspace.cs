namespace Pact.Engine.Pipeline;

/// <summary>
/// The separate work directory of one competing attempt: a copy of the project without <c>.pact/</c> and <c>.git/</c>
/// (and without following any symbolic link), in which the agent writes <c>src/CID/</c>. Only that directory is taken
/// from it afterwards, so an attempt that edits a test or another component changes nothing the judge reads.
/// </summary>
internal static class AttemptWorkspace
{
    private static readonly string[] Skipped = [".pact", ".git"];

    public static void Create(string root, string workspace)
    {
        Directory.CreateDirectory(workspace);
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos())
        {
            if (!Skipped.Contains(entry.Name, StringComparer.Ordinal))
            {
                CopyEntry(entry, Path.Combine(workspace, entry.Name));
            }
        }
    }

    /// <summary>Moves the attempt's <c>src/CID/</c> to <paramref name="kept"/> (empty when it wrote none) and deletes the rest of the workspace.</summary>
    public static void Keep(string workspace, string componentId, string kept)
    {
        var written = Path.Combine(workspace, "src", componentId);
        Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
        if (Directory.Exists(written) && !new DirectoryInfo(written).Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            Directory.Move(written, kept);
        }
        else
        {
            Directory.CreateDirectory(kept);
        }

        Directory.Delete(workspace, recursive: true);
    }

    /// <summary>Replaces <paramref name="target"/> with a copy of <paramref name="source"/> (a kept attempt placed in the project).</summary>
    public static void Place(string source, string target)
    {
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        CopyEntry(new DirectoryInfo(source), target);
    }

    /// <summary>The text of every file under <paramref name="directory"/>, by relative path (none when it does not exist).</summary>
    public static IReadOnlyDictionary<string, string> Files(string directory)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(directory))
        {
            return files;
        }

        foreach (var file in new DirectoryInfo(directory).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
        {
            files[Path.GetRelativePath(directory, file.FullName)] = File.ReadAllText(file.FullName);
        }

        return files;
    }

    private static void CopyEntry(FileSystemInfo entry, string target)
    {
        if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            return;
        }

        if (entry is FileInfo file)
        {
            file.CopyTo(target, overwrite: true);
            return;
        }

        Directory.CreateDirectory(target);
        foreach (var child in ((DirectoryInfo)entry).EnumerateFileSystemInfos())
        {
            CopyEntry(child, Path.Combine(target, child.Name));
        }
    }
}
