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

    /// <summary>
    /// Every file below <paramref name="directory"/> (full path, '/'-relative path, name), by the runtime's own
    /// enumerator: names are filtered before anything is allocated, which matters when the root's parent is a big
    /// directory such as /usr/lib. Links to folders are not entered; with <paramref name="skip"/>, neither are skipped folders.
    /// </summary>
    private static void Walk(string directory, string relative, bool skip, Action<string, string, string> file)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        var prefix = Path.EndsInDirectorySeparator(directory) ? directory.Length : directory.Length + 1;
        var entries = new System.IO.Enumeration.FileSystemEnumerable<(string Full, string Name)>(
            directory,
            (ref System.IO.Enumeration.FileSystemEntry entry) => (entry.ToFullPath(), entry.FileName.ToString()),
            options)
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => !entry.IsDirectory && entry.FileName.EndsWith(".py", StringComparison.Ordinal),
            ShouldRecursePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) =>
                (entry.Attributes & FileAttributes.ReparsePoint) == 0 && !(skip && SkippedFolders.Contains(entry.FileName.ToString())),
        };
        foreach (var (full, name) in entries)
        {
            var path = full[prefix..].Replace(Path.DirectorySeparatorChar, '/');
            file(full, relative.Length == 0 ? path : $"{relative}/{path}", name);
        }
    }
}
