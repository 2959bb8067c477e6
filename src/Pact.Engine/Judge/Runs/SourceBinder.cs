using Microsoft.Win32.SafeHandles;

namespace Pact.Engine.Judge.Runs;

/// <summary>
/// Puts the components' src/ into a sandbox: bound read-only for a confined run (nothing is copied, however much data
/// sits beside the code), else copied, only what the runner imports. Either way a link, or anything that is not a
/// folder or a regular file, refuses the run (never followed, never shown: a FIFO or socket would be a way out of the
/// sandbox), and what <see cref="SourcePolicy"/> says is not source is left out (or, with strict, refuses the run).
/// <list type="bullet">
/// <item>A folder holding no file that is not source is bound whole by its descriptor (<see cref="NativeFiles"/>: the
/// folder checked, not whatever its name points at later); a folder in it that is not source (<c>__pycache__</c>,
/// <c>node_modules</c>) is covered by an empty read-only tmpfs.</item>
/// <item>A folder holding such a file (a <c>.pyc</c>, a <c>conftest.py</c>) is not bound: an empty tmpfs takes its
/// place, each of its source files and folders is bound into it by descriptor, and it is made read-only, so the
/// refused file is simply not there, as it was not in a copy.</item>
/// </list>
/// </summary>
public static class SourceBinder
{
    /// <summary>
    /// Places src/&lt;component&gt; of <paramref name="root"/> for each of <paramref name="components"/>. With
    /// <paramref name="bind"/> the result holds mounts for bubblewrap; without it, the files are copied into the
    /// sandbox, and with <paramref name="importsOnly"/> only those <paramref name="imports"/> accepts (the rest named).
    /// </summary>
    public static PlacedSources Place(string root, IReadOnlyList<string> components, Sandbox sandbox, bool bind, bool strict, Func<string, bool> imports, bool importsOnly = false)
    {
        if (!bind || !OperatingSystem.IsLinux())
        {
            return Copy(root, components, sandbox, strict, importsOnly ? imports : null);
        }

        var mounts = new List<SourceMount>();
        var leftOut = new List<string>();
        foreach (var component in components)
        {
            var path = Path.Combine(root, "src", component);
            var display = $"src/{component}";
            var info = new DirectoryInfo(path);
            if (info.LinkTarget is not null)
            {
                return Refuse(mounts, $"{display} is a symbolic link; the judge shows only real files and directories");
            }

            if (!info.Exists)
            {
                continue;
            }

            var handle = NativeFiles.OpenDirectory(path, root);
            if (handle is null)
            {
                return Refuse(mounts, $"{display} is a symbolic link or is reached through one; the judge never follows links out of the source tree, so the run is refused");
            }

            if (Visit(handle, display, covered: false, strict, mounts, leftOut) is { } refusal)
            {
                return Refuse(mounts, refusal);
            }
        }

        leftOut.Sort(StringComparer.Ordinal);
        return new PlacedSources { Mounts = mounts, LeftOut = leftOut };
    }

