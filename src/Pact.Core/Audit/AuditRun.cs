using Pact.Judge;

namespace Pact.Audit;

/// <summary>
/// One suite run as the audit log keeps it: counts and status only (never test names or failure text, so a hidden
/// run logged here reveals nothing the hint did not). Health derives implementation attempts from these.
/// </summary>
public sealed record AuditRun
{
    public required string ComponentId { get; init; }
    public required SuiteKind Kind { get; init; }
    public required SuiteStatus Status { get; init; }
    public int Total { get; init; }
    public int Passed { get; init; }
    public int Failed { get; init; }
    public int Errors { get; init; }
    public IsolationLevel Isolation { get; init; } = IsolationLevel.None;

    public static AuditRun Of(SuiteRun run) => new()
    {
        ComponentId = run.ComponentId,
        Kind = run.Kind,
        Status = run.Status,
        Total = run.Total,
        Passed = run.Passed,
        Failed = run.Failed,
        Errors = run.Errors,
        Isolation = run.Isolation,
    };
}
