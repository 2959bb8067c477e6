namespace Pact.Mcp.Tools;

/// <summary>Which tier lists a primitive and which roles get it at all (checked when the server is built).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PactToolAttribute(ToolTier tier, McpRole roles = McpRole.All) : Attribute
{
    /// <summary>For a tool: the command it is the MCP face of; its results carry that name, as `pact COMMAND --json` does.</summary>
    public string? Command { get; init; }

    public ToolTier Tier { get; } = tier;
    public McpRole Roles { get; } = roles;
}
