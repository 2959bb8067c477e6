namespace Pact.Gates.Decomposition;

/// <summary>No cycle through <c>children</c> edges (three-colour depth-first search from every node, reference C.1.1).</summary>
public static class CycleRule
{
    public const string Id = "decomposition.cycle";

    public static IEnumerable<Diagnostic> Check(DecompositionTree tree, string file)
    {
        var graph = tree.Nodes.ToDictionary(p => p.Key, p => p.Value.Children, StringComparer.Ordinal);
        foreach (var (from, index, path) in Cycles.Find(graph))
        {
            yield return Findings.Error(Id, file, $"{StructureRule.Node(from)}/children/{index}", $"the tree has a cycle: {string.Join(" -> ", path)}", "a component cannot contain one of its ancestors; remove this child");
        }
    }
}
