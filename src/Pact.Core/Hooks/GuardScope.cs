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
}
