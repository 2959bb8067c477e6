namespace Pact.Mcp.Hosting;

/// <summary>
/// A tool listed from its recorded description (<see cref="ToolListing"/>) and built from its method only when it is
/// first called: a session that lists tools and calls three of them builds three, not all of them at start-up.
/// </summary>
internal sealed class DeferredTool(Tool protocolTool, Func<McpServerTool> build) : McpServerTool
{
    private readonly Lazy<McpServerTool> _tool = new(build, LazyThreadSafetyMode.ExecutionAndPublication);

    public override Tool ProtocolTool { get; } = protocolTool;

    public override IReadOnlyList<object> Metadata => _tool.Value.Metadata;

    public override ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default) =>
        _tool.Value.InvokeAsync(request, cancellationToken);
}
