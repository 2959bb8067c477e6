namespace Pact.Leases;

/// <summary>
/// One worker's claim on a component (<c>.pact/leases/&lt;cid&gt;.json</c>): who holds it, since when, and until when.
/// A claim is advisory between cooperating workers (subagents of one host); it does not change what the judge
/// accepts. It lapses at <see cref="ExpiresAt"/>, so a worker that died does not hold a component for ever.
/// </summary>
public sealed record ComponentLease
{
    public required string ComponentId { get; init; }
    public required string Holder { get; init; }
    public required string ClaimedAt { get; init; }
    public required string ExpiresAt { get; init; }
}
