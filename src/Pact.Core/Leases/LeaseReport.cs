namespace Pact.Leases;

/// <summary>
/// What <c>pact claim</c> and <c>pact release</c> return: the lease the command made, renewed or gave back (null when
/// a release found none), and every claim in force after it, so a worker sees at once what the others hold.
/// </summary>
public sealed record LeaseReport
{
    public required string ComponentId { get; init; }
    public ComponentLease? Lease { get; init; }
    public bool Renewed { get; init; }
    public bool Released { get; init; }
    public required IReadOnlyList<ComponentLease> Leases { get; init; }
}
