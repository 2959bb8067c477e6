namespace Pact.Reviews;

/// <summary>One finding of a review: how severe, where, what shows it, and what to do.</summary>
public sealed record ReviewFinding
{
    /// <summary>Unique in the review; Pact numbers findings without one (F1, F2, …).</summary>
    public string Id { get; set; } = "";
    public required FindingSeverity Severity { get; init; }
    public required FindingLocation Location { get; init; }
    public required string Evidence { get; init; }
    public required string Recommendation { get; init; }

    /// <summary>Blocks certification until adjudicated: an Advocate's critical or high finding.</summary>
    public static bool Blocks(Reviewer reviewer, ReviewFinding finding) =>
        reviewer == Reviewer.Advocate && finding.Severity is FindingSeverity.Critical or FindingSeverity.High;
}
