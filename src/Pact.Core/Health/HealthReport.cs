using Pact.State;

namespace Pact.Health;

/// <summary>
/// What <c>pact health</c>, <c>pact_health</c> and <c>pact://health</c> return: the counters, the derived metrics,
/// every check's finding, the overall status, and remedies for critical findings. Counts only: nothing here names a
/// hidden test or carries its content.
/// </summary>
public sealed record HealthReport
{
    public required string ProjectDir { get; init; }

    /// <summary>The project's phase as <c>pact status</c> derives it; the checks are phase-aware.</summary>
    public required Phase Phase { get; init; }
    public required HealthStatus Status { get; init; }

    /// <summary>A critical finding among gain_outweighs_cost, output_planning_ratio, variance_reaches_target: stop and ask the user.</summary>
    public required bool ShouldAbort { get; init; }

    /// <summary>False when pact.yaml sets <c>health_thresholds.output_planning_ratio_critical: 0</c>.</summary>
    public required bool ChecksEnabled { get; init; }
    public required HealthMetrics Metrics { get; init; }
    public required DerivedMetrics Derived { get; init; }
    public required IReadOnlyList<HealthFinding> Findings { get; init; }
    public required IReadOnlyList<HealthRemedy> Remedies { get; init; }

    /// <summary>Components whose latest recorded run failed (the set cascades are counted over).</summary>
    public required IReadOnlyList<string> FailedComponents { get; init; }
    public required HealthThresholds Thresholds { get; init; }
}
