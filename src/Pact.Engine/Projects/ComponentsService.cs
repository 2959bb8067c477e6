namespace Pact.Engine.Projects;

/// <summary><c>pact components</c>: every component of the decomposition with what exists for it on disk.</summary>
public sealed class ComponentsService(ProjectStore store)
{
    public const string Command = "components";

    /// <param name="directory">The project.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <param name="states">Whether to give each component its state, which reads the audit log; a caller that wants only the ids (completions) skips it.</param>
    public async Task<CommandResult<ComponentsReport>> ListAsync(string directory, CancellationToken cancellationToken, bool states = true)
    {
        var (project, outcome, diagnostics) = await store.OpenAsync(directory, cancellationToken);
        if (project is null)
        {
            return CommandResults.Fail<ComponentsReport>(Command, outcome, diagnostics);
        }

        var (report, warnings) = await ReadAsync(project.Layout, cancellationToken);
        if (!states)
        {
            return CommandResults.Ok(Command, report, warnings);
        }

        var log = await ProjectLog.ReadAsync(project.Layout.AuditLog, Judge.Authority.ProjectIntegrity.CheckpointPath(project), cancellationToken);
        return CommandResults.Ok(Command, WithStates(project.Layout, report, log.Tally), warnings);
    }

    /// <summary>The listing with each component's state, from the judge's last runs as the project log has them.</summary>
    internal static ComponentsReport WithStates(ProjectLayout layout, ComponentsReport report, Pact.Health.HealthTally tally)
    {
        var certified = File.Exists(layout.CertificateJson);
        return report with
        {
            Components = [.. report.Components.Select(c => c with
            {
                State = ComponentStates.Of(c, tally.LatestVisiblePassed.TryGetValue(c.Id, out var visible) ? visible : null, tally.LatestHiddenPassed.TryGetValue(c.Id, out var hidden) ? hidden : null, certified),
            })],
        };
    }

    /// <summary>Also used by status. Broken artifacts become warnings: a listing should show what it can.</summary>
    internal async Task<(ComponentsReport Report, IReadOnlyList<Diagnostic> Warnings)> ReadAsync(ProjectLayout layout, CancellationToken cancellationToken)
    {
        var warnings = new List<Diagnostic>();
        var tree = await store.ReadAsync(layout, layout.TreeJson, ArtifactKind.Decomposition, PactJson.Context.DecompositionTree, cancellationToken);
        if (tree is null || !tree.Ok)
        {
            warnings.AddRange((tree?.Diagnostics ?? []).Select(d => d with { Severity = Severity.Warning }));
            return (new ComponentsReport { ProjectDir = layout.Root, Components = [] }, warnings);
        }

        var claims = LeaseService.InForce(layout, store.Time.GetUtcNow()).ToDictionary(l => l.ComponentId, l => l.Holder, StringComparer.Ordinal);
        var components = new List<ComponentSummary>();
        foreach (var node in tree.Value!.Nodes.Values.OrderBy(n => n.Depth).ThenBy(n => n.ComponentId, StringComparer.Ordinal))
        {
            var contract = await store.ReadAsync(layout, layout.ContractJson(node.ComponentId), ArtifactKind.Contract, PactJson.Context.ComponentContract, cancellationToken);
            var suite = await store.ReadAsync(layout, layout.SuiteJson(node.ComponentId), ArtifactKind.TestSuite, PactJson.Context.ContractTestSuite, cancellationToken);
            warnings.AddRange((contract?.Diagnostics ?? []).Concat(suite?.Diagnostics ?? []).Select(d => d with { Severity = Severity.Warning }));

            components.Add(new ComponentSummary
            {
                Id = node.ComponentId,
                Name = node.Name,
                Type = node.Children.Count == 0 ? "leaf" : "parent",
                Depth = node.Depth,
                ParentId = node.ParentId,
                Children = node.Children,
                Status = node.ImplementationStatus,
                HasContract = contract is { Ok: true },
                ContractVersion = contract is { Ok: true } ? contract.Value!.Version : null,
                HasTests = suite is { Ok: true },
                TestCount = suite is { Ok: true } ? suite.Value!.TestCases.Count : 0,
                HasImplementation = layout.HasCode(node.ComponentId),
                ClaimedBy = claims.GetValueOrDefault(node.ComponentId),
            });
        }

        return (new ComponentsReport { ProjectDir = layout.Root, RootId = tree.Value.RootId, Components = components }, warnings);
    }
}
