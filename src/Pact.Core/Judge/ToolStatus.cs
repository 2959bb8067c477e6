namespace Pact.Judge;

/// <summary>One external program the judge runs, as <c>pact doctor</c> found it.</summary>
public sealed record ToolStatus
{
    public required string Name { get; init; }

    /// <summary>The environment variable that chooses it.</summary>
    public required string Variable { get; init; }

    /// <summary>Its full path; null when it was not found.</summary>
    public string? Path { get; init; }
}
