using Pact.Engine.Judge;
using Pact.Hashing;
using Pact.Reviews;

namespace Pact.Engine.Reviews;

/// <summary>
/// What a "fixed" is later checked against: the hash of a named file and the number of cases in each target's locked
/// visible suite (the master the judge runs, not the view under tests/).
/// </summary>
public sealed class ReviewBaselines(Judge.Suites.SuiteVault vault)
{
    public async Task<Dictionary<string, int>> SuiteCasesAsync(JudgeLayout judge, ReviewTarget target, CancellationToken cancellationToken)
    {
        var cases = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in target.IsProject ? judge.Components(SuiteKind.Visible) : target.Components)
        {
            cases[id] = await CasesAsync(judge, id, cancellationToken);
        }

        return cases;
    }

    public async Task<int> CasesAsync(JudgeLayout judge, string componentId, CancellationToken cancellationToken)
    {
        try
        {
            // Through the vault: a master that no longer matches its lock hash counts as no suite.
            var (suite, _) = await vault.ReadAsync(judge, componentId, SuiteKind.Visible, cancellationToken);
            return suite?.Suite.TestCases.Count ?? 0;
        }
        catch (UnauthorizedAccessException)
        {
            // Separate-user mode: the implementer cannot read the masters; the suite is not known to have grown.
            return 0;
        }
    }

    /// <summary>The sha256 of a project file (relative path), or null when it is not a regular file inside the project.</summary>
    public string? Hash(ProjectLayout layout, string relative)
    {
        if (Regular(layout, relative) is not { } full)
        {
            return null;
        }

        using var stream = File.OpenRead(full);
        return ContentHash.OfStream(stream);
    }

    /// <summary>The number of lines of a project file (relative path), or null when it is not a regular file inside the project.</summary>
    public int? LineCount(ProjectLayout layout, string relative)
    {
        if (Regular(layout, relative) is not { } full)
        {
            return null;
        }

        var bytes = File.ReadAllBytes(full);
        var lines = bytes.Count(b => b == (byte)'\n');
        return bytes.Length > 0 && bytes[^1] != (byte)'\n' ? lines + 1 : lines;
    }

    // Links are never followed: a finding names the project's own file, not what a link points at.
    private static string? Regular(ProjectLayout layout, string relative)
    {
        var full = Path.GetFullPath(relative, layout.Root);
        if (!layout.Contains(full))
        {
            return null;
        }

        var info = new FileInfo(full);
        return info.Exists && info.LinkTarget is null ? full : null;
    }
}
