namespace Pact.Decomposition;

/// <summary>An ambiguity met while decomposing, what was decided and why (decomposition/decisions.json).</summary>
public sealed record EngineeringDecision
{
    public required string Ambiguity { get; init; }
    public required string Decision { get; init; }
    public required string Rationale { get; init; }
}
