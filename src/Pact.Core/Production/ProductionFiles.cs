using Pact.Schemas;

namespace Pact.Production;

/// <summary>The files of the production pack and the schema each is validated against (null: Markdown, checked for placeholders only).</summary>
public static class ProductionFiles
{
    public const string Manifest = "manifest.yaml";
    public const string ControlMatrix = "control_matrix.yaml";
    public const string DoneGate = "done_gate.yaml";
    public const string NaRegister = "na_register.yaml";
    public const string SecretsAllowlist = "secrets-allowlist.yaml";
    public const string ReportsDir = "reports";

    public static IReadOnlyList<(string Name, ArtifactKind? Kind)> All { get; } =
    [
        (Manifest, ArtifactKind.ProductionManifest),
        ("prompt.md", null),
        ("constraints.yaml", ArtifactKind.Constraints),
        ("component_map.yaml", ArtifactKind.ComponentMap),
        ("trust_policy.yaml", ArtifactKind.TrustPolicy),
        (ControlMatrix, ArtifactKind.ControlMatrix),
        ("threat_model.yaml", ArtifactKind.ThreatModel),
        ("architecture_laws.yaml", ArtifactKind.ArchitectureLaws),
        ("preflight.yaml", ArtifactKind.Preflight),
        ("live_validation.yaml", ArtifactKind.LiveValidation),
        (DoneGate, ArtifactKind.DoneGate),
        (NaRegister, ArtifactKind.NaRegister),
        ("build_charter.md", null),
    ];
}
