namespace Pact.Judge;

/// <summary>
/// Which line of the project's <c>.pact/audit.jsonl</c> a ledger entry stands for: its timestamp and the SHA-256 of the
/// line as written. <c>status</c> and <c>validate</c> look for that line; gone or different, the project log diverged.
/// </summary>
public sealed record LoggedEvent
{
    public required string Timestamp { get; init; }
    public required string Sha256 { get; init; }
}
