namespace Pact.Projects;

/// <summary>What to do next: the CLI command / MCP tool (or prompt) and why.</summary>
public sealed record NextStep
{
    public required string Command { get; init; }
    public required string Tool { get; init; }
    public required string Reason { get; init; }
}
