namespace Pact.Readiness;

/// <summary>A concrete control a readiness level demands, e.g. <c>SEC-03</c> "secrets come from the environment, never from source".</summary>
public sealed record ReadinessControl
{
    public required string Id { get; init; }
    public required string Title { get; init; }

    /// <summary>The lowest level that demands it.</summary>
    public required ReadinessLevel Level { get; init; }
}
