namespace Pact.Engine.Projects;

/// <summary>A change <see cref="ProjectStore"/> applied: the files written (relative) and the audit-log line that recorded it.</summary>
public sealed record Committed(IReadOnlyList<string> Files, LoggedEvent Logged);
