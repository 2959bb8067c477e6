namespace Pact.Shaping;

public sealed record Affordance
{
    public required string Name { get; init; }
    public string? Description { get; init; }
}
