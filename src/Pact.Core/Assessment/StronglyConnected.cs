namespace Pact.Assessment;

/// <summary>
/// Tarjan's strongly connected components, iterative (an explicit work stack, so a long import chain cannot overflow
/// the call stack). Nodes and neighbours are visited in ordinal order, so the components come out in the order the
/// Python Pact finds them; only components of two or more nodes are returned, each in the order it was popped.
/// </summary>
public static class StronglyConnected
{
    public static IReadOnlyList<IReadOnlyList<string>> Components(IReadOnlyCollection<string> nodes, Func<string, IEnumerable<string>> neighbours)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<IReadOnlyList<string>>();
        var next = 0;

        void Open(string node, Stack<(string Node, string[] Neighbours, int Next)> work)
        {
            index[node] = low[node] = next++;
            stack.Push(node);
            onStack.Add(node);
            work.Push((node, [.. neighbours(node).Order(StringComparer.Ordinal)], 0));
        }

        foreach (var start in nodes.Order(StringComparer.Ordinal))
        {
            if (index.ContainsKey(start))
            {
                continue;
            }
            var work = new Stack<(string Node, string[] Neighbours, int Next)>();
            Open(start, work);
            while (work.Count > 0)
            {
                var (node, around, i) = work.Pop();
                if (i < around.Length)
                {
                    work.Push((node, around, i + 1));
                    var w = around[i];
                    if (!index.ContainsKey(w))
                    {
                        Open(w, work);
                    }
                    else if (onStack.Contains(w))
                    {
                        low[node] = Math.Min(low[node], index[w]);
                    }
                    continue;
                }
                if (low[node] == index[node])
                {
                    var component = new List<string>();
                    string popped;
                    do
                    {
                        popped = stack.Pop();
                        onStack.Remove(popped);
                        component.Add(popped);
                    }
                    while (popped != node);
                    if (component.Count > 1)
                    {
                        result.Add(component);
                    }
                }
                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }
            }
        }

        return result;
    }
}
