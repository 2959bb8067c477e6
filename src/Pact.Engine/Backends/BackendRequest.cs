namespace Pact.Engine.Backends;

/// <summary>One question for a code-agent backend: the prompt, the JSON Schema its answer must follow, where it works.</summary>
public sealed record BackendRequest
{
    public required string Prompt { get; init; }

    /// <summary>The JSON Schema (as text) of the structured answer asked for.</summary>
    public required string OutputSchema { get; init; }

    /// <summary>The directory the agent runs in (the project: it reads the code there).</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>The model to ask for, or null for the backend's default.</summary>
    public string? Model { get; init; }

    /// <summary>
    /// Whether the agent may change files in <see cref="WorkingDirectory"/> (an implementer); false keeps it to
    /// reading (a reviewer, an author whose artifact Pact itself stores through the gates).
    /// </summary>
    public bool MayEdit { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Variables set for the agent's process only (a credential taken from a Pact-specific variable, say); the
    /// caller's own environment is never changed.
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
}
