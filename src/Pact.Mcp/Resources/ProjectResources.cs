using Pact.Engine.Handoff;
using Pact.Engine.Health;
using Pact.Engine.Languages;
using Pact.Engine.Storage;

namespace Pact.Mcp.Resources;

/// <summary>Read-only views of the server's project, fetched on need so tool results and prompts stay small.</summary>
[McpServerResourceType]
public sealed class ProjectResources(ProjectDirectoryResolver directories, LanguageRegistry languages, StatusService status, ComponentsService components, HandoffService handoff, HealthService health)
{
    [McpServerResource(UriTemplate = "pact://status", Name = "status", MimeType = "application/json")]
    [Description("The project's status record: phase, counts, readiness and the next step.")]
    [PactTool(ToolTier.Core)]
    public async Task<string> Status(McpServer server, CancellationToken cancellationToken)
    {
        var result = await status.GetAsync(await directories.ResolveAsync(server, null, cancellationToken), cancellationToken);
        return JsonSerializer.Serialize(result, PactJson.Context.CommandResultStatusReport);
    }

    [McpServerResource(UriTemplate = "pact://languages", Name = "languages", MimeType = "application/json")]
    [Description("The languages this Pact knows: the id pact_init's language and pact.yaml take, the name, and the runtimes each needs.")]
    [PactTool(ToolTier.Core)]
    public string Languages() => JsonSerializer.Serialize(languages.Describe(null), PactJson.Context.IReadOnlyListLanguageStatus);

    [McpServerResource(UriTemplate = "pact://contracts", Name = "contracts", MimeType = "application/json")]
    [Description("Every component with its contract version, test count and implementation state.")]
    [PactTool(ToolTier.Core)]
    public async Task<string> Contracts(McpServer server, CancellationToken cancellationToken)
    {
        var result = await components.ListAsync(await directories.ResolveAsync(server, null, cancellationToken), cancellationToken);
        return JsonSerializer.Serialize(result, PactJson.Context.CommandResultComponentsReport);
    }

    [McpServerResource(UriTemplate = "pact://contract/{id}", Name = "contract", MimeType = "application/json")]
    [Description("One component's contract (contracts/<id>/interface.json).")]
    [PactTool(ToolTier.Core)]
    public async Task<string> Contract(McpServer server, [Description("Component id")] string id, CancellationToken cancellationToken)
    {
        var layout = new ProjectLayout(await directories.ResolveAsync(server, null, cancellationToken));
        return await ReadArtifactAsync(layout, id, layout.ContractJson, "contract", cancellationToken);
    }

    [McpServerResource(UriTemplate = "pact://tests/{id}", Name = "tests", MimeType = "application/json")]
    [Description("One component's visible test suite (never a hidden one).")]
    [PactTool(ToolTier.Core)]
    public async Task<string> Tests(McpServer server, [Description("Component id")] string id, CancellationToken cancellationToken)
    {
        var layout = new ProjectLayout(await directories.ResolveAsync(server, null, cancellationToken));
        return await ReadArtifactAsync(layout, id, layout.SuiteJson, "visible test suite", cancellationToken);
    }

    [McpServerResource(UriTemplate = "pact://schema/{name}", Name = "schema", MimeType = "application/schema+json")]
    [Description("The JSON Schema (2020-12) of an artifact: contract, test_suite, decomposition, interview, build_spec, config, …")]
    [PactTool(ToolTier.Core)]
    public static string Schema([Description("Schema name, e.g. contract")] string name) =>
        SchemaCatalog.Find(name) is { } kind
            ? SchemaCatalog.Text(kind)
            : throw new McpProtocolException($"no schema named '{name}'; use one of: {string.Join(", ", SchemaCatalog.Names)}", McpErrorCode.ResourceNotFound);

    [McpServerResource(UriTemplate = "pact://handoff/{id}", Name = "handoff", MimeType = "text/markdown")]
    [Description("The implementer's brief for one component: contract, interface stub, visible tests, dependency map.")]
    [PactTool(ToolTier.Core)]
    public async Task<string> Handoff(McpServer server, [Description("Component id")] string id, CancellationToken cancellationToken)
    {
        var brief = await handoff.BriefAsync(await directories.ResolveAsync(server, null, cancellationToken), id, validate: false, maxTokens: 0, cancellationToken);
        return brief.Data?.Brief
            ?? throw new McpProtocolException($"no brief for component '{id}': {string.Join("; ", brief.Diagnostics.Select(d => d.Message))}", McpErrorCode.ResourceNotFound);
    }

    [McpServerResource(UriTemplate = "pact://health", Name = "health", MimeType = "application/json")]
    [Description("The health report: status, findings, remedies, counters (counts only, never hidden-suite content).")]
    [PactTool(ToolTier.Core)]
    public async Task<string> Health(McpServer server, CancellationToken cancellationToken)
    {
        var result = await health.ReportAsync(await directories.ResolveAsync(server, null, cancellationToken), cancellationToken);
        return JsonSerializer.Serialize(result, PactJson.Context.CommandResultHealthReport);
    }

    [McpServerResource(UriTemplate = "pact://certificate", Name = "certificate", MimeType = "application/json")]
    [Description("The signed certificate (a DSSE envelope over an in-toto Statement), once pact_certify has written one.")]
    [PactTool(ToolTier.Core)]
    public async Task<string> Certificate(McpServer server, CancellationToken cancellationToken)
    {
        var layout = new ProjectLayout(await directories.ResolveAsync(server, null, cancellationToken));
        if (SafePath.Check(layout.Root, layout.CertificateJson) is { } linked)
        {
            throw new McpProtocolException($"{linked.Message} (fix: {linked.Fix})", McpErrorCode.InvalidParams);
        }

        return File.Exists(layout.CertificateJson)
            ? await File.ReadAllTextAsync(layout.CertificateJson, cancellationToken)
            : throw new McpProtocolException("the project has no certificate yet; pact_certify writes one when every suite passes", McpErrorCode.ResourceNotFound);
    }

    private static async Task<string> ReadArtifactAsync(ProjectLayout layout, string id, Func<string, string> path, string what, CancellationToken cancellationToken)
    {
        // Ids become paths: anything but a plain component id could walk out of the project.
        if (ComponentIds.Check(id, "id") is { } badId)
        {
            throw new McpProtocolException($"{badId.Message} (fix: {badId.Fix})", McpErrorCode.InvalidParams);
        }

        if (SafePath.Check(layout.Root, path(id)) is { } linked)
        {
            throw new McpProtocolException($"{linked.Message} (fix: {linked.Fix})", McpErrorCode.InvalidParams);
        }

        if (!File.Exists(path(id)))
        {
            throw new McpProtocolException($"no {what} for component '{id}'; list them with pact://contracts", McpErrorCode.ResourceNotFound);
        }

        return await File.ReadAllTextAsync(path(id), cancellationToken);
    }
}
