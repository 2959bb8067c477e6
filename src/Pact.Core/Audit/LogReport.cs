namespace Pact.Audit;

/// <summary>
/// <c>pact log</c>'s answer: the events that match the filters (oldest first), how many the log holds, and whether
/// the log still agrees with the judge's ledger (<see cref="Intact"/>; the reasons are the result's diagnostics).
/// </summary>
public sealed record LogReport
{
    public required int Total { get; init; }
    public required int Matched { get; init; }
    public required IReadOnlyList<LogEntry> Events { get; init; }
    public required bool Intact { get; init; }
}
