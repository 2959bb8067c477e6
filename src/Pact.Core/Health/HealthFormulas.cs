namespace Pact.Health;

/// <summary>The derived metrics of reference F.2, as pure functions of the counters.</summary>
public static class HealthFormulas
{
    /// <summary>Generation tokens per planning token; +∞ when generation happened with no planning at all, 0 when neither did.</summary>
    public static double OutputPlanningRatio(HealthMetrics m) =>
        m.PlanningTokens == 0 ? (m.GenerationTokens > 0 ? double.PositiveInfinity : 0.0) : (double)m.GenerationTokens / m.PlanningTokens;

    /// <summary>
    /// Reference F.2's implementation_failures / implementation_attempts, with Advocate reviews counted as attempts and
    /// their rejections as failures: a review that rejects the work is a rejection like a failed suite.
    /// </summary>
    public static double RejectionRate(HealthMetrics m) =>
        m.ImplementationAttempts + m.Reviews == 0 ? 0.0 : (double)(m.ImplementationFailures + m.ReviewRejections) / (m.ImplementationAttempts + m.Reviews);

    public static double TestPassRate(HealthMetrics m) =>
        m.TestPasses + m.TestFailures == 0 ? 0.0 : (double)m.TestPasses / (m.TestPasses + m.TestFailures);

    /// <summary>Artifacts (contracts, suites, implementations) per dollar; 0 when nothing was spent.</summary>
    public static double BudgetVelocity(HealthMetrics m) =>
        m.TotalSpend <= 0 ? 0.0 : m.ArtifactsProduced / m.TotalSpend;

    public static double RegisterDriftRate(HealthMetrics m) =>
        m.RegisterChecks == 0 ? 0.0 : (double)m.RegisterDriftEvents / m.RegisterChecks;

    /// <summary>Share of generation in planning + generation tokens; 0.5 (balanced) when there are none.</summary>
    public static double GenerationShare(HealthMetrics m) =>
        m.TotalTokens == 0 ? 0.5 : (double)m.GenerationTokens / m.TotalTokens;

    public static DerivedMetrics Derive(HealthMetrics m)
    {
        var ratio = OutputPlanningRatio(m);
        return new DerivedMetrics
        {
            OutputPlanningRatio = double.IsPositiveInfinity(ratio) ? null : ratio,
            OutputPlanningRatioInfinite = double.IsPositiveInfinity(ratio),
            RejectionRate = RejectionRate(m),
            TestPassRate = TestPassRate(m),
            BudgetVelocity = BudgetVelocity(m),
            RegisterDriftRate = RegisterDriftRate(m),
            TotalTokens = m.TotalTokens,
        };
    }
}
