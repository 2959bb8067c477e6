namespace Pact.Sentinel;

/// <summary>One literal PACT key found in source: the key, its parts, and where it is written.</summary>
public sealed record PactKeyLocation
{
    public required string Key { get; init; }
    public required string ComponentId { get; init; }
    public required string Function { get; init; }
    public required string File { get; init; }
    public required int Line { get; init; }
}
