namespace Pact.Reviews;

/// <summary>Every decision on one review, in order (a later decision on an item replaces an earlier one).</summary>
public sealed record ReviewAdjudications
{
    public IReadOnlyList<ReviewAdjudication> Entries { get; set; } = [];
}
