namespace Pact.Engine;

/// <summary>Who is acting and how long to wait for a busy project. Registered once per process by the CLI or the MCP host.</summary>
public sealed record PactRuntime
{
    /// <summary>Recorded in every audit event: "cli", "mcp", or a test's name.</summary>
    public string Actor { get; init; } = "cli";
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
