namespace Pact.Gates;

/// <summary>Walks of the decomposition tree shared by several gates.</summary>
public static class TreeWalk
{
    /// <summary>Ids of the nodes reachable from the root through children edges (empty when the root is missing).</summary>
    public static IReadOnlySet<string> Reachable(DecompositionTree tree)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (!tree.Nodes.ContainsKey(tree.RootId))
        {
            return seen;
        }
        var queue = new Queue<string>([tree.RootId]);
        seen.Add(tree.RootId);
        while (queue.Count > 0)
        {
            foreach (var child in tree.Nodes[queue.Dequeue()].Children)
            {
                if (tree.Nodes.ContainsKey(child) && seen.Add(child))
                {
                    queue.Enqueue(child);
                }
            }
        }
        return seen;
    }
}
