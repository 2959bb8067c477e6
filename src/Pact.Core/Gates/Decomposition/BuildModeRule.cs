using Pact.Configuration;

namespace Pact.Gates.Decomposition;

/// <summary>
/// pact.yaml's build_mode bounds the decomposition: unary is the whole task as one component, hierarchy always splits
/// it, auto takes either. A tree of the wrong shape is refused at submission, not noticed later.
/// </summary>
public static class BuildModeRule
{
    public const string Rule = "decomposition.build_mode";

    public static IEnumerable<Diagnostic> Check(DecompositionTree tree, BuildMode mode, string file)
    {
        var count = tree.Nodes.Count;
        if (mode == BuildMode.Unary && count != 1)
        {
            yield return Findings.Error(Rule, file, "/nodes", $"build_mode is unary (pact.yaml), but the decomposition has {count} components", $"submit one component, '{tree.RootId}', covering the whole task; or set build_mode to auto or hierarchy");
        }
        else if (mode == BuildMode.Hierarchy && count < 2)
        {
            yield return Findings.Error(Rule, file, "/nodes", "build_mode is hierarchy (pact.yaml), but the decomposition has a single component", "split the task into 2-7 components under the root; or set build_mode to auto or unary");
        }
    }
}
