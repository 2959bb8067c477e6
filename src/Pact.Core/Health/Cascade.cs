namespace Pact.Health;

/// <summary>
/// Cascade events (reference F.1): the unique unordered pairs {failed component, its failed parent} ∪ {two failed
/// siblings}. Many pairs mean failures travel through the tree instead of staying where they started.
/// </summary>
public static class Cascade
{
    public static int Count(DecompositionTree? tree, IReadOnlySet<string> failed)
    {
        if (tree is null || failed.Count < 2)
        {
            return 0;
        }

        var pairs = new HashSet<(string, string)>();
        foreach (var id in failed)
        {
            if (!tree.Nodes.TryGetValue(id, out var node))
            {
                continue;
            }

            var parent = Parent(tree, id, node);
            if (parent is not null && failed.Contains(parent))
            {
                pairs.Add(Ordered(id, parent));
            }

            if (parent is not null && tree.Nodes.TryGetValue(parent, out var parentNode))
            {
                foreach (var sibling in parentNode.Children.Where(s => s != id && failed.Contains(s)))
                {
                    pairs.Add(Ordered(id, sibling));
                }
            }
        }

        return pairs.Count;
    }

    // A node's parent_id may be left empty by hand-written trees; the parent's child list says the same thing.
    private static string? Parent(DecompositionTree tree, string id, DecompositionNode node) =>
        node.ParentId is { Length: > 0 } parent ? parent : tree.Nodes.Values.FirstOrDefault(n => n.Children.Contains(id))?.ComponentId;

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
