namespace Pact.Reviews;

/// <summary>Set by Pact when it stores a review: how many cases each target's visible suite had, so "a test was added" can be checked.</summary>
public sealed record ReviewBaseline
{
    public Dictionary<string, int> SuiteCases { get; set; } = [];
}
