namespace Pact.Projects;

/// <summary>
/// The versioned envelope of every command's result: what <c>pact … --json</c> prints and what the MCP tool returns as
/// structured content. <see cref="Data"/> is absent when the command could not produce it.
/// </summary>
public sealed record CommandResult<T>
    where T : class
{
    /// <summary>Version of this envelope and of the data records; bumped on any breaking change.</summary>
    public int Version { get; set; } = 1;
    public required string Command { get; init; }
    public required Outcome Outcome { get; init; }
    public bool Ok => Outcome == Outcome.Ok;
    public T? Data { get; init; }
    public IReadOnlyList<Diagnostic> Diagnostics { get; set; } = [];
}
