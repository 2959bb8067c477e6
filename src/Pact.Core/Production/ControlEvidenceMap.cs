using System.Collections.Frozen;

namespace Pact.Production;

/// <summary>
/// Which Pact evidence satisfies each catalogue control. A control listed here is a derived gate item; any other
/// control (and every custom control) is external: only an explicit evidence record satisfies it. The mapping is
/// deliberately narrow: a control is derived only where Pact's own artifact shows it, not where it merely hints at it.
/// </summary>
public static class ControlEvidenceMap
{
    private static readonly FrozenDictionary<string, DerivedEvidence[]> Map = new Dictionary<string, DerivedEvidence[]>(StringComparer.Ordinal)
    {
        ["OPS-01"] = [DerivedEvidence.TestResults],
        ["OPS-04"] = [DerivedEvidence.DependencyManifest],
        ["OPS-07"] = [DerivedEvidence.Certification],
        ["SEC-01"] = [DerivedEvidence.Contracts],
        ["SEC-02"] = [DerivedEvidence.SecretScan],
        ["SEC-03"] = [DerivedEvidence.Openapi],
        ["PRV-01"] = [DerivedEvidence.Contracts],
        ["CMP-01"] = [DerivedEvidence.Sbom],
        ["GAT-01"] = [DerivedEvidence.Contracts, DerivedEvidence.ContractTests],
        ["GAT-02"] = [DerivedEvidence.GoodhartTests],
        ["GAT-03"] = [DerivedEvidence.Certification],
        ["GAT-04"] = [DerivedEvidence.Review],
        ["TST-01"] = [DerivedEvidence.TestResults, DerivedEvidence.StubScan],
        ["TST-02"] = [DerivedEvidence.Checklist],
        ["TST-03"] = [DerivedEvidence.Analysis],
        ["TST-04"] = [DerivedEvidence.GoodhartTests],
        ["TST-05"] = [DerivedEvidence.Certification],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The evidence a derived control rests on; empty for an external one.</summary>
    public static IReadOnlyList<DerivedEvidence> Of(string controlId) => Map.TryGetValue(controlId, out var evidence) ? evidence : [];

    public static GateItemKind KindOf(string controlId) => Map.ContainsKey(controlId) ? GateItemKind.Derived : GateItemKind.External;
}
