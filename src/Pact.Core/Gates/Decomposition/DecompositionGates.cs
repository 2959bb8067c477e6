namespace Pact.Gates.Decomposition;

/// <summary>All gates of a decomposition tree; <c>task</c> feeds the coverage warnings.</summary>
public static class DecompositionGates
{
    public static IReadOnlyList<Diagnostic> Check(DecompositionTree tree, string task, string file = ArtifactPaths.Tree) =>
    [
        .. ComponentIdRule.Check(tree, file),
        .. StructureRule.Check(tree, file),
        .. CycleRule.Check(tree, file),
        .. CoverageRule.Check(tree, task, file),
    ];
}
