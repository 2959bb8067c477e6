namespace Pact.Handoff;

/// <summary>One finding of <c>pact handoff --validate</c> (reference B.21): which check, how serious, what it found.</summary>
public sealed record HandoffIssue
{
    public required Severity Level { get; init; }
    public required string Check { get; init; }
    public required string Message { get; init; }
}
