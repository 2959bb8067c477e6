namespace Pact.Audit;

/// <summary>
/// One line of .pact/audit.jsonl. The Python Pact puts extra keys beside <c>action</c> and <c>detail</c>; they are
/// kept in <see cref="Extra"/> so its logs load and round-trip.
/// </summary>
public sealed record AuditEvent
{
    /// <summary>ISO 8601, UTC, from the injected TimeProvider.</summary>
    public required string Timestamp { get; init; }
    public required string Action { get; init; }
    public string Detail { get; set; } = "";
    public string? ComponentId { get; init; }

    /// <summary>Which face made the change: cli, mcp, or a test.</summary>
    public string? Actor { get; init; }

    /// <summary>Paths (relative to the project) that the change wrote.</summary>
    public IReadOnlyList<string>? Files { get; init; }

    /// <summary>Suite runs of a test, polish or certify command (counts only), for the health metrics.</summary>
    public IReadOnlyList<AuditRun>? Runs { get; init; }

    /// <summary>Model usage reported by the agent (<c>health.record</c> events).</summary>
    public AuditUsage? Usage { get; init; }

    // Settable because System.Text.Json fills extension data after construction; nothing else mutates it.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
