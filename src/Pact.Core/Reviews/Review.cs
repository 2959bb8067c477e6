namespace Pact.Reviews;

/// <summary>
/// A review of the project or of some components (.pact/reviews/&lt;id&gt;/review.json): an Advocate's findings on the
/// implementation, or a Simulacrum's stress test of a claim with its text (simulacrum.md beside it) and the questions
/// it raised. Pact sets the id, the time, the hashes and the baseline when it stores one.
/// </summary>
public sealed record Review
{
    public string Id { get; set; } = "";
    public required ReviewTarget Target { get; init; }
    public required string Claim { get; init; }
    public required Reviewer Reviewer { get; init; }
    public required ReviewSource Source { get; init; }

    /// <summary>ISO 8601, UTC, from Pact's clock when it was stored.</summary>
    public string Time { get; set; } = "";
    public IReadOnlyList<ReviewFinding> Findings { get; set; } = [];

    /// <summary>A Simulacrum's whole answer, markdown; stored as simulacrum.md, not in review.json.</summary>
    public string? Text { get; set; }
    public IReadOnlyList<ReviewQuestion> Questions { get; set; } = [];
    public ReviewBaseline? Baseline { get; set; }
}
