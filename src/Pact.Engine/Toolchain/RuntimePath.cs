namespace Pact.Engine.Toolchain;

/// <summary>
/// Where a runtime lives on disk: the real path of an executable (every link followed, directories too), and the
/// directory to show read-only in a sandbox so the runtime finds its libraries (the prefix above <c>bin/</c>).
/// </summary>
public static class RuntimePath
{
    private const int MaxLinks = 40;

    /// <summary>A command as a full path: as it is when it has a '/', else looked up on PATH; null when not found.</summary>
    public static string? Locate(string command) =>
        command.Contains('/', StringComparison.Ordinal) ? Path.GetFullPath(command) : Toolchain.OnPath(command);

    /// <summary>
    /// The path with every symbolic link resolved, component by component (like realpath(3)). A link loop returns
    /// <paramref name="path"/> as it was, so a comparison with a real path never matches by accident.
    /// </summary>
    public static string Real(string path)
    {
        var pending = new Stack<string>(Path.GetFullPath(path).Split('/', StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = "/";
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? "/";
                continue;
            }

            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return path;
            }

            foreach (var piece in target.Split('/', StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.Push(piece);
            }

            if (target.StartsWith('/'))
            {
                current = "/";
            }
        }

        return current;
    }

    /// <summary>
    /// The directory a runtime at <paramref name="executable"/> needs visible: the one above <c>bin/</c> (where
    /// lib/ and the packages live), or the executable's own directory when that would be "/" or a home directory.
    /// </summary>
    public static string Prefix(string executable)
    {
        var directory = Path.GetDirectoryName(executable) ?? "/";
        var name = Path.GetFileName(directory);
        if (name is "bin" or "sbin" && Path.GetDirectoryName(directory) is { } parent && !TooBroad(parent))
        {
            return parent;
        }

        return directory;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="directory"/> or lies below it (both full paths).</summary>
    public static bool IsUnder(string path, string directory) =>
        path == directory || path.StartsWith(directory.TrimEnd('/') + "/", StringComparison.Ordinal);

    private static bool TooBroad(string directory) =>
        directory == "/" || directory == "/home" || directory == Environment.GetFolderPath(Environment.SpecialFolder.UserProfile).TrimEnd('/');
}
