namespace Pact.Engine.Storage;

/// <summary>
/// The no-follow rule for every artifact Pact reads or writes: the path must lie inside its root (the project, or the
/// audit directory), and nothing between the root and the file may be a symbolic link. A link is how an implementer
/// would point a read at a hidden master (tests/&lt;cid&gt; → audit/masters/&lt;cid&gt;) or a write out of the project
/// (.pact → elsewhere); with no link below the root, the real path is inside the root's real path too. The root
/// itself may be reached through links: those are the operator's, not the project's.
/// </summary>
public static class SafePath
{
    /// <summary>Null when <paramref name="path"/> is safe under <paramref name="root"/>; else why not, naming the path as <paramref name="display"/> shows it.</summary>
    public static Diagnostic? Check(string root, string path, Func<string, string>? display = null)
    {
        var top = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var full = Path.GetFullPath(path, top);
        display ??= p => Path.GetRelativePath(top, p).Replace('\\', '/');
        if (full != top && !full.StartsWith(top + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return new Diagnostic
            {
                Rule = "path.outside",
                File = full,
                Message = $"'{full}' lies outside {top}; Pact reads and writes artifacts only inside it",
                Fix = "keep every artifact inside the project (or the audit directory)",
            };
        }

        var current = top;
        foreach (var part in Path.GetRelativePath(top, full).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            current = Path.Combine(current, part);
            // lstat: LinkTarget is set for a link even when it dangles, and nothing is followed to find out.
            var entry = new FileInfo(current);
            if (entry.LinkTarget is not null)
            {
                return new Diagnostic
                {
                    Rule = "path.symlink",
                    File = display(current),
                    Message = $"'{display(current)}' is a symbolic link; Pact does not follow links inside a project (one could lead a read to a hidden suite or a write out of the project)",
                    Fix = $"replace the link with the real {(Directory.Exists(current) ? "directory" : "file")}, or remove it",
                };
            }

            if (!entry.Exists && !Directory.Exists(current))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>Throws <see cref="UnsafePathException"/> when <see cref="Check"/> finds a problem.</summary>
    public static void Ensure(string root, string path, Func<string, string>? display = null)
    {
        if (Check(root, path, display) is { } problem)
        {
            throw new UnsafePathException(problem);
        }
    }
}
