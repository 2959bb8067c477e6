namespace Pact.Hooks;

/// <summary>
/// A directory or file the guard protects: what it is (for the reason) and what to do instead.
/// <paramref name="DenyContainers"/>: a search or listing of a directory that contains it counts as touching it. Off
/// only for what lives inside the project (the solo masters in .pact/judge), where it would forbid searching the
/// project at all; <c>pact audit-init</c> moves those out.
/// </summary>
public sealed record GuardedPath(string Path, string What, string Instead, bool DenyContainers = true);
