namespace Pact.Reviews;

/// <summary>The reviewer's origin: the host agent, or a backend's name and model.</summary>
public sealed record ReviewSource
{
    public required ReviewSourceKind Kind { get; init; }
    public string? Name { get; init; }
    public string? Model { get; init; }
}
