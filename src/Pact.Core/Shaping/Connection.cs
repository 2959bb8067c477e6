namespace Pact.Shaping;

public sealed record Connection
{
    public required string FromPlace { get; init; }
    public required string ToPlace { get; init; }
    public required string Affordance { get; init; }
    public string? Description { get; init; }
}
