namespace Pact.Gates.Project;

/// <summary>
/// Dependencies between contracts resolve and do not loop: a dependency that is a component of the tree has a
/// contract; a near-miss of a component id (case or word order, reference C.5) is an error with the right name; names
/// that are no component are external libraries and pass; and <c>contract.dependencies</c> has no cycle.
/// </summary>
public static class DependencyGraphRule
{
    public const string NoContract = "project.dependency.no_contract";
    public const string Misspelled = "project.dependency.misspelled";
    public const string Cycle = "project.dependency.cycle";

    public static IEnumerable<Diagnostic> Check(ProjectArtifacts project)
    {
        var known = (project.Tree?.Nodes.Keys ?? []).Concat(project.Contracts.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, contract) in project.Contracts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            for (var i = 0; i < contract.Dependencies.Count; i++)
            {
                var dependency = contract.Dependencies[i];
                if (project.Contracts.ContainsKey(dependency) || dependency == id)
                {
                    continue;
                }
                if (known.Contains(dependency))
                {
                    yield return Findings.Error(NoContract, ArtifactPaths.Contract(id), $"/dependencies/{i}", $"'{id}' depends on '{dependency}', a component without a contract", $"submit the contract of '{dependency}' first");
                }
                else if (Normalize(dependency, known) is { } meant)
                {
                    yield return Findings.Error(Misspelled, ArtifactPaths.Contract(id), $"/dependencies/{i}", $"'{dependency}' is not a component id; did you mean '{meant}'?", $"write '{meant}'");
                }
            }
        }
        // A contract naming itself is the contract gate's finding (contract.dependency.self), not a loop between components.
        var graph = project.Contracts.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value.Dependencies.Select(d => d == p.Key ? "" : d)], StringComparer.Ordinal);
        foreach (var (from, index, path) in Cycles.Find(graph))
        {
            yield return Findings.Error(Cycle, ArtifactPaths.Contract(from), $"/dependencies/{index}", $"contracts depend on each other in a loop: {string.Join(" -> ", path)}", "break the loop: move the shared part into a component both depend on");
        }
    }

    /// <summary>
    /// The loop, if any, that runs through <paramref name="id"/>: reported on <paramref name="id"/>'s own contract at the
    /// dependency that leads back to it, so submitting the contract that closes a loop is what gets refused.
    /// </summary>
    public static Diagnostic? CycleThrough(string id, IReadOnlyDictionary<string, ComponentContract> contracts)
    {
        if (!contracts.TryGetValue(id, out var contract))
        {
            return null;
        }
        for (var i = 0; i < contract.Dependencies.Count; i++)
        {
            var path = PathBack(contract.Dependencies[i], id, contracts, new HashSet<string>(StringComparer.Ordinal));
            if (path is not null)
            {
                return Findings.Error(Cycle, ArtifactPaths.Contract(id), $"/dependencies/{i}", $"contracts depend on each other in a loop: {string.Join(" -> ", [id, .. path])}", "break the loop: move the shared part into a component both depend on");
            }
        }
        return null;
    }

    private static List<string>? PathBack(string from, string target, IReadOnlyDictionary<string, ComponentContract> contracts, HashSet<string> seen)
    {
        if (from == target)
        {
            return [target];
        }
        if (!seen.Add(from) || !contracts.TryGetValue(from, out var contract))
        {
            return null;
        }
        foreach (var next in contract.Dependencies.Where(d => d != from))
        {
            if (PathBack(next, target, contracts, seen) is { } rest)
            {
                return [from, .. rest];
            }
        }
        return null;
    }

    /// <summary>Reference C.5: a case-insensitive match, or the same words joined by '_' in another order.</summary>
    public static string? Normalize(string raw, IReadOnlySet<string> known)
    {
        if (known.Contains(raw))
        {
            return raw;
        }
        var lower = raw.ToLowerInvariant();
        var words = string.Join("_", lower.Split('_').Order(StringComparer.Ordinal));
        return known.Order(StringComparer.Ordinal).FirstOrDefault(k => k.Equals(lower, StringComparison.OrdinalIgnoreCase))
            ?? known.Order(StringComparer.Ordinal).FirstOrDefault(k => string.Join("_", k.ToLowerInvariant().Split('_').Order(StringComparer.Ordinal)) == words);
    }
}
