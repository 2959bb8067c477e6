namespace Pact.Production;

/// <summary>production/done_gate.yaml: the explicit evidence records for external items.</summary>
public sealed record DoneGate
{
    public required string Version { get; init; }
    public IReadOnlyList<EvidenceRecord> Evidence { get; set; } = [];
}
