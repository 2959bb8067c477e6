namespace Pact.Shaping;

/// <summary>The optional Shape Up pitch written before decomposition: problem, appetite, solution sketch, rabbit holes, no-gos.</summary>
public sealed record ShapingPitch
{
    public required string Problem { get; init; }
    public required Appetite Appetite { get; init; }
    public Breadboard? SolutionBreadboard { get; init; }
    public RegionMap? SolutionRegionMap { get; init; }
    public IReadOnlyList<RabbitHole> RabbitHoles { get; set; } = [];
    public IReadOnlyList<string> NoGos { get; set; } = [];
    public FitCheck? FitCheck { get; init; }
    public ShapingStatus Status { get; set; } = ShapingStatus.Raw;
}
