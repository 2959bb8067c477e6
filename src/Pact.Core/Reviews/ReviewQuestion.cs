namespace Pact.Reviews;

/// <summary>A question a Simulacrum review raised: material to adjudicate (answer), never approval.</summary>
public sealed record ReviewQuestion
{
    /// <summary>Unique in the review; Pact numbers questions without one (Q1, Q2, …).</summary>
    public string Id { get; set; } = "";
    public required string Text { get; init; }
}
