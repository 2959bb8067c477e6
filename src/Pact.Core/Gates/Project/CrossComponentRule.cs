namespace Pact.Gates.Project;

/// <summary>
/// Warnings across contracts (reference C.4): a type defined with different fields in two contracts, and a type a
/// dependency returns that its caller expects with other fields.
/// </summary>
public static class CrossComponentRule
{
    public const string TypeFields = "project.cross.type_fields";
    public const string InterfaceMismatch = "project.cross.interface_mismatch";

    public static IEnumerable<Diagnostic> Check(IReadOnlyDictionary<string, ComponentContract> contracts)
    {
        var first = new Dictionary<string, (string Owner, HashSet<string> Fields)>(StringComparer.Ordinal);
        foreach (var (id, contract) in contracts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            for (var t = 0; t < contract.Types.Count; t++)
            {
                var type = contract.Types[t];
                if (type.Fields.Count == 0)
                {
                    continue;
                }
                var fields = type.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
                if (!first.TryAdd(type.Name, (id, fields)) && !first[type.Name].Fields.SetEquals(fields))
                {
                    var (owner, theirs) = first[type.Name];
                    yield return Findings.Warning(TypeFields, ArtifactPaths.Contract(id), $"/types/{t}/fields", $"type '{type.Name}' has different fields in '{owner}' and '{id}': only in {owner}: {Join(theirs.Except(fields))}; only in {id}: {Join(fields.Except(theirs))}",
                        $"use one definition of '{type.Name}', owned by one component");
                }
            }
        }
        foreach (var (id, contract) in contracts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var expected = contract.Functions.SelectMany(f => f.Inputs).Select(i => i.TypeRef).ToHashSet(StringComparer.Ordinal);
            foreach (var dependency in contract.Dependencies.Where(contracts.ContainsKey).Distinct(StringComparer.Ordinal))
            {
                var other = contracts[dependency];
                foreach (var shared in other.Functions.Select(f => f.OutputType).Where(expected.Contains).Distinct(StringComparer.Ordinal))
                {
                    var mine = contract.Types.FirstOrDefault(t => t.Name == shared && t.Fields.Count > 0);
                    var theirs = other.Types.FirstOrDefault(t => t.Name == shared && t.Fields.Count > 0);
                    if (mine is null || theirs is null)
                    {
                        continue;
                    }
                    var a = theirs.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
                    var b = mine.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
                    if (!a.SetEquals(b))
                    {
                        var index = contract.Types.ToList().IndexOf(mine);
                        yield return Findings.Warning(InterfaceMismatch, ArtifactPaths.Contract(id), $"/types/{index}", $"'{dependency}' returns '{shared}' with fields [{Join(a)}] but '{id}' expects [{Join(b)}]",
                            $"take '{shared}' from '{dependency}' instead of redefining it");
                    }
                }
            }
        }
    }

    private static string Join(IEnumerable<string> names) => string.Join(", ", names.Order(StringComparer.Ordinal));
}
