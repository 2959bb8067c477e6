namespace Pact.Assessment;

/// <summary>
/// The intra-project import graph: each module's imports resolved through the language's profile; an import that
/// leaves the tree, or reaches the module itself, is no edge.
/// </summary>
public sealed class ImportGraph
{
    /// <summary>The modules in discovery order, each with the targets it imports (ordinal order) and the first line of each import.</summary>
    public IReadOnlyList<string> Nodes { get; }
    public IReadOnlyDictionary<string, SortedDictionary<string, int>> Edges { get; }

    private ImportGraph(IReadOnlyList<string> nodes, IReadOnlyDictionary<string, SortedDictionary<string, int>> edges)
    {
        Nodes = nodes;
        Edges = edges;
    }

    public IEnumerable<string> Targets(string node) => Edges.TryGetValue(node, out var targets) ? targets.Keys : [];

    public bool HasEdge(string from, string to) => Edges.TryGetValue(from, out var targets) && targets.ContainsKey(to);

    public static ImportGraph Build(IReadOnlyList<ParsedModule> modules, IAssessProfile profile)
    {
        var edges = new Dictionary<string, SortedDictionary<string, int>>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            var targets = new SortedDictionary<string, int>(StringComparer.Ordinal);
            edges[module.Path] = targets;
            foreach (var import in module.Imports)
            {
                if (profile.Resolve(module, import) is { } target && target != module.Path)
                {
                    targets[target] = targets.TryGetValue(target, out var line) ? Math.Min(line, import.Line) : import.Line;
                }
            }
        }

        return new ImportGraph([.. modules.Select(m => m.Path)], edges);
    }
}
