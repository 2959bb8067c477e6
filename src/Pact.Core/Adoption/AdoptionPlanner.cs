using Pact.Assessment;

namespace Pact.Adoption;

/// <summary>
/// The mechanical decomposition of an existing tree: modules that import each other in a cycle are one component
/// (strongly connected, Tarjan), a module with no public function of its own (a re-exporting <c>__init__</c>, a module of types) joins
/// the module it imports most that closes no cycle, and while there are more than <see cref="MaxChildren"/> the smallest component joins
/// the one it shares most imports with; a merge that closes a cycle merges the cycle. The result is acyclic, so every
/// draft contract's dependencies pass the contract gates' cycle check.
/// </summary>
public static class AdoptionPlanner
{
    /// <summary>The seed's bound on the children of one node.</summary>
    public const int MaxChildren = 7;

    public static AdoptionPlan Plan(string rootId, string? package, IReadOnlyList<AdoptedModule> modules, IReadOnlySet<string> reserved)
    {
        var known = modules.Select(m => m.Dotted).ToHashSet(StringComparer.Ordinal);
        var byDotted = modules.ToDictionary(m => m.Dotted, StringComparer.Ordinal);
        var edges = modules.ToDictionary(m => m.Dotted, m => m.Imports.Where(i => known.Contains(i) && i != m.Dotted).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var flat = FlatNames(modules, package, reserved);

        var clusters = Strong(known, n => edges[n]);
        clusters = Condense(JoinInterfaceless(clusters, byDotted, edges), edges);
        while (clusters.Count > MaxChildren)
        {
            var smallest = clusters.OrderBy(c => c.Sum(m => byDotted[m].Loc)).ThenBy(c => c.Min(StringComparer.Ordinal), StringComparer.Ordinal).First();
            var target = clusters.Where(c => c != smallest)
                .OrderByDescending(c => Shared(smallest, c, edges))
                .ThenBy(c => c.Sum(m => byDotted[m].Loc))
                .ThenBy(c => c.Min(StringComparer.Ordinal), StringComparer.Ordinal)
                .First();
            target.UnionWith(smallest);
            clusters.Remove(smallest);
            clusters = Condense(clusters, edges);
        }

        return new AdoptionPlan(rootId, Components(rootId, package, clusters, byDotted, edges, flat), flat);
    }

    /// <summary>
    /// The module name each file gets in Pact's flat layout (every component's folder is on the path): its last name,
    /// or its dotted name joined with underscores when two modules share the last name or it would shadow a module of
    /// the standard library or the runner (<paramref name="reserved"/>).
    /// </summary>
    public static IReadOnlyDictionary<string, string> FlatNames(IReadOnlyList<AdoptedModule> modules, string? package, IReadOnlySet<string> reserved)
    {
        string Last(AdoptedModule m) => m.Dotted.Length == 0 ? package ?? "main" : m.Dotted[(m.Dotted.LastIndexOf('.') + 1)..];
        var counts = modules.GroupBy(Last, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var module in modules.OrderBy(m => m.Dotted, StringComparer.Ordinal))
        {
            var last = Last(module);
            var name = counts[last] > 1 || reserved.Contains(last) ? module.Dotted.Replace('.', '_') : last;
            var unique = name;
            for (var n = 2; !taken.Add(unique) || reserved.Contains(unique); n++)
            {
                unique = $"{name}_{n}";
            }
            names[module.Dotted] = unique;
        }
        return names;
    }

    /// <summary>A component id (<see cref="Projects.ComponentIds"/>) made from a module name.</summary>
    public static string IdFrom(string name)
    {
        var text = new string([.. name.ToLowerInvariant().Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' ? c : '_')]).TrimStart('_');
        while (text.Length > 0 && !char.IsAsciiLetterLower(text[0]))
        {
            text = text[1..];
        }
        text = text.Length == 0 ? "module" : text;
        return text.Length > 64 ? text[..64] : text;
    }

    private static List<HashSet<string>> JoinInterfaceless(List<HashSet<string>> clusters, Dictionary<string, AdoptedModule> modules, Dictionary<string, HashSet<string>> edges)
    {
        // A contract needs a function: a module of types only (an enum, a dataclass) joins one that has functions.
        bool Empty(HashSet<string> c) => c.All(m => !modules[m].PublicFunctions.Any());
        foreach (var cluster in clusters.Where(Empty).ToList())
        {
            if (clusters.Count == 1)
            {
                break;
            }
            // The first candidate whose merge closes no cycle: a re-exporting __init__ imports every module, so
            // joining one its other imports depend on would pull the whole package into one component.
            // One that shares no import with it (a package's bare __init__, a constants module) joins the largest.
            var target = clusters.Where(c => c != cluster && !Empty(c))
                .OrderByDescending(c => cluster.Sum(m => edges[m].Count(c.Contains)))
                .ThenByDescending(c => Shared(cluster, c, edges))
                .ThenByDescending(c => c.Sum(m => modules[m].Loc))
                .ThenBy(c => c.Min(StringComparer.Ordinal), StringComparer.Ordinal)
                .FirstOrDefault(c => Condense([.. clusters.Where(o => o != cluster && o != c), [.. c, .. cluster]], edges).Count == clusters.Count - 1);
            if (target is not null)
            {
                target.UnionWith(cluster);
                clusters.Remove(cluster);
            }
        }
        return clusters;
    }

    /// <summary>Merges every cycle among the clusters, so the component graph stays acyclic.</summary>
    private static List<HashSet<string>> Condense(List<HashSet<string>> clusters, Dictionary<string, HashSet<string>> edges)
    {
        var of = Owners(clusters);
        var ids = Enumerable.Range(0, clusters.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
        var cycles = Strong(ids, id =>
            clusters[int.Parse(id, CultureInfo.InvariantCulture)].SelectMany(m => edges[m]).Select(t => of[t].ToString(CultureInfo.InvariantCulture)).Distinct(StringComparer.Ordinal));
        return [.. cycles.Select(cycle => cycle.SelectMany(id => clusters[int.Parse(id, CultureInfo.InvariantCulture)]).ToHashSet(StringComparer.Ordinal))];
    }

    /// <summary>Every strongly connected component, single nodes included (<see cref="StronglyConnected"/> returns only cycles).</summary>
    private static List<HashSet<string>> Strong(IReadOnlyCollection<string> nodes, Func<string, IEnumerable<string>> neighbours)
    {
        var cycles = StronglyConnected.Components(nodes, neighbours).Select(c => c.ToHashSet(StringComparer.Ordinal)).ToList();
        var inCycle = cycles.SelectMany(c => c).ToHashSet(StringComparer.Ordinal);
        return [.. cycles, .. nodes.Where(n => !inCycle.Contains(n)).Select(n => new HashSet<string>(StringComparer.Ordinal) { n })];
    }

    private static int Shared(HashSet<string> a, HashSet<string> b, Dictionary<string, HashSet<string>> edges) =>
        a.Sum(m => edges[m].Count(b.Contains)) + b.Sum(m => edges[m].Count(a.Contains));

    private static Dictionary<string, int> Owners(List<HashSet<string>> clusters)
    {
        var of = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < clusters.Count; i++)
        {
            foreach (var module in clusters[i])
            {
                of[module] = i;
            }
        }
        return of;
    }

    private static List<AdoptedComponent> Components(string rootId, string? package, List<HashSet<string>> clusters, Dictionary<string, AdoptedModule> modules, Dictionary<string, HashSet<string>> edges, IReadOnlyDictionary<string, string> flat)
    {
        var of = Owners(clusters);
        var ids = new string[clusters.Count];
        var entries = new string?[clusters.Count];
        var taken = new HashSet<string>(StringComparer.Ordinal) { rootId };
        foreach (var i in Enumerable.Range(0, clusters.Count).OrderBy(i => clusters[i].Min(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            var cluster = clusters[i];
            // Named after the module the rest of the tree imports most: what callers see of it.
            var entry = cluster
                .OrderByDescending(m => edges.Count(e => !cluster.Contains(e.Key) && e.Value.Contains(m)))
                .ThenByDescending(m => modules[m].PublicFunctions.Count() + modules[m].PublicClasses.Count())
                .ThenByDescending(m => modules[m].Loc)
                .ThenBy(m => m, StringComparer.Ordinal)
                .First();
            // A package that is one component is named as the package: what its users import.
            var id = clusters.Count == 1 && package is not null ? IdFrom(package) : IdFrom(flat[entry]);
            if (clusters.Count == 1 && package is not null && cluster.FirstOrDefault(m => flat[m] == id) is { } named)
            {
                entry = named;
            }
            var unique = id;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = $"{id}_{n}";
            }
            ids[i] = unique;
            entries[i] = unique == flat[entry] ? entry : null;
        }

        var dependencies = Enumerable.Range(0, clusters.Count)
            .Select(i => clusters[i].SelectMany(m => edges[m]).Select(t => of[t]).Where(j => j != i).Distinct().Select(j => ids[j]).Order(StringComparer.Ordinal).ToList())
            .ToArray();
        // Dependencies first, so each draft contract is submitted after those it names.
        var order = new List<int>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        while (order.Count < clusters.Count)
        {
            var next = Enumerable.Range(0, clusters.Count).Where(i => !order.Contains(i) && dependencies[i].All(placed.Contains)).OrderBy(i => ids[i], StringComparer.Ordinal).First();
            order.Add(next);
            placed.Add(ids[next]);
        }

        return [.. order.Select(i => new AdoptedComponent(
            ids[i],
            [.. clusters[i].OrderBy(m => m == entries[i] ? 0 : 1).ThenBy(m => m, StringComparer.Ordinal)],
            entries[i],
            dependencies[i]))];
    }
}
