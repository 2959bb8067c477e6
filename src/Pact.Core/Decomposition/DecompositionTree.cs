namespace Pact.Decomposition;

/// <summary>The component tree: a root and its nodes keyed by component id. Leaves are implemented; parents compose their children.</summary>
public sealed record DecompositionTree
{
    public required string RootId { get; init; }
    public IReadOnlyDictionary<string, DecompositionNode> Nodes { get; set; } = new Dictionary<string, DecompositionNode>();

    public IEnumerable<DecompositionNode> Leaves() => Nodes.Values.Where(n => n.Children.Count == 0);
}
