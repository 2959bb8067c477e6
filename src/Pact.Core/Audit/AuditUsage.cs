namespace Pact.Audit;

/// <summary>
/// Model usage the agent reported for one phase (<c>pact health record</c>). Pact never calls a model, so tokens
/// and spend are whatever the host agent says they were; the audit log is their ledger.
/// </summary>
public sealed record AuditUsage
{
    public required string Phase { get; init; }
    public long InputTokens { get; init; }
    public long OutputTokens { get; init; }
    public long Calls { get; init; }
    public double SpendUsd { get; init; }
}
