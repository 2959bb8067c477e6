using Pact.Gates.Contracts;
using Pact.Gates.Decomposition;
using Pact.Gates.Suites;

namespace Pact.Gates.Project;

/// <summary>
/// Every gate over a whole project (<c>pact validate</c>): the tree, each contract with its dependencies, each suite
/// with its contract, then the rules across components. Pure: everything comes in <see cref="ProjectArtifacts"/>.
/// </summary>
public static class ProjectGates
{
    public static IReadOnlyList<Diagnostic> Check(ProjectArtifacts project)
    {
        var found = new List<Diagnostic>();
        if (project.Tree is { } tree)
        {
            found.AddRange(DecompositionGates.Check(tree, project.Task));
        }
        foreach (var (id, contract) in project.Contracts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            found.AddRange(ContractGates.Check(contract, DependenciesOf(contract, project.Contracts)));
            if (project.Suites.TryGetValue(id, out var suite))
            {
                found.AddRange(SuiteGates.Check(contract, suite, project.Syntax.GetValueOrDefault(id)));
            }
        }
        found.AddRange(CoverageOfTreeRule.Check(project));
        found.AddRange(DependencyGraphRule.Check(project));
        found.AddRange(AuthorityOverlapRule.Check(project.Contracts));
        found.AddRange(CrossComponentRule.Check(project.Contracts));
        found.AddRange(NorthStarRule.Check(project));
        return found;
    }

    public static IReadOnlyDictionary<string, ComponentContract> DependenciesOf(ComponentContract contract, IReadOnlyDictionary<string, ComponentContract> all) =>
        contract.Dependencies.Where(d => d != contract.ComponentId && all.ContainsKey(d)).Distinct(StringComparer.Ordinal)
            .ToDictionary(d => d, d => all[d], StringComparer.Ordinal);
}
