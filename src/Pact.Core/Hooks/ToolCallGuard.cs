using System.Text.RegularExpressions;

namespace Pact.Hooks;

/// <summary>
/// The host-level half of "agents can't cheat": decides whether a coding agent's own tool call (Claude Code's
/// Read/Grep/Glob/Edit/Write/Bash …) may touch the audit directory (hidden tests, masters, signing key) or write a
/// locked test view under tests/. Pure: the caller supplies the project root and audit directory.
/// </summary>
public static partial class ToolCallGuard
{
    private static readonly HashSet<string> ReadTools = new(StringComparer.Ordinal) { "Read", "Grep", "Glob", "LS", "NotebookRead" };
    private static readonly HashSet<string> WriteTools = new(StringComparer.Ordinal) { "Edit", "Write", "MultiEdit", "NotebookEdit" };

    public static HookDecision Check(string toolName, IReadOnlyDictionary<string, string> input, string cwd, string? projectRoot, string? auditDir)
    {
        var paths = new[] { "file_path", "path", "notebook_path" }.Select(k => input.GetValueOrDefault(k)).OfType<string>().Where(p => p.Length > 0)
            .Select(p => Path.GetFullPath(p, cwd)).ToList();
        var auditFull = auditDir is null ? null : Path.GetFullPath(auditDir, projectRoot ?? cwd);
        var testsDir = projectRoot is null ? null : Path.Combine(projectRoot, "tests");

        if (auditFull is not null && (ReadTools.Contains(toolName) || WriteTools.Contains(toolName)) && paths.Any(p => Inside(p, auditFull)))
        {
            return Deny("the audit directory holds hidden tests, suite masters and the signing key; the implementing agent may not read it",
                "use pact_polish (or `pact polish`) for the hidden-suite verdict: counts and hints");
        }

        if (testsDir is not null && WriteTools.Contains(toolName) && paths.Any(p => Inside(p, testsDir)))
        {
            return Deny("tests/ holds locked views of the test suites; editing them changes nothing the judge runs and is logged as tampering",
                "change the implementation under src/ until `pact test` passes; a suite may only grow through `pact tests` (additions)");
        }

        if (toolName == "Bash" && input.GetValueOrDefault("command") is { Length: > 0 } command)
        {
            if (auditFull is not null && (command.Contains(auditFull, StringComparison.Ordinal) || (auditDir is not null && command.Contains(auditDir, StringComparison.Ordinal))))
            {
                return Deny("this command touches the audit directory (hidden tests, masters, signing key)",
                    "use pact_polish (or `pact polish`) for the hidden-suite verdict: counts and hints");
            }

            if (testsDir is not null && WritesUnder(command, "tests/", testsDir))
            {
                return Deny("this command writes to tests/, the locked test views",
                    "change the implementation under src/ instead; run `pact sync` to restore views you changed");
            }
        }

        return HookDecision.Allow;
    }

    /// <summary>A shell command that mentions tests/ and also redirects into, moves, removes or edits files in place.</summary>
    private static bool WritesUnder(string command, string relative, string absolute) =>
        (command.Contains(relative, StringComparison.Ordinal) || command.Contains(absolute, StringComparison.Ordinal)) && WriteVerb().IsMatch(command);

    private static bool Inside(string path, string directory)
    {
        var root = Path.TrimEndingDirectorySeparator(directory);
        return path == root || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static HookDecision Deny(string why, string instead) => new(true, $"Pact: {why}. Instead, {instead}.");

    [GeneratedRegex(@"(>>?\s*\S*tests/|\btee\b|\bsed\s+(-\w*\s+)*-i|\brm\b|\bmv\b|\bcp\b|\btruncate\b|\bdd\b|\bchmod\b|\bln\b|\bperl\s+-\w*i)")]
    private static partial Regex WriteVerb();
}
