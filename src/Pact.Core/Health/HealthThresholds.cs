namespace Pact.Health;

/// <summary>
/// Where the health checks turn warning or critical (reference F.3 defaults). pact.yaml <c>health_thresholds</c>
/// overrides them by lower-case key; the config schema refuses unknown keys, with a "did you mean".
/// </summary>
public sealed record HealthThresholds
{
    public double OutputPlanningRatioWarning { get; init; } = 0.5;
    public double OutputPlanningRatioCritical { get; init; } = 0.25;
    public double RejectionRateWarning { get; init; } = 0.5;
    public double RejectionRateCritical { get; init; } = 0.8;
    public double BudgetVelocityWarning { get; init; } = 1.0;
    public double BudgetVelocityCritical { get; init; } = 0.25;
    public double PhaseBalanceWarning { get; init; } = 0.4;
    public double PhaseBalanceCritical { get; init; } = 0.6;
    public double CascadeWarning { get; init; } = 2;
    public double CascadeCritical { get; init; } = 5;
    public double ComponentFailureThreshold { get; init; } = 3;
    public double RegisterDriftWarning { get; init; } = 0.2;
    public double RegisterDriftCritical { get; init; } = 0.5;

    /// <summary>As in the Python Pact, <c>output_planning_ratio_critical: 0</c> switches the health checks off.</summary>
    [JsonIgnore]
    public bool ChecksEnabled => OutputPlanningRatioCritical != 0.0;

    public static HealthThresholds Default { get; } = new();

    /// <summary>The defaults with <paramref name="overrides"/> applied. Keys were checked by the config schema; an unknown one is ignored here.</summary>
    public static HealthThresholds From(IReadOnlyDictionary<string, double> overrides)
    {
        double Get(string key, double fallback) => overrides.TryGetValue(key, out var value) ? value : fallback;
        var d = Default;
        return new HealthThresholds
        {
            OutputPlanningRatioWarning = Get("output_planning_ratio_warning", d.OutputPlanningRatioWarning),
            OutputPlanningRatioCritical = Get("output_planning_ratio_critical", d.OutputPlanningRatioCritical),
            RejectionRateWarning = Get("rejection_rate_warning", d.RejectionRateWarning),
            RejectionRateCritical = Get("rejection_rate_critical", d.RejectionRateCritical),
            BudgetVelocityWarning = Get("budget_velocity_warning", d.BudgetVelocityWarning),
            BudgetVelocityCritical = Get("budget_velocity_critical", d.BudgetVelocityCritical),
            PhaseBalanceWarning = Get("phase_balance_warning", d.PhaseBalanceWarning),
            PhaseBalanceCritical = Get("phase_balance_critical", d.PhaseBalanceCritical),
            CascadeWarning = Get("cascade_warning", d.CascadeWarning),
            CascadeCritical = Get("cascade_critical", d.CascadeCritical),
            ComponentFailureThreshold = Get("component_failure_threshold", d.ComponentFailureThreshold),
            RegisterDriftWarning = Get("register_drift_warning", d.RegisterDriftWarning),
            RegisterDriftCritical = Get("register_drift_critical", d.RegisterDriftCritical),
        };
    }
}
