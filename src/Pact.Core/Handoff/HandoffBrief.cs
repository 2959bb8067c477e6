namespace Pact.Handoff;

/// <summary>The brief an implementing agent receives, with its size and (when asked) the checks of its shape.</summary>
public sealed record HandoffBrief
{
    public required string ComponentId { get; init; }
    public required string Brief { get; init; }
    /// <summary>Characters / 4 + 1, the reference's estimate.</summary>
    public required int TokenEstimate { get; init; }
    /// <summary>True when the token budget cut tier 3 or tier 2 context.</summary>
    public bool Trimmed { get; init; }
    public IReadOnlyList<HandoffIssue> Issues { get; init; } = [];
    /// <summary>No error-level issue (always true when not validated).</summary>
    public bool Valid { get; init; } = true;
}
