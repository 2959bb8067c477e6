using System.Collections.Concurrent;
using Json.Schema;

namespace Pact.Mcp.Hosting;

/// <summary>
/// Checks tool arguments against the tool's own input schema before the tool runs. The SDK binds arguments without
/// validating them; a malformed call must be a JSON-RPC invalid-params error that names the argument, not a vague
/// tool failure.
/// </summary>
internal static class ArgumentValidation
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    public static McpRequestHandler<CallToolRequestParams, CallToolResult> Filter(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (context, cancellationToken) =>
        {
            if (context.MatchedPrimitive is McpServerTool tool && context.Params is { } call)
            {
                Check(tool.ProtocolTool, call.Arguments);
            }

            return await next(context, cancellationToken);
        };

    internal static void Check(Tool tool, IDictionary<string, JsonElement>? arguments)
    {
        arguments ??= new Dictionary<string, JsonElement>();
        var properties = tool.InputSchema.TryGetProperty("properties", out var declared) ? declared : default;
        foreach (var name in arguments.Keys)
        {
            if (properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty(name, out _))
            {
                var known = properties.ValueKind == JsonValueKind.Object ? string.Join(", ", properties.EnumerateObject().Select(p => p.Name)) : "none";
                throw new McpProtocolException($"unknown argument '{name}' for {tool.Name}; its arguments are: {known}", McpErrorCode.InvalidParams);
            }
        }

        Pact.Schemas.JsonSchemaLibrary.EnsureLoaded();
        var schema = Schemas.GetOrAdd(tool.Name, _ => JsonSchema.FromText(tool.InputSchema.GetRawText()));
        var instance = JsonSerializer.SerializeToElement(arguments, Pact.Serialization.PactJson.Context.IDictionaryStringJsonElement);
        var result = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return;
        }

        var first = (result.Details ?? []).Prepend(result).First(d => d.Errors is { Count: > 0 });
        var pointer = first.InstanceLocation.ToString();
        var argument = pointer.Length > 1 ? pointer.TrimStart('/').Split('/')[0] : null;
        var problem = string.Join("; ", first.Errors!.Values);
        throw new McpProtocolException(
            argument is null ? $"invalid arguments for {tool.Name}: {problem}" : $"argument '{argument}' of {tool.Name}{(pointer.Count(c => c == '/') > 1 ? $" at {pointer}" : "")}: {problem}",
            McpErrorCode.InvalidParams);
    }
}
