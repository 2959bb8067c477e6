namespace Pact.Production;

/// <summary>The file an evidence record names, as found: its hash now (null when it is not in the pack) and any placeholder in it.</summary>
public sealed record EvidenceFileRead
{
    public string? Sha256 { get; init; }
    public int? PlaceholderLine { get; init; }
}
