namespace Pact.Assessment;

/// <summary>
/// The intra-project import graph, built the way the Python Pact builds it (reference G): every module is known by
/// its dotted name relative to the root and by that name under the root's own name; an import resolves to the
/// longest known prefix of its module name. A relative import loses its dots first (the Python Pact read only the
/// module part of <c>from .x import y</c>, and skipped <c>from . import y</c>), so its results are kept.
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

    public static ImportGraph Build(string rootName, IReadOnlyList<ParsedModule> modules, bool rootInitExists)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            var dotted = DottedName(module.Path);
            known[dotted] = module.Path;
            if (dotted.Length > 0)
            {
                known[$"{rootName}.{dotted}"] = module.Path;
            }
        }
        if (rootInitExists)
        {
            // Even an __init__.py too small to be a module stands for the root package, as in the Python Pact.
            known[rootName] = "__init__.py";
        }

        var edges = new Dictionary<string, SortedDictionary<string, int>>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            var targets = new SortedDictionary<string, int>(StringComparer.Ordinal);
            edges[module.Path] = targets;
            foreach (var import in module.Imports)
            {
                if (Resolve(import.Module, known) is { } target && target != module.Path)
                {
                    targets[target] = targets.TryGetValue(target, out var line) ? Math.Min(line, import.Line) : import.Line;
                }
            }
        }

        return new ImportGraph([.. modules.Select(m => m.Path)], edges);
    }

    /// <summary><c>a/b.py</c> → <c>a.b</c>, <c>pkg/__init__.py</c> → <c>pkg</c>, the root's <c>__init__.py</c> → "".</summary>
    public static string DottedName(string relativePath)
    {
        var withoutSuffix = relativePath.EndsWith(".py", StringComparison.Ordinal) ? relativePath[..^3] : relativePath;
        var parts = withoutSuffix.Split('/').ToList();
        if (parts.Count > 0 && parts[^1] == "__init__")
        {
            parts.RemoveAt(parts.Count - 1);
        }
        return string.Join('.', parts);
    }

    private static string? Resolve(string module, Dictionary<string, string> known)
    {
        if (module.Length == 0)
        {
            return null;
        }
        var name = module;
        while (true)
        {
            if (known.TryGetValue(name, out var path))
            {
                return path;
            }
            var dot = name.LastIndexOf('.');
            if (dot < 0)
            {
                return null;
            }
            name = name[..dot];
        }
    }
}
