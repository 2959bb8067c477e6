namespace Pact.Engine.Production;

/// <summary>
/// What <c>pact production init</c> writes into each hand-edited file of the pack. Every value a person must write
/// is a <c>TODO(pact)</c> placeholder (<see cref="Pact.Production.PlaceholderRule"/>), so validate refuses the pack
/// until each one is replaced; the lists that may rightly stay empty (evidence, N/A records) start empty.
/// </summary>
internal static class ProductionTemplates
{
    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["prompt.md"] = """
            # Production build prompt

            TODO(pact): what this production build must deliver, for whom, and what "done" means in production.

            The pack under this directory constrains the build (`pact run --constrain-dir`): constraints.yaml,
            component_map.yaml and trust_policy.yaml, with this prompt.
            """,
        ["constraints.yaml"] = """
            # Rules every implementation must respect, one testable sentence each.
            version: "1"
            constraints:
              - id: C1
                text: "TODO(pact): a constraint, e.g. every request completes within 2 s at p99"
                source: "TODO(pact): who or what demands it"
            """,
        ["component_map.yaml"] = """
            # The deployable components, who owns each, and the contracts they are built from.
            version: "1"
            components:
              - id: service
                description: "TODO(pact): what this component does in production"
                owner: "TODO(pact): who answers for it"
                contracts: []
            """,
        ["trust_policy.yaml"] = """
            # File-backed trust assertions: what is trusted, and the file that backs each.
            version: "1"
            assertions:
              - id: T1
                statement: "TODO(pact): what is trusted, e.g. tokens from the identity provider are verified before use"
                evidence: "TODO(pact): the file or record that backs it"
            """,
        ["threat_model.yaml"] = """
            # Trust boundaries and the control for each threat (control ids from control_matrix.yaml, contract clauses or tests).
            version: "1"
            boundaries:
              - "TODO(pact): a trust boundary, e.g. public HTTP -> API"
            threats:
              - id: TH1
                boundary: "TODO(pact): the boundary it crosses"
                threat: "TODO(pact): what could go wrong"
                control: "TODO(pact): what stops it"
            """,
        ["architecture_laws.yaml"] = """
            # Structural rules the system keeps (layering, ownership, allowed dependencies).
            version: "1"
            laws:
              - id: L1
                law: "TODO(pact): e.g. only the storage component talks to the database"
                check: "TODO(pact): how it is checked"
            """,
        ["preflight.yaml"] = """
            # What must be true before a deployment starts.
            version: "1"
            checks:
              - id: P1
                check: "TODO(pact): e.g. the database migration has run on a copy of production"
                owner: "TODO(pact): who runs it"
            """,
        ["live_validation.yaml"] = """
            # How the running environment is shown to match the evidence claimed: this pack is a deployment gate,
            # not a runtime substitute.
            version: "1"
            environment: "TODO(pact): the environment, e.g. production-eu"
            checks:
              - id: V1
                check: "TODO(pact): what is observed in the running system"
                evidence: "TODO(pact): where the observation is recorded"
            """,
        ["done_gate.yaml"] = """
            # Evidence records for the external gate items (kind: external in control_matrix.yaml). Each names a file
            # relative to this directory (usually under reports/), its SHA-256 (sha256sum) and the date it was produced:
            #   - item: OPS-05
            #     file: reports/rollback-drill.md
            #     sha256: 3f1c...
            #     date: 2026-12-01T09:00:00Z
            version: "1"
            evidence: []
            """,
        ["na_register.yaml"] = """
            # Gate items that do not apply to this project, each with a justification and the review that accepted it:
            #   - item: SEC-03
            #     justification: a library with no network entry point
            #     review: the review id under .pact/reviews, or a signed document
            version: "1"
            records: []
            """,
        ["build_charter.md"] = """
            # Build charter

            TODO(pact): who commissions this build, who approves the release, and which risks are accepted.
            """,
        ["reports/README.md"] = """
            # Reports

            Evidence files for the external gate items live here; record each in ../done_gate.yaml with its sha256 and date.
            """,
    };
}
