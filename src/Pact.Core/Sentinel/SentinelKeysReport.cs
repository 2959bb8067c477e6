namespace Pact.Sentinel;

/// <summary>
/// <c>pact sentinel list-keys</c>: the PACT keys written in src/, the keys the contracts call for, which of those no
/// source carries, and which keys in source name no contracted function.
/// </summary>
public sealed record SentinelKeysReport
{
    public required string ProjectDir { get; init; }
    public required IReadOnlyList<PactKeyLocation> Found { get; init; }
    public required IReadOnlyList<string> Expected { get; init; }
    public required IReadOnlyList<string> Missing { get; init; }
    public required IReadOnlyList<string> Unknown { get; init; }
}
