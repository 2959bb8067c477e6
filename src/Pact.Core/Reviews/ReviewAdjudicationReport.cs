namespace Pact.Reviews;

/// <summary>What <c>pact review adjudicate</c> (<c>pact_review_adjudicate</c>) recorded, and what of the review is still open.</summary>
public sealed record ReviewAdjudicationReport
{
    public required string ProjectDir { get; init; }
    public required ReviewAdjudication Adjudication { get; init; }

    /// <summary>The review's items still without a decision (blocking findings and unanswered questions).</summary>
    public IReadOnlyList<string> Open { get; set; } = [];
}
