using Pact.Readiness;

namespace Pact.Specs;

/// <summary>A build spec as Pact understands it: every readiness level resolved to its controls.</summary>
public sealed record NormalizedSpec
{
    public required string Version { get; init; }
    public string? Task { get; init; }
    public string? Sops { get; init; }
    public required ResolvedReadiness Readiness { get; init; }
    public required IReadOnlyDictionary<string, JsonElement> Config { get; init; }
}
