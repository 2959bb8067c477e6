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
