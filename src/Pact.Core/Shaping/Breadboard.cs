namespace Pact.Shaping;

/// <summary>Shape Up breadboard: places, the affordances on them and how they connect.</summary>
public sealed record Breadboard
{
    public IReadOnlyList<Place> Places { get; set; } = [];
    public IReadOnlyList<Affordance> Affordances { get; set; } = [];
    public IReadOnlyList<Connection> Connections { get; set; } = [];
}
