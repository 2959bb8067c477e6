namespace Pact.Interview;

/// <summary>
/// A person's approval of the plan for implementation (<c>pact approve --plan</c>): the fingerprint of the plan it
/// approved (the tree, every contract, every suite's lock), so a plan changed afterwards needs approving again.
/// </summary>
public sealed record PlanApproval
{
    public required string ApprovedAt { get; init; }

    /// <summary>SHA-256 over the plan's files, each by its path and content, in path order.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>How many files the fingerprint covers.</summary>
    public required int Files { get; init; }
}
