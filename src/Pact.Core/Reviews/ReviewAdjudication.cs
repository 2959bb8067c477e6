namespace Pact.Reviews;

/// <summary>One decision on a review's finding or question, with what showed it (.pact/reviews/&lt;id&gt;/adjudications.json).</summary>
public sealed record ReviewAdjudication
{
    public required string ReviewId { get; init; }

    /// <summary>The finding's or question's id.</summary>
    public required string Item { get; init; }
    public required ReviewDecision Decision { get; init; }
    public required string Reason { get; init; }

    /// <summary>For fixed: what Pact checked (the file's new hash, or the suite that grew).</summary>
    public string Evidence { get; set; } = "";
    public required string Time { get; init; }

    /// <summary>Who decided: solo, or audit when the project has an auditor.</summary>
    public required string Role { get; init; }
}
