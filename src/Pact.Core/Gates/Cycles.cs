namespace Pact.Gates;

/// <summary>Cycle detection over a directed graph by three-colour depth-first search, in a stable (ordinal) order.</summary>
internal static class Cycles
{
    /// <summary>Each back edge found: the node it leaves, the edge's index in that node's list, and the cycle as a path.</summary>
    public static IEnumerable<(string From, int Index, IReadOnlyList<string> Path)> Find(IReadOnlyDictionary<string, IReadOnlyList<string>> graph)
    {
        var colour = new Dictionary<string, int>(StringComparer.Ordinal);
        var found = new List<(string, int, IReadOnlyList<string>)>();
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!colour.ContainsKey(start))
            {
                Visit(start, graph, colour, new List<string>(), found);
            }
        }
        return found;
    }

    private static void Visit(string node, IReadOnlyDictionary<string, IReadOnlyList<string>> graph, Dictionary<string, int> colour, List<string> stack, List<(string, int, IReadOnlyList<string>)> found)
    {
        colour[node] = 1;
        stack.Add(node);
        var edges = graph.TryGetValue(node, out var next) ? next : [];
        for (var i = 0; i < edges.Count; i++)
        {
            var target = edges[i];
            if (!graph.ContainsKey(target))
            {
                continue;
            }
            switch (colour.GetValueOrDefault(target))
            {
                case 0:
                    Visit(target, graph, colour, stack, found);
                    break;
                case 1:
                    found.Add((node, i, [.. stack[stack.IndexOf(target)..], target]));
                    break;
            }
        }
        stack.RemoveAt(stack.Count - 1);
        colour[node] = 2;
    }
}
