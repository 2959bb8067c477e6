namespace Pact.Gates;

/// <summary>The project-relative paths gates name in their diagnostics (the same places ProjectLayout writes to).</summary>
public static class ArtifactPaths
{
    public const string Tree = "decomposition/tree.json";
    public const string Interview = "decomposition/interview.json";
    public const string Pitch = "decomposition/pitch.json";

    public static string Contract(string componentId) => $"contracts/{componentId}/interface.json";

    public static string Suite(string componentId) => $"tests/{componentId}/contract_test_suite.json";
}
