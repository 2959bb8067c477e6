namespace Pact.Schemas;

/// <summary>Every artifact Pact reads or writes; each has an embedded JSON Schema named after it (see <see cref="SchemaCatalog"/>).</summary>
public enum ArtifactKind
{
    Config,
    BuildSpec,
    Readiness,
    Interview,
    Pitch,
    Decomposition,
    Decisions,
    Contract,
    TestSuite,
    TestResults,
    RunState,
    AuditEvent,
    SuiteLock,
    Certificate,
    Review,

    // The production-readiness pack (production/): YAML a person edits, validated by `pact production validate`.
    ProductionManifest,
    Constraints,
    ComponentMap,
    TrustPolicy,
    ControlMatrix,
    ThreatModel,
    ArchitectureLaws,
    Preflight,
    LiveValidation,
    DoneGate,
    NaRegister,
    SecretsAllowlist,
}
