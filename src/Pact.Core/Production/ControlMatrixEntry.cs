using Pact.Readiness;

namespace Pact.Production;

/// <summary>One control of the matrix: the control, and whether Pact's evidence or an external record satisfies it.</summary>
public sealed record ControlMatrixEntry
{
    public required string Id { get; init; }
    public required ReadinessDimension Dimension { get; init; }
    public ReadinessLevel? Level { get; init; }
    public required string Title { get; init; }
    public required GateItemKind Kind { get; init; }
    public IReadOnlyList<DerivedEvidence> Evidence { get; set; } = [];
    public string? Notes { get; init; }
}
