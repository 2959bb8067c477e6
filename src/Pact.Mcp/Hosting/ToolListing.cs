using System.Collections.Frozen;
using System.Text.Json.Serialization.Metadata;

namespace Pact.Mcp.Hosting;

/// <summary>
/// Every tool's protocol description (name, description, input and output schema, annotations) as the SDK lists it,
/// kept in <c>tool_listing.json</c> and embedded in the build. Clients older than protocol 2026-07-28 get the output
/// schemas in the SDK's older wire shape (a nullable record wrapped in $defs/$ref): that listing is recorded too, in
/// <c>tool_listing.legacy.json</c>, and swapped in by <see cref="Filter"/>. Building them from the methods at start-up means
/// reflecting over every parameter and exporting every result record's schema, which was over half of a native cold
/// start; reading the file costs a millisecond. <c>ToolListingTests</c> fails when the file no longer matches what the
/// methods build (and says how to refresh it), so the listing cannot drift from the code.
/// </summary>
internal static class ToolListing
{
    public const string ResourceName = "Pact.Mcp.Hosting.tool_listing.json";

    public const string LegacyResourceName = "Pact.Mcp.Hosting.tool_listing.legacy.json";

    /// <summary>The first protocol version whose clients get output schemas as the tools state them.</summary>
    public const string NaturalSchemasSince = "2026-07-28";

    private static readonly Lazy<FrozenDictionary<string, Tool>> Tools = new(() => Load(ResourceName), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<FrozenDictionary<string, Tool>> LegacyTools = new(() => Load(LegacyResourceName), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The wire type of the file: a tools/list result holding every tool of every role and tier.</summary>
    public static JsonTypeInfo<ListToolsResult> FileType => (JsonTypeInfo<ListToolsResult>)McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ListToolsResult));

    /// <summary>The protocol description of the tool named <paramref name="name"/>.</summary>
    public static Tool For(string name) => Tools.Value.TryGetValue(name, out var tool)
        ? tool
        : throw new InvalidOperationException($"{ResourceName} has no tool '{name}': run ToolListingTests with PACT_UPDATE_TOOL_LISTING=1 to refresh it");

    /// <summary>
    /// tools/list for a client older than <see cref="NaturalSchemasSince"/>: each recorded tool in its older wire shape,
    /// as the SDK would send a tool it built itself (it reshapes only those, so a recorded one needs this).
    /// </summary>
    public static McpRequestHandler<ListToolsRequestParams, ListToolsResult> Filter(McpRequestHandler<ListToolsRequestParams, ListToolsResult> next) =>
        async (context, cancellationToken) =>
        {
            var result = await next(context, cancellationToken);
            if (string.CompareOrdinal(context.Server.NegotiatedProtocolVersion, NaturalSchemasSince) < 0)
            {
                result.Tools = [.. result.Tools.Select(t => Tools.Value.TryGetValue(t.Name, out var recorded) && ReferenceEquals(recorded, t) ? LegacyTools.Value[t.Name] : t)];
            }

            return result;
        };

    private static FrozenDictionary<string, Tool> Load(string resource)
    {
        using var stream = typeof(ToolListing).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded {resource} is missing from the build");
        var listing = System.Text.Json.JsonSerializer.Deserialize(stream, FileType)
            ?? throw new InvalidOperationException($"embedded {resource} is empty");
        return listing.Tools.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
    }
}
