namespace Pact.Health;

/// <summary>
/// The phases usage can be reported for, and how the health checks count them. The Python Pact counted interview,
/// shape, decompose and diagnose as planning; its decompose burst also wrote the contracts and the test suites, so
/// contract and test authoring (contract, tests, goodhart) count as planning here too. Implement and integrate are
/// generation; everything else (polish, review, …) is neither and shows only in the per-phase table.
/// </summary>
public static class HealthPhases
{
    public static readonly IReadOnlyList<string> Known =
        ["interview", "shape", "decompose", "contract", "tests", "goodhart", "implement", "integrate", "polish", "review", "diagnose", "retrospective"];

    private static readonly HashSet<string> PlanningPhases = ["interview", "shape", "decompose", "diagnose", "contract", "tests", "goodhart"];
    private static readonly HashSet<string> GenerationPhases = ["implement", "integrate"];

    /// <summary>Phases before any artifact exists: artifact-per-dollar checks would only measure that nothing was built yet.</summary>
    private static readonly HashSet<string> PreArtifactPhases = ["interview", "shape"];

    public static bool IsKnown(string phase) => Known.Contains(phase, StringComparer.Ordinal);

    public static bool IsPlanning(string phase) => PlanningPhases.Contains(phase);

    public static bool IsGeneration(string phase) => GenerationPhases.Contains(phase);

    public static bool IsPreArtifact(string? phase) => phase is not null && PreArtifactPhases.Contains(phase);

    /// <summary>The known phase nearest to a mistyped one, for a "did you mean" fix.</summary>
    public static string? Closest(string phase) => Schemas.SchemaValidator.Closest(phase, Known);
}
