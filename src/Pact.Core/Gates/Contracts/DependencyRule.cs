namespace Pact.Gates.Contracts;

/// <summary>
/// A contract's own dependency declarations agree: no self or repeated dependency, every key of
/// <c>dependency_contracts</c> is a declared dependency, and every function it names exists in that dependency's
/// contract (when the dependency has one).
/// </summary>
public static class DependencyRule
{
    public const string Self = "contract.dependency.self";
    public const string Duplicate = "contract.dependency.duplicate";
    public const string Undeclared = "contract.dependency_contracts.undeclared";
    public const string UnknownFunction = "contract.dependency_contracts.unknown_function";

    public static IEnumerable<Diagnostic> Check(ComponentContract contract, IReadOnlyDictionary<string, ComponentContract> dependencies, string file)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < contract.Dependencies.Count; i++)
        {
            var dependency = contract.Dependencies[i];
            if (dependency == contract.ComponentId)
            {
                yield return Findings.Error(Self, file, $"/dependencies/{i}", $"'{dependency}' depends on itself", "remove it from dependencies");
            }
            else if (!seen.Add(dependency))
            {
                yield return Findings.Error(Duplicate, file, $"/dependencies/{i}", $"'{dependency}' is listed twice", "list each dependency once");
            }
        }
        foreach (var (dependency, functions) in contract.DependencyContracts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var at = Documents.JsonPointerText.Append("/dependency_contracts", dependency);
            if (!contract.Dependencies.Contains(dependency))
            {
                yield return Findings.Error(Undeclared, file, at, $"dependency_contracts names '{dependency}', which is not in dependencies", $"add '{dependency}' to dependencies or remove this entry");
                continue;
            }
            if (!dependencies.TryGetValue(dependency, out var other))
            {
                continue;
            }
            var offered = other.Functions.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
            for (var f = 0; f < functions.Count; f++)
            {
                if (!offered.Contains(functions[f]))
                {
                    yield return Findings.Error(UnknownFunction, file, $"{at}/{f}", $"'{dependency}' has no function '{functions[f]}'",
                        $"use one of: {string.Join(", ", offered.Order(StringComparer.Ordinal))}");
                }
            }
        }
    }
}
