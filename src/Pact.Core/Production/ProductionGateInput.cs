using Pact.Readiness;

namespace Pact.Production;

/// <summary>Everything the production gate decides on, read by the engine; the gate itself reads nothing.</summary>
public sealed record ProductionGateInput
{
    /// <summary>pact.yaml's readiness profile: the controls it resolves to are the gate items.</summary>
    public required ReadinessProfile Profile { get; init; }

    /// <summary>The pack directory relative to the project root, e.g. production.</summary>
    public required string PackDir { get; init; }
    public required IReadOnlyList<PackFileRead> Files { get; init; }
    public ProductionManifest? Manifest { get; init; }
    public ControlMatrix? Matrix { get; init; }
    public DoneGate? DoneGate { get; init; }
    public NaRegister? NaRegister { get; init; }

    /// <summary>What each of <see cref="DoneGate"/>'s records points at, by index.</summary>
    public IReadOnlyList<EvidenceFileRead> EvidenceFiles { get; init; } = [];
    public required IReadOnlyDictionary<DerivedEvidence, DerivedFinding> Derived { get; init; }
    public required string CurrentFingerprint { get; init; }
    public required DateTimeOffset Now { get; init; }
}
