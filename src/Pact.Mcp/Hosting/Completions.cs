namespace Pact.Mcp.Hosting;

/// <summary>Completion of prompt and resource-template arguments: component ids from the project, schema names from the catalog.</summary>
internal static class Completions
{
    public static async ValueTask<CompleteResult> CompleteAsync(RequestContext<CompleteRequestParams> context, CancellationToken cancellationToken)
    {
        var argument = context.Params?.Argument;
        if (argument is null || context.Server is not { } server)
        {
            return Empty;
        }

        IEnumerable<string> candidates = argument.Name switch
        {
            "name" => SchemaCatalog.Names,
            "id" or "component_id" => await ComponentIdsAsync(server, cancellationToken),
            _ => [],
        };
        var values = candidates.Where(c => c.StartsWith(argument.Value ?? "", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        return new CompleteResult { Completion = new Completion { Values = [.. values.Take(100)], Total = values.Count, HasMore = values.Count > 100 } };
    }

    private static CompleteResult Empty => new() { Completion = new Completion { Values = [] } };

    private static async Task<IEnumerable<string>> ComponentIdsAsync(McpServer server, CancellationToken cancellationToken)
    {
        var services = server.Services!;
        var directory = await ((ProjectDirectoryResolver)services.GetService(typeof(ProjectDirectoryResolver))!).ResolveAsync(server, null, cancellationToken);
        var listing = await ((ComponentsService)services.GetService(typeof(ComponentsService))!).ListAsync(directory, cancellationToken, states: false);
        return listing.Data?.Components.Select(c => c.Id) ?? [];
    }
}
