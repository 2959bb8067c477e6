namespace Pact.Shaping;

public sealed record Place
{
    public required string Name { get; init; }
    public string? Description { get; init; }
}
