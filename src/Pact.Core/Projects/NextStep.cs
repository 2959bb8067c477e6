namespace Pact.Projects;

/// <summary>What to do next: the CLI command / MCP tool (or prompt), the component it is for, and why.</summary>
public sealed record NextStep
{
    public required string Command { get; init; }
    public required string Tool { get; init; }
    public required string Reason { get; init; }

    /// <summary>The component the step is about, when it is about one (the tool's <c>component_id</c> argument).</summary>
    public string? ComponentId { get; init; }

    /// <summary>True when the step is a person's decision: an agent asks the user rather than taking it (null otherwise).</summary>
    public bool? ForPerson { get; init; }
}
