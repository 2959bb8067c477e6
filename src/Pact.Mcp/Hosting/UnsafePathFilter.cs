using Pact.Engine.Storage;

namespace Pact.Mcp.Hosting;

/// <summary>
/// A write refused by <see cref="SafePath"/> (a link inside the project) reaches the tool as an exception; the caller
/// gets it back as the same result envelope any refused call returns (outcome invalid, the diagnostic, no data),
/// instead of the SDK's generic "an error occurred".
/// </summary>
internal static class UnsafePathFilter
{
    public static McpRequestHandler<CallToolRequestParams, CallToolResult> Filter(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (context, cancellationToken) =>
        {
            try
            {
                return await next(context, cancellationToken);
            }
            catch (UnsafePathException e)
            {
                var command = PactMcpServerBuilderExtensions.CommandOf(context.Params?.Name) ?? "pact";
                // The envelope carries no data, so any result type serializes it the same way.
                return ToolResults.From(CommandResults.Fail<FreezeReport>(command, Outcome.Invalid, e.Diagnostic), PactJson.Context.CommandResultFreezeReport);
            }
        };
}
