namespace Pact.Engine.Judge.Runs;

/// <summary>
/// Copies an implementation into a sandbox: regular files only. A symbolic link anywhere in the source is refused
/// (never followed: it could point at the audit directory or the masters). What <see cref="SourcePolicy"/> says is not
/// source (runner configuration, caches, build output) is left out and named, or, for certify, refuses the run:
/// nothing is skipped without a word. A confined run does not copy: it binds (<see cref="SourceBinder"/>); this is
/// for runs without isolation, which get only what <c>imports</c> accepts (the code, not the data beside it).
/// </summary>
public static class SourceCopier
{
    /// <summary>
    /// Copies <paramref name="source"/> to <paramref name="target"/>. Returns the refusal (a link; with
    /// <paramref name="refuseNotSource"/>, anything that is not source) or null, what was left out as not source, and
    /// the files <paramref name="imports"/> (when given) did not accept, not copied.
    /// </summary>
    public static (string? Refusal, IReadOnlyList<string> LeftOut, IReadOnlyList<string> NotImported) Copy(string source, string target, string display, bool refuseNotSource = false, Func<string, bool>? imports = null)
    {
        var leftOut = new List<string>();
        var notImported = new List<string>();
        Directory.CreateDirectory(target);
        var root = new DirectoryInfo(source);
        if (root.LinkTarget is not null)
        {
            return ($"{display} is a symbolic link; the judge copies only real files and directories", leftOut, notImported);
        }

        if (!root.Exists)
        {
            return (null, leftOut, notImported);
        }

        var pending = new Stack<(DirectoryInfo From, string To, string Shown)>();
        pending.Push((root, target, display));
        while (pending.Count > 0)
        {
            var (from, to, shown) = pending.Pop();
            foreach (var entry in from.EnumerateFileSystemInfos())
            {
                var name = $"{shown}/{entry.Name}";
                if (entry.LinkTarget is not null)
                {
                    return ($"{name} is a symbolic link (to {entry.LinkTarget}); the judge never follows links out of the source tree, so the run is refused", leftOut, notImported);
                }

                var isDirectory = entry is DirectoryInfo;
                if ((isDirectory ? SourcePolicy.FolderReason(entry.Name) : SourcePolicy.FileReason(entry.Name)) is { } reason)
                {
                    if (refuseNotSource)
                    {
                        return ($"{name} is not source ({reason}); certify tests and signs only source, so the run is refused", leftOut, notImported);
                    }

                    leftOut.Add(name);
                }
                else if (entry is DirectoryInfo directory)
                {
                    // Made when a file lands in it, so a folder of data alone is not made at all.
                    var next = Path.Combine(to, directory.Name);
                    if (imports is null)
                    {
                        Directory.CreateDirectory(next);
                    }

                    pending.Push((directory, next, name));
                }
                else if (entry is FileInfo && imports is not null && !imports(entry.Name))
                {
                    notImported.Add(name);
                }
                else if (entry is FileInfo file)
                {
                    Directory.CreateDirectory(to);
                    file.CopyTo(Path.Combine(to, file.Name));
                }
            }
        }

        leftOut.Sort(StringComparer.Ordinal);
        notImported.Sort(StringComparer.Ordinal);
        return (null, leftOut, notImported);
    }
}
