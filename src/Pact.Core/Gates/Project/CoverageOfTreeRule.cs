namespace Pact.Gates.Project;

/// <summary>Every leaf the root reaches has a contract and every contract belongs to a node; suites not yet written are warnings.</summary>
public static class CoverageOfTreeRule
{
    public const string MissingContract = "project.contract.missing";
    public const string StrayContract = "project.contract.not_in_tree";
    public const string MissingSuite = "project.suite.missing";
    public const string StraySuite = "project.suite.without_contract";

    public static IEnumerable<Diagnostic> Check(ProjectArtifacts project)
    {
        if (project.Tree is not { } tree)
        {
            yield break;
        }
        // Only leaves the root reaches: a node cut off from the tree is reported by the decomposition gates already.
        var reachable = TreeWalk.Reachable(tree);
        foreach (var leaf in tree.Leaves().Where(n => reachable.Contains(n.ComponentId)).OrderBy(n => n.ComponentId, StringComparer.Ordinal))
        {
            if (!project.Contracts.ContainsKey(leaf.ComponentId))
            {
                yield return Findings.Error(MissingContract, ArtifactPaths.Tree, Documents.JsonPointerText.Append("/nodes", leaf.ComponentId),
                    $"leaf '{leaf.ComponentId}' has no contract", $"submit one with `pact contract <dir> {leaf.ComponentId} --file interface.json`");
            }
            else if (!project.Suites.ContainsKey(leaf.ComponentId))
            {
                yield return Findings.Warning(MissingSuite, ArtifactPaths.Suite(leaf.ComponentId), "", $"'{leaf.ComponentId}' has a contract but no visible test suite yet", "write its contract_test_suite.json");
            }
        }
        foreach (var id in project.Contracts.Keys.Where(id => !tree.Nodes.ContainsKey(id)).Order(StringComparer.Ordinal))
        {
            yield return Findings.Error(StrayContract, ArtifactPaths.Contract(id), "/component_id", $"'{id}' has a contract but is not a component of the decomposition", "add it to the tree, or remove contracts/" + id);
        }
        foreach (var id in project.Suites.Keys.Where(id => !project.Contracts.ContainsKey(id)).Order(StringComparer.Ordinal))
        {
            yield return Findings.Error(StraySuite, ArtifactPaths.Suite(id), "/component_id", $"'{id}' has a test suite but no contract", "submit the contract first");
        }
    }
}
