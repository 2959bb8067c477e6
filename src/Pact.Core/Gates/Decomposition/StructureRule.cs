using Pact.Documents;

namespace Pact.Gates.Decomposition;

/// <summary>
/// The tree is a tree: the root exists and has no parent, every child exists, is listed once and names its parent
/// back, every node is reachable from the root, depths count from the root, and a decomposed node has 2–7 children.
/// </summary>
public static class StructureRule
{
    public const string RootMissing = "decomposition.root.missing";
    public const string RootHasParent = "decomposition.root.has_parent";
    public const string ChildMissing = "decomposition.child.missing";
    public const string ChildRepeated = "decomposition.child.repeated";
    public const string ParentMismatch = "decomposition.parent.mismatch";
    public const string Unreachable = "decomposition.node.unreachable";
    public const string DepthMismatch = "decomposition.depth.mismatch";
    public const string ChildCount = "decomposition.children.count";

    public const int MinChildren = 2;
    public const int MaxChildren = 7;

    public static IEnumerable<Diagnostic> Check(DecompositionTree tree, string file)
    {
        if (!tree.Nodes.TryGetValue(tree.RootId, out var root))
        {
            yield return Findings.Error(RootMissing, file, "/root_id", $"root '{tree.RootId}' is not among the nodes", "add the root node, or point root_id at an existing node");
            yield break;
        }
        if (root.ParentId.Length > 0)
        {
            yield return Findings.Error(RootHasParent, file, $"{Node(tree.RootId)}/parent_id", "the root has a parent_id", "leave the root's parent_id empty");
        }
        var claimedBy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, node) in tree.Nodes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var at = Node(key);
            if (node.Children.Count is > 0 and (< MinChildren or > MaxChildren))
            {
                yield return Findings.Error(ChildCount, file, $"{at}/children", $"'{node.ComponentId}' has {node.Children.Count} children; a decomposed component has {MinChildren} to {MaxChildren}",
                    node.Children.Count < MinChildren ? "merge the single child into its parent, or split the parent's work into at least two" : "group related children under intermediate components");
            }
            for (var i = 0; i < node.Children.Count; i++)
            {
                var child = node.Children[i];
                if (!claimedBy.TryAdd(child, key) || child == tree.RootId)
                {
                    yield return Findings.Error(ChildRepeated, file, $"{at}/children/{i}", $"'{child}' is already a child of '{(child == tree.RootId ? "nobody: it is the root" : claimedBy[child])}'", "list every component under exactly one parent");
                    continue;
                }
                if (!tree.Nodes.TryGetValue(child, out var childNode))
                {
                    yield return Findings.Error(ChildMissing, file, $"{at}/children/{i}", $"child '{child}' of '{node.ComponentId}' is not among the nodes", $"add a node '{child}', or remove it from children");
                    continue;
                }
                if (childNode.ParentId != key)
                {
                    yield return Findings.Error(ParentMismatch, file, $"{Node(child)}/parent_id", $"'{child}' is a child of '{key}' but its parent_id is '{childNode.ParentId}'", $"set parent_id to '{key}'");
                }
            }
        }
        foreach (var d in Reachability(tree, root, file))
        {
            yield return d;
        }
    }

    private static IEnumerable<Diagnostic> Reachability(DecompositionTree tree, DecompositionNode root, string file)
    {
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { [tree.RootId] = 0 };
        var queue = new Queue<string>([tree.RootId]);
        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            foreach (var child in tree.Nodes[id].Children)
            {
                if (tree.Nodes.ContainsKey(child) && depth.TryAdd(child, depth[id] + 1))
                {
                    queue.Enqueue(child);
                }
            }
        }
        foreach (var (key, node) in tree.Nodes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!depth.TryGetValue(key, out var expected))
            {
                // A node in a cycle is reported by the cycle rule; here only nodes no parent lists at all.
                if (!tree.Nodes.Values.Any(n => n.Children.Contains(key)))
                {
                    yield return Findings.Error(Unreachable, file, Node(key), $"'{key}' is not reachable from the root '{root.ComponentId}'", "list it in the children of its parent, or remove it");
                }
            }
            else if (node.Depth != expected)
            {
                yield return Findings.Error(DepthMismatch, file, $"{Node(key)}/depth", $"'{key}' is at depth {expected} but says {node.Depth}", $"set depth to {expected}");
            }
        }
    }

    internal static string Node(string id) => JsonPointerText.Append("/nodes", id);
}
