namespace Pact.Health;

/// <summary>
/// The derived metrics as reported. JSON has no Infinity: an infinite output/planning ratio (generation tokens
/// reported, no planning tokens) is written as <c>output_planning_ratio: null</c> with
/// <c>output_planning_ratio_infinite: true</c>, so a reader that ignores the flag still cannot mistake it for a number.
/// </summary>
public sealed record DerivedMetrics
{
    // Written even when null: a missing key would read as "not computed", null with the flag means infinite.
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? OutputPlanningRatio { get; init; }
    public bool OutputPlanningRatioInfinite { get; init; }
    public double RejectionRate { get; init; }
    public double TestPassRate { get; init; }
    public double BudgetVelocity { get; init; }
    public double RegisterDriftRate { get; init; }
    public long TotalTokens { get; init; }
}
