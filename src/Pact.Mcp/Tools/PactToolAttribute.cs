using Pact.Mcp.Hosting;

namespace Pact.Mcp.Tools;

/// <summary>Which tier lists a tool and which roles get it at all (checked when the server is built).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PactToolAttribute(ToolTier tier, McpRole roles = McpRole.All) : Attribute
{
    public ToolTier Tier { get; } = tier;
    public McpRole Roles { get; } = roles;
}
