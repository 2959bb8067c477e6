namespace Pact.Judge;

/// <summary>One external program the judge runs, as <c>pact doctor</c> (and the run preflight) found it.</summary>
public sealed record ToolStatus
{
    public required string Name { get; init; }

    /// <summary>The environment variable that chooses it.</summary>
    public required string Variable { get; init; }

    /// <summary>Where it was taken from: that variable, pact.yaml, or PATH.</summary>
    public string Source { get; init; } = "PATH";

    /// <summary>Its full path; null when it was not found.</summary>
    public string? Path { get; init; }

    /// <summary>What it printed for its version (for Python, with pytest's); null when it did not run.</summary>
    public string? Version { get; init; }

    /// <summary>Why it cannot be used; null when it works.</summary>
    public string? Problem { get; init; }

    /// <summary>How to install or configure it, when it cannot be used.</summary>
    public string? Install { get; init; }
}
