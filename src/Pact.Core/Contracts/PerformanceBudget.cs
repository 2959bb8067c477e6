namespace Pact.Contracts;

/// <summary>Optional performance limits of one function. Latency in milliseconds at the 95th percentile, memory in MiB.</summary>
public sealed record PerformanceBudget
{
    public int? P95LatencyMs { get; init; }
    public int? MaxMemoryMb { get; init; }
    public string? Complexity { get; init; }
}
