namespace Pact.Reviews;

/// <summary>What <c>pact review --claim</c> did: the backend it asked, and each reviewer's run.</summary>
public sealed record ReviewRunReport
{
    public required string ProjectDir { get; init; }
    public required string Backend { get; init; }
    public required string Claim { get; init; }
    public required IReadOnlyList<ReviewRun> Runs { get; init; }
}
