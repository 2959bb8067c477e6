namespace Pact.Engine.Projects;

/// <summary>
/// Whether a failing component fails on its own: one whose contract names a dependency that fails too is not sent back
/// or diagnosed, its dependency is (the next run shows whether it still fails by itself).
/// </summary>
internal static class DependencyFailures
{
    public static async Task<bool> OnItsOwnAsync(ProjectStore store, ProjectLayout layout, string componentId, IReadOnlySet<string> failing, CancellationToken cancellationToken)
    {
        var contract = await store.ReadAsync(layout, layout.ContractJson(componentId), ArtifactKind.Contract, PactJson.Context.ComponentContract, cancellationToken);
        return !(contract?.Value?.Dependencies ?? []).Any(failing.Contains);
    }
}
