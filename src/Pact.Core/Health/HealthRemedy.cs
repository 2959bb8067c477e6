namespace Pact.Health;

/// <summary>
/// What to do about a critical finding (reference F.5). The Python daemon applied these through a FIFO directive;
/// Pact for .NET has no daemon, so <see cref="Action"/> says in a sentence what the agent or user should do.
/// </summary>
public sealed record HealthRemedy
{
    /// <summary>max_plan_revisions, shaping, skip_cascaded or informational (the Python Pact's kinds).</summary>
    public required string Kind { get; init; }
    public required string Description { get; init; }

    /// <summary>True for remedies that need no action (informational ones).</summary>
    public bool Informational { get; init; }
    public required string Action { get; init; }
}
