namespace Pact.Tests;

/// <summary>
/// The host's processes, found by a marker in their command line: a confined run's processes live in their own pid
/// namespace, so a test can only see them from outside, as the host numbers them.
/// </summary>
public static class ProcessTable
{
    public static List<int> WithMarker(string marker) =>
        [.. Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(n => int.TryParse(n, out _))
            .Where(pid => CommandLine(pid!).Contains(marker, StringComparison.Ordinal)).Select(int.Parse!)];

    /// <summary>
    /// The processes below <paramref name="root"/> whose command line holds the marker: a test's own runs, told apart
    /// from the same runner started by other tests of the assembly at the same time.
    /// </summary>
    public static List<int> DescendantsWithMarker(int root, string marker)
    {
        var parents = new Dictionary<int, int>();
        foreach (var pid in Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(n => int.TryParse(n, out _)))
        {
            if (Parent(pid!) is { } parent)
            {
                parents[int.Parse(pid!, System.Globalization.CultureInfo.InvariantCulture)] = parent;
            }
        }

        bool Below(int pid)
        {
            // Bounded: a pid reused while we read could otherwise make a cycle.
            for (var hops = 0; hops < 64 && parents.TryGetValue(pid, out var parent); hops++, pid = parent)
            {
                if (parent == root)
                {
                    return true;
                }
            }

            return false;
        }

        return [.. parents.Keys.Where(Below).Where(pid => CommandLine(pid.ToString(System.Globalization.CultureInfo.InvariantCulture)).Contains(marker, StringComparison.Ordinal))];
    }

    /// <summary>Whether the process exists and is not a zombie (dead, waiting only to be reaped).</summary>
    public static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[stat.LastIndexOf(')') + 2] != 'Z';
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static int? Parent(string pid)
    {
        try
        {
            // The parent is the second field after the command name, which is in parentheses and may hold spaces.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string CommandLine(string pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone already, or not ours to read.
            return "";
        }
    }
}
