using System.Text.RegularExpressions;
using Pact.Hooks;

namespace Pact.Engine.Hooks;

/// <summary>The real filesystem behind <see cref="ToolCallGuard"/>: links resolved like realpath(3), globs listed segment by segment.</summary>
public sealed class DiskPathView : IPathView
{
    /// <summary>Entries listed per directory before the directory itself stands in for its matches (keeps a hook call fast).</summary>
    private const int MaxEntries = 4096;

    public string Real(string fullPath) => RuntimePath.Real(fullPath);

    public IReadOnlyList<string> Expand(string fullPattern)
    {
        var current = new List<string> { "/" };
        var standIns = new List<string>();
        foreach (var segment in fullPattern.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var next = new List<string>();
            foreach (var directory in current)
            {
                if (segment.IndexOfAny(['*', '?', '[']) < 0)
                {
                    next.Add(Path.Combine(directory, segment));
                }
                else if (segment == "**" || !Matches(directory, segment, next))
                {
                    // Anything at any depth below: the directory is the honest answer.
                    standIns.Add(directory);
                }
            }

            current = next;
        }

        return [.. standIns, .. current.Where(p => File.Exists(p) || Directory.Exists(p))];
    }

    /// <summary>Adds the entries of <paramref name="directory"/> matching <paramref name="segment"/>; false when there were too many to list.</summary>
    private static bool Matches(string directory, string segment, List<string> into)
    {
        if (!Directory.Exists(directory))
        {
            return true;
        }

        Regex pattern;
        try
        {
            pattern = new Regex("^" + Regex.Escape(segment).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal).Replace(@"\[!", "[^", StringComparison.Ordinal).Replace(@"\[", "[", StringComparison.Ordinal) + "$", RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            // Not a pattern the shell would match either (an unclosed '['); judged by its directory.
            return false;
        }

        var listed = 0;
        try
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(directory))
            {
                if (++listed > MaxEntries)
                {
                    return false;
                }

                if (pattern.IsMatch(Path.GetFileName(entry)))
                {
                    into.Add(entry);
                }
            }
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            // Unlistable: nothing the agent could reach through this glob either.
        }

        return true;
    }
}
