namespace Pact.Reviews;

/// <summary>What <c>pact review submit</c> (<c>pact_review</c>) stored: the review as kept, how many findings block, and the files written.</summary>
public sealed record ReviewReport
{
    public required string ProjectDir { get; init; }
    public required Review Review { get; init; }

    /// <summary>The Advocate critical/high findings that refuse certification until adjudicated.</summary>
    public IReadOnlyList<string> Blocking { get; set; } = [];
    public required IReadOnlyList<string> Written { get; init; }
}
