namespace Pact.Reviews;

/// <summary>A review that needs adjudication, as status shows it: its open items (blocking findings, unanswered questions).</summary>
public sealed record ReviewStatus
{
    public required string Id { get; init; }
    public required Reviewer Reviewer { get; init; }
    public IReadOnlyList<string> Open { get; set; } = [];
}
