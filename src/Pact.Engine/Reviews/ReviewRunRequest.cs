namespace Pact.Engine.Reviews;

/// <summary>A review made by a backend: the claim, the components (none: the project), which reviewers, which backend.</summary>
public sealed record ReviewRunRequest
{
    public required string Claim { get; init; }
    public IReadOnlyList<string> Components { get; init; } = [];
    public bool Advocate { get; init; } = true;
    public bool Simulacrum { get; init; } = true;

    /// <summary>The backend's name; null: <c>PACT_ADVOCATE_PROVIDER</c>, else Claude Code.</summary>
    public string? Backend { get; init; }
    public string? Model { get; init; }
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(15);
}
