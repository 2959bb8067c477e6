namespace Pact.Production;

/// <summary>One piece of external evidence: a file of the pack (relative to it), the hash it had when recorded, and when it was produced.</summary>
public sealed record EvidenceRecord
{
    public required string Item { get; init; }
    public required string File { get; init; }
    public required string Sha256 { get; init; }
    public required DateTimeOffset Date { get; init; }
    public string? Notes { get; init; }
}
