namespace Pact.Readiness;

public sealed record ResolvedDimension
{
    public required ReadinessDimension Dimension { get; init; }
    public required ReadinessLevel Level { get; init; }
    public required IReadOnlyList<ReadinessControl> BaselineControls { get; init; }
    public IReadOnlyList<string> CustomControls { get; set; } = [];
}
