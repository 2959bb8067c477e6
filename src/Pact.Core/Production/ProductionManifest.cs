using Pact.Readiness;

namespace Pact.Production;

/// <summary>production/manifest.yaml: what the pack was made for and against which snapshot of the project.</summary>
public sealed record ProductionManifest
{
    public required string Version { get; init; }

    /// <summary>A copy of pact.yaml's profile, so the pack cannot silently drift from the project's.</summary>
    public required ReadinessProfile Readiness { get; init; }

    public required string SourceFingerprint { get; init; }
    public DateTimeOffset? FingerprintedAt { get; set; }
    public required int MaxValidationAgeDays { get; init; }
}
