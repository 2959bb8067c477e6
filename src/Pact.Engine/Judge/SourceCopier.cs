namespace Pact.Engine.Judge;

/// <summary>
/// Copies an implementation into a sandbox: regular files only. A symbolic link anywhere in the source is refused
/// (never followed: it could point at the audit directory or the masters), and runner configuration files are left
/// out so an implementation cannot change what the locked tests do.
/// </summary>
public static class SourceCopier
{
    /// <summary>Files an implementation may not bring along: they configure runners, not code.</summary>
    public static readonly IReadOnlySet<string> RunnerConfigFiles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "conftest.py", "pytest.ini", "pyproject.toml", "setup.cfg", "tox.ini", "sitecustomize.py", "usercustomize.py",
        "package.json", "package-lock.json", ".npmrc", "tsconfig.json", ".mocharc.json", "jest.config.js", "vitest.config.ts",
        ".runsettings", "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", "nuget.config",
    };

    private static readonly IReadOnlySet<string> SkippedDirectories = new HashSet<string>(StringComparer.Ordinal)
    {
        "__pycache__", "node_modules", ".pytest_cache", "bin", "obj", ".git",
    };

    /// <summary>Copies <paramref name="source"/> to <paramref name="target"/>. Returns the refusal (a symlink) or null, and the files left out.</summary>
    public static (string? Refusal, IReadOnlyList<string> Skipped) Copy(string source, string target, string display)
    {
        var skipped = new List<string>();
        Directory.CreateDirectory(target);
        if (!Directory.Exists(source))
        {
            return (null, skipped);
        }

        var root = new DirectoryInfo(source);
        if (root.LinkTarget is not null)
        {
            return ($"{display} is a symbolic link; the judge copies only real files and directories", skipped);
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
                    return ($"{name} is a symbolic link (to {entry.LinkTarget}); the judge never follows links out of the source tree, so the run is refused", skipped);
                }

                if (entry is DirectoryInfo directory)
                {
                    if (SkippedDirectories.Contains(directory.Name) || directory.Name.EndsWith(".egg-info", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var next = Path.Combine(to, directory.Name);
                    Directory.CreateDirectory(next);
                    pending.Push((directory, next, name));
                }
                else if (RunnerConfigFiles.Contains(entry.Name) || entry.Name.EndsWith(".pth", StringComparison.Ordinal))
                {
                    skipped.Add(name);
                }
                else if (entry is FileInfo { Attributes: var attributes } file && (attributes & (FileAttributes.Device | FileAttributes.ReparsePoint)) == 0)
                {
                    file.CopyTo(Path.Combine(to, file.Name));
                }
            }
        }

        return (null, skipped);
    }
}
