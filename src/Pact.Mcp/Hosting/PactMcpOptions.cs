namespace Pact.Mcp.Hosting;

/// <summary>How <c>pact mcp</c> was started.</summary>
public sealed record PactMcpOptions
{
    public McpRole Role { get; init; } = McpRole.Solo;
    public ToolTier Tier { get; init; } = ToolTier.Core;

    /// <summary>The project used when a tool names none and the client offers no roots; also the allowed root then.</summary>
    public string ProjectDir { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>
    /// The judge service's own audit directory (separate-user mode): set, the server serves only <see cref="ProjectDir"/>
    /// and only while its pact.yaml names this directory, whatever the project says (see <see cref="ServiceScope"/>).
    /// </summary>
    public string? AuditDir { get; init; }
}
