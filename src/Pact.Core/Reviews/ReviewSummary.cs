namespace Pact.Reviews;

/// <summary>A review as the certificate lists it: who, about what, and the decision on each finding and question.</summary>
public sealed record ReviewSummary
{
    public required string Id { get; init; }
    public required Reviewer Reviewer { get; init; }
    public required string Claim { get; init; }
    public IReadOnlyList<string> Components { get; set; } = [];
    public int Findings { get; init; }
    public IReadOnlyList<ReviewAdjudication> Adjudications { get; set; } = [];
}
