namespace Pact.Pipeline;

/// <summary>
/// One competitive round of a component, written beside its attempts (<c>.pact/attempts/CID/ROUND/competition.json</c>)
/// so the losers can be inspected with the scores that made them lose.
/// </summary>
public sealed record CompetitionRecord
{
    public required string ComponentId { get; init; }

    /// <summary>The component's implementation round (1 for the first; a failing component is sent back for another).</summary>
    public required int Round { get; init; }

    /// <summary>The winning attempt's number, or null when none completed.</summary>
    public int? Winner { get; init; }

    public required IReadOnlyList<AttemptScore> Attempts { get; init; }
}
