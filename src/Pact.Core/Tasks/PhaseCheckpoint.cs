namespace Pact.Tasks;

public sealed record PhaseCheckpoint
{
    public required string AfterPhase { get; init; }
    public required string Description { get; init; }
}
