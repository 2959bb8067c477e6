namespace Pact.Production;

/// <summary>Whether one kind of Pact evidence is there, read from the project (<see cref="File"/> is where it lives or was looked for).</summary>
public sealed record DerivedFinding
{
    public required DerivedEvidence Evidence { get; init; }
    public required GateItemState State { get; init; }
    public required string Detail { get; init; }
    public required string File { get; init; }
}
