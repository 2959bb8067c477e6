namespace Pact.Assessment;

/// <summary>The measurements of one module (reference B.17); <see cref="Imports"/> are the intra-project modules it imports.</summary>
public sealed record ModuleMetrics
{
    public required string Path { get; init; }
    public int Loc { get; init; }
    public int PublicFunctions { get; init; }
    public int PublicClasses { get; init; }
    public int InterfaceSize { get; init; }
    public double DepthRatio { get; init; }
    public int FanIn { get; init; }
    public int FanOut { get; init; }
    public IReadOnlyList<string> Imports { get; init; } = [];
}
