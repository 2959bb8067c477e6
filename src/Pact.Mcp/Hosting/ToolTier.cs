namespace Pact.Mcp.Hosting;

/// <summary>How many tools to list: a small core keeps the model's context cheap; the other tiers add the rest.</summary>
public enum ToolTier
{
    Core,
    Standard,
    All,
}