    /// <summary>
    /// One folder, opened as <paramref name="directory"/> and shown at <paramref name="shown"/>; <paramref name="covered"/>
    /// when a bind of a folder above already shows it. Takes ownership of the handle.
    /// </summary>
    private static string? Visit(SafeFileHandle directory, string shown, bool covered, bool strict, List<SourceMount> mounts, List<string> leftOut)
    {
        var kept = false;
        try
        {
            // Listed through the descriptor: the folder that was opened, whatever its path names by now.
            var entries = new DirectoryInfo(NativeFiles.Through(directory)).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            var refusedFiles = new List<FileSystemInfo>();
            var refusedFolders = new List<FileSystemInfo>();
            var sources = new List<FileSystemInfo>();
            foreach (var entry in entries)
            {
                var name = $"{shown}/{entry.Name}";
                if (entry.LinkTarget is not null)
                {
                    return $"{name} is a symbolic link (to {entry.LinkTarget}); the judge never follows links out of the source tree, so the run is refused";
                }

                var isDirectory = entry.Attributes.HasFlag(FileAttributes.Directory);
                if ((isDirectory ? SourcePolicy.FolderReason(entry.Name) : SourcePolicy.FileReason(entry.Name)) is { } reason)
                {
                    if (strict)
                    {
                        return $"{name} is not source ({reason}); certify tests and signs only source, so the run is refused";
                    }

                    leftOut.Add(name);
                    (isDirectory ? refusedFolders : refusedFiles).Add(entry);
                }
                else
                {
                    sources.Add(entry);
                }
            }

            if (refusedFiles.Count == 0)
            {
                if (!covered)
                {
                    mounts.Add(new SourceMount(SourceMountKind.BindDescriptor, shown, directory));
                    kept = true;
                }

                mounts.AddRange(refusedFolders.Select(f => new SourceMount(SourceMountKind.Hide, $"{shown}/{f.Name}")));
                foreach (var entry in sources)
                {
                    if (entry.Attributes.HasFlag(FileAttributes.Directory))
                    {
                        if (NativeFiles.OpenDirectoryAt(directory, entry.Name) is not { } child)
                        {
                            return Swapped($"{shown}/{entry.Name}");
                        }

                        if (Visit(child, $"{shown}/{entry.Name}", covered: true, strict, mounts, leftOut) is { } refusal)
                        {
                            return refusal;
                        }
                    }
                    else if (NativeFiles.OpenFileAt(directory, entry.Name) is not { } file)
                    {
                        return NotAFile($"{shown}/{entry.Name}");
                    }
                    else
                    {
                        // Only checked: the bind of this folder shows it.
                        file.Dispose();
                    }
                }

                return null;
            }

            // A refused file must not be there at all: an empty place, the source bound into it one by one.
            mounts.Add(new SourceMount(SourceMountKind.Empty, shown));
            foreach (var entry in sources)
            {
                var name = $"{shown}/{entry.Name}";
                if (entry.Attributes.HasFlag(FileAttributes.Directory))
                {
                    var child = NativeFiles.OpenDirectoryAt(directory, entry.Name);
                    if (child is null)
                    {
                        return Swapped(name);
                    }

                    if (Visit(child, name, covered: false, strict, mounts, leftOut) is { } refusal)
                    {
                        return refusal;
                    }
                }
                else if (NativeFiles.OpenFileAt(directory, entry.Name) is { } file)
                {
                    mounts.Add(new SourceMount(SourceMountKind.BindDescriptor, name, file));
                }
                else
                {
                    return NotAFile(name);
                }
            }

            mounts.Add(new SourceMount(SourceMountKind.Seal, shown));
            return null;
        }
        finally
        {
            if (!kept)
            {
                directory.Dispose();
            }
        }
    }

    private static string Swapped(string name) => $"{name} changed while the judge read it (a link or not a folder any more); the run is refused";

    private static string NotAFile(string name) => $"{name} is not a regular file (a link, FIFO, socket or device); the judge shows only real files and directories, so the run is refused";

    private static PlacedSources Refuse(List<SourceMount> mounts, string refusal)
    {
        foreach (var mount in mounts)
        {
            mount.Handle?.Dispose();
        }

        return PlacedSources.Refused(refusal);
    }

    private static PlacedSources Copy(string root, IReadOnlyList<string> components, Sandbox sandbox, bool strict, Func<string, bool>? imports)
    {
        var leftOut = new List<string>();
        var notImported = new List<string>();
        foreach (var component in components)
        {
            var (refusal, left, skipped) = SourceCopier.Copy(Path.Combine(root, "src", component), sandbox.Src(component), $"src/{component}", refuseNotSource: strict, imports);
            if (refusal is not null)
            {
                return PlacedSources.Refused(refusal);
            }

            leftOut.AddRange(left);
            notImported.AddRange(skipped);
        }

        return new PlacedSources { LeftOut = leftOut, NotImported = notImported };
    }
}
