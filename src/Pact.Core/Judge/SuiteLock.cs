namespace Pact.Judge;

/// <summary>
/// lock.json beside a locked master suite: the SHA-256 of the master's bytes (canonical JSON) and whether the suite
/// is frozen. Once frozen, a new submission may only append test cases and code; <c>pact unfreeze</c> is logged.
/// </summary>
public sealed record SuiteLock
{
    public required string ComponentId { get; init; }
    public required SuiteKind Kind { get; init; }
    public required string Sha256 { get; init; }
    public required string LockedAt { get; init; }
    public bool Frozen { get; set; }
    public string FrozenAt { get; set; } = "";
}
