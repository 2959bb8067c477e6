using Pact.Audit;

namespace Pact.Health;

/// <summary>What <c>pact health record</c> returns: the usage recorded and the phase's totals after it.</summary>
public sealed record UsageRecordReport
{
    public required string ProjectDir { get; init; }
    public required AuditUsage Recorded { get; init; }
    public required PhaseUsage PhaseTotal { get; init; }
}
