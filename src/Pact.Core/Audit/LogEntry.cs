namespace Pact.Audit;

/// <summary>One event of the project's audit log as <c>pact log</c> shows it, with its line in .pact/audit.jsonl.</summary>
public sealed record LogEntry
{
    public required int Line { get; init; }
    public required string Timestamp { get; init; }
    public required string Action { get; init; }
    public string? ComponentId { get; init; }
    public string? Actor { get; init; }
    public string Detail { get; init; } = "";
    public IReadOnlyList<string> Files { get; init; } = [];
}
