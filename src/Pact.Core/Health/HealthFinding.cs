namespace Pact.Health;

/// <summary>The result of one check. Healthy findings are listed too, so "insufficient data" is visible.</summary>
public sealed record HealthFinding
{
    public required HealthCondition Condition { get; init; }
    public required HealthStatus Status { get; init; }
    public required string Message { get; init; }

    public override string ToString() => $"[{Name(Condition)}] {Message}";

    public static string Name(HealthCondition condition) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(condition.ToString());
}
