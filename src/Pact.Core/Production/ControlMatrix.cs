namespace Pact.Production;

/// <summary>production/control_matrix.yaml.</summary>
public sealed record ControlMatrix
{
    public required string Version { get; init; }
    public required IReadOnlyList<ControlMatrixEntry> Controls { get; init; }
}
