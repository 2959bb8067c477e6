namespace Pact.Health;

/// <summary>Every check's finding, the overall status, whether to stop, and the remedies for critical findings.</summary>
public sealed record HealthAssessment
{
    public required HealthStatus Status { get; init; }
    public required bool ShouldAbort { get; init; }
    public required bool ChecksEnabled { get; init; }
    public required IReadOnlyList<HealthFinding> Findings { get; init; }
    public required IReadOnlyList<HealthRemedy> Remedies { get; init; }
}
