using Pact.Interview;

namespace Pact.Engine.Gates;

/// <summary>
/// The fingerprint of a project's plan: the decomposition, every contract, and the lock of every suite, visible and
/// hidden (a lock holds its suite's hash, so the suites are covered without reading a hidden one's tests). A lock this
/// user cannot read (separate-user mode) is fingerprinted by its path alone.
/// </summary>
internal static class PlanFingerprint
{
    public static (string Fingerprint, int Files) Of(Judge.JudgeLayout judge)
    {
        var layout = judge.Project;
        var files = new List<string> { layout.TreeJson };
        if (Directory.Exists(layout.ContractsDir))
        {
            files.AddRange(Directory.EnumerateFiles(layout.ContractsDir, "interface.json", SearchOption.AllDirectories));
        }

        foreach (var kind in new[] { Pact.Judge.SuiteKind.Visible, Pact.Judge.SuiteKind.Hidden })
        {
            try
            {
                files.AddRange(judge.Components(kind).Select(id => judge.LockJson(id, kind)));
            }
            catch (UnauthorizedAccessException)
            {
                // The hidden side is the judge user's: this user's approval covers what it can see.
            }
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var counted = 0;
        foreach (var file in files.Where(File.Exists).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(judge.Display(file) + "\n"));
            try
            {
                hash.AppendData(File.ReadAllBytes(file));
            }
            catch (UnauthorizedAccessException)
            {
                hash.AppendData("unreadable\n"u8);
            }

            counted++;
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), counted);
    }

    /// <summary>Whether <paramref name="approval"/> approved the plan as it is now.</summary>
    public static bool Current(PlanApproval? approval, Judge.JudgeLayout judge) => approval is not null && approval.Fingerprint == Of(judge).Fingerprint;
}
