namespace Pact.Hooks;

/// <summary>
/// What one tool call is judged against. <see cref="Secrets"/> may not be touched at all (read, searched, listed or
/// written); <see cref="Locked"/> may be read but not written. All paths are full.
/// </summary>
public sealed record GuardScope
{
    /// <summary>The agent's working directory: relative paths resolve against it.</summary>
    public required string Cwd { get; init; }

    /// <summary>What <c>~</c> and <c>$HOME</c> mean in a shell command.</summary>
    public required string Home { get; init; }

    public required IReadOnlyList<GuardedPath> Secrets { get; init; }

    public required IReadOnlyList<GuardedPath> Locked { get; init; }

    /// <summary>
    /// The pact verbs a shell of the implementer may not run (they change the law): the audit-side operations of the
    /// one table the CLI and the MCP server check too (<c>AuditOperations</c>), by their first word, or by two words
    /// (<c>review adjudicate</c>) where the group also holds verbs anyone may run.
    /// </summary>
    public required IReadOnlySet<string> AuditSideVerbs { get; init; }
}
