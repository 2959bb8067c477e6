using System.IO.Enumeration;

namespace Pact.Engine.Assessment;

/// <summary>
/// The source files of a tree for the languages other than Python (which keeps the Python Pact's own rules): every
/// file a filter takes, in ordinal path order, none inside a skipped folder below the root, links to folders not
/// followed (a link loop would never end).
/// </summary>
public static class SourceTree
{
    /// <summary>Folders that hold dependencies, build output or tool state, never the project's own source.</summary>
    public static readonly IReadOnlySet<string> SkippedFolders = new HashSet<string>(StringComparer.Ordinal)
    {
        ".git", ".hg", ".svn", "node_modules", "dist", "build", "out", "coverage", "bin", "obj", ".vs", ".idea",
        ".next", ".turbo", ".pact", "__pycache__", "venv", ".venv", ".tox",
    };

    /// <summary>The files under <paramref name="root"/> whose name <paramref name="take"/> accepts, with '/'-relative paths and sizes.</summary>
    public static IReadOnlyList<(string Absolute, string Relative, long Size)> Files(string root, Func<string, bool> take)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        var prefix = Path.EndsInDirectorySeparator(root) ? root.Length : root.Length + 1;
        var entries = new FileSystemEnumerable<(string Full, long Size)>(
            root,
            (ref FileSystemEntry entry) => (entry.ToFullPath(), entry.Length),
            options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && take(entry.FileName.ToString()),
            ShouldRecursePredicate = (ref FileSystemEntry entry) =>
                (entry.Attributes & FileAttributes.ReparsePoint) == 0 && !SkippedFolders.Contains(entry.FileName.ToString()),
        };
        var found = entries.Select(e => (e.Full, e.Full[prefix..].Replace(Path.DirectorySeparatorChar, '/'), e.Size)).ToList();
        found.Sort((a, b) => string.CompareOrdinal(a.Item2, b.Item2));
        return found;
    }

    /// <summary>
    /// The lines of code of a C-family source: lines that hold something other than blanks and a <c>//</c> comment
    /// (the Python Pact's rule, with its <c>#</c> as <c>//</c>).
    /// </summary>
    public static int CodeLines(string text)
    {
        var count = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (!trimmed.IsEmpty && !trimmed.StartsWith("//"))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>The file's text, UTF-8 with undecodable bytes replaced; null with the reason when it cannot be read.</summary>
    public static async Task<(string? Text, string? Error)> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return (await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot be read ({e.Message})");
        }
    }
}
