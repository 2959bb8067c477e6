namespace Pact.Judge;

/// <summary>A generated view (tests/&lt;cid&gt;/…) that is missing or differs from its locked master.</summary>
public sealed record TamperFinding
{
    public required string ComponentId { get; init; }
    public required string File { get; init; }

    /// <summary>"missing", "edited", "symbolic link", or "master_corrupt" (the master no longer matches its lock hash).</summary>
    public required string Problem { get; init; }
}
