namespace Pact.Production;

public sealed record ProductionInitReport
{
    public required string PackDir { get; init; }
    public required string Fingerprint { get; init; }

    /// <summary>The files written, relative to the project root.</summary>
    public required IReadOnlyList<string> Written { get; init; }
}
