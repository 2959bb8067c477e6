namespace Pact.Production;

/// <summary><c>pact production status</c> and <c>validate</c>: every gate item, the static checks and whether the gate is open.</summary>
public sealed record ProductionReport
{
    public required string ProjectDir { get; init; }
    public required string PackDir { get; init; }
    public required string Fingerprint { get; init; }
    public string? ManifestFingerprint { get; init; }
    public required bool Ready { get; init; }
    public required IReadOnlyList<GateItemStatus> Items { get; init; }
    public required IReadOnlyList<StaticCheckResult> StaticChecks { get; init; }
}
