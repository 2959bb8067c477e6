namespace Pact.Engine.Assessment;

/// <summary>
/// Which files are Python modules and which are tests, by the Python Pact's rules (reference G): every <c>*.py</c>
/// under the root in path order, none inside a skipped folder, no <c>__init__.py</c> under 50 bytes (structure, not a
/// module); test files are <c>test_*.py</c> and <c>*_test.py</c> anywhere under the root's parent.
/// </summary>
/// <remarks>
/// Two deliberate differences: a skipped folder name counts only below the root (the Python Pact also matched the
/// folders above it, so assessing anything under a <c>build/</c> found nothing), and links to folders are not
/// followed (a link loop would never end).
/// </remarks>
public static class PythonDiscovery
{
    public static readonly IReadOnlySet<string> SkippedFolders = new HashSet<string>(StringComparer.Ordinal)
    {
        "__pycache__", ".git", ".hg", ".svn", "node_modules", "venv", ".venv", ".tox", ".mypy_cache", ".pytest_cache",
        ".ruff_cache", "dist", "build", "egg-info", ".eggs", ".pact",
    };

    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        AttributesToSkip = 0,
        MatchType = MatchType.Simple,
    };

    /// <summary>The modules, each with its path relative to <paramref name="root"/> ('/'-separated) and size, in the Python Pact's order (path segment by segment).</summary>
    public static IReadOnlyList<(string Absolute, string Relative, long Size)> Modules(string root)
    {
        var found = new List<(string Absolute, string Relative, long Size)>();
        Walk(root, "", skip: true, (absolute, relative, name) =>
        {
            if (!name.EndsWith(".py", StringComparison.Ordinal))
            {
                return;
            }
            long size;
            try
            {
                size = new FileInfo(absolute).Length;
            }
            catch (IOException)
            {
                size = 0;
            }
            if (name == "__init__.py" && size < 50)
            {
                return;
            }
            found.Add((absolute, relative, size));
        });
        found.Sort((a, b) => BySegments(a.Relative, b.Relative));
        return found;
    }

    /// <summary>The stems (<c>test_x</c>) of the test files under <paramref name="directory"/>, skipping nothing, as the Python Pact's search of the root's parent.</summary>
    public static IReadOnlySet<string> TestStems(string directory)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        Walk(directory, "", skip: false, (_, _, name) =>
        {
            if (name.EndsWith(".py", StringComparison.Ordinal) && (name.StartsWith("test_", StringComparison.Ordinal) || name.EndsWith("_test.py", StringComparison.Ordinal)))
            {
                stems.Add(name[..^3]);
            }
        });
        return stems;
    }

    /// <summary>Python orders paths by their parts, so <c>a/b.py</c> comes before <c>a.py</c> ('/' is not a character of a part).</summary>
    public static int BySegments(string a, string b)
    {
        var x = a.Split('/');
        var y = b.Split('/');
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var order = string.CompareOrdinal(x[i], y[i]);
            if (order != 0)
            {
                return order;
            }
        }
        return x.Length.CompareTo(y.Length);
    }

    private static void Walk(string directory, string relative, bool skip, Action<string, string, string> file)
    {
        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(directory).EnumerateFileSystemInfos("*", OneLevel).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var entry in entries)
        {
            var path = relative.Length == 0 ? entry.Name : $"{relative}/{entry.Name}";
            if (entry is DirectoryInfo folder)
            {
                if (folder.LinkTarget is null && !(skip && SkippedFolders.Contains(entry.Name)))
                {
                    Walk(entry.FullName, path, skip, file);
                }
            }
            else
            {
                file(entry.FullName, path, entry.Name);
            }
        }
    }
}
