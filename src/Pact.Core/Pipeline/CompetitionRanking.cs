namespace Pact.Pipeline;

/// <summary>
/// How the judge picks the winner of a competitive round: the best visible pass rate; among those, the most hidden
/// tests passed (where the tie made a hidden run worth its disclosure); then the fewest changed lines (the smallest
/// change that does as well is the one to review); then the earliest attempt, so the choice is deterministic.
/// </summary>
public static class CompetitionRanking
{
    /// <summary>The winning attempt, or null when no attempt completed.</summary>
    public static AttemptScore? Winner(IEnumerable<AttemptScore> attempts) =>
        attempts.Where(a => a.Completed)
            .OrderByDescending(a => a.PassRate)
            .ThenByDescending(a => a.HiddenPassed ?? -1)
            .ThenBy(a => a.ChangedLines)
            .ThenBy(a => a.Attempt)
            .FirstOrDefault();

    /// <summary>The completed attempts sharing the best visible pass rate: only they need a hidden run to be told apart.</summary>
    public static IReadOnlyList<AttemptScore> TiedAtTheTop(IEnumerable<AttemptScore> attempts)
    {
        var completed = attempts.Where(a => a.Completed).ToList();
        if (completed.Count == 0)
        {
            return [];
        }

        var best = completed.Max(a => a.PassRate);
        return [.. completed.Where(a => a.PassRate == best)];
    }

    /// <summary>
    /// Lines added plus lines removed between two versions of a component's files (path to text), counted as
    /// multisets of lines per file: a moved line costs nothing, a changed one costs two.
    /// </summary>
    public static int ChangedLines(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        var changed = 0;
        foreach (var path in before.Keys.Union(after.Keys, StringComparer.Ordinal))
        {
            var old = Lines(before.GetValueOrDefault(path));
            var now = Lines(after.GetValueOrDefault(path));
            foreach (var line in old.Keys.Union(now.Keys, StringComparer.Ordinal))
            {
                changed += Math.Abs(old.GetValueOrDefault(line) - now.GetValueOrDefault(line));
            }
        }

        return changed;
    }

    private static Dictionary<string, int> Lines(string? text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in (text ?? "").Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Trim().Length > 0)
            {
                counts[trimmed] = counts.GetValueOrDefault(trimmed) + 1;
            }
        }

        return counts;
    }
}
