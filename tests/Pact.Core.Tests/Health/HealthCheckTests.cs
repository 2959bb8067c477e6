using Pact.Health;

namespace Pact.Core.Tests.Health;

/// <summary>Every check of reference F.3 at its boundaries: the threshold value itself is on the documented side.</summary>
public sealed class HealthCheckTests
{
    private static readonly HealthThresholds T = HealthThresholds.Default;

    private static HealthMetrics Tokens(long planning, long generation) => new() { PlanningTokens = planning, GenerationTokens = generation };

    [Theory]
    [InlineData(1000, 249, HealthStatus.Critical)]
    [InlineData(1000, 250, HealthStatus.Warning)] // exactly the critical threshold 0.25: not below it
    [InlineData(1000, 499, HealthStatus.Warning)]
    [InlineData(1000, 500, HealthStatus.Healthy)] // exactly the warning threshold 0.5
    [InlineData(0, 2000, HealthStatus.Healthy)] // infinite ratio: all generation
    [InlineData(900, 99, HealthStatus.Healthy)] // 999 tokens: insufficient data, though the ratio is tiny
    public void OutputPlanningRatio_Boundaries(long planning, long generation, HealthStatus expected) =>
        Assert.Equal(expected, HealthCheck.OutputPlanningRatio(Tokens(planning, generation), T, preArtifact: false).Status);

    [Fact]
    public void OutputPlanningRatio_IsNotChecked_BeforeArtifacts()
    {
        var finding = HealthCheck.OutputPlanningRatio(Tokens(100_000, 0), T, preArtifact: true);

        Assert.Equal(HealthStatus.Healthy, finding.Status);
        Assert.Contains("interview, shape", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 8, HealthStatus.Critical)] // exactly 0.8
    [InlineData(10, 7, HealthStatus.Warning)]
    [InlineData(10, 5, HealthStatus.Warning)] // exactly 0.5
    [InlineData(10, 4, HealthStatus.Healthy)]
    [InlineData(1, 1, HealthStatus.Healthy)] // one attempt: insufficient data
    [InlineData(2, 2, HealthStatus.Critical)] // two attempts is enough
    public void RejectionRate_Boundaries(int attempts, int failures, HealthStatus expected) =>
        Assert.Equal(expected, HealthCheck.RejectionRate(new HealthMetrics { ImplementationAttempts = attempts, ImplementationFailures = failures }, T).Status);

    [Fact]
    public void RejectionRate_CountsAdvocateReviewsThatRejectedTheWork_AsAttemptsThatFailed()
    {
        // One passing run and one review: not enough without the review, critical with its rejection (1 of 2).
        var metrics = new HealthMetrics { ImplementationAttempts = 1, Reviews = 1, ReviewRejections = 1 };

        var finding = HealthCheck.RejectionRate(metrics, T);

        Assert.Equal(HealthStatus.Warning, finding.Status);
        Assert.Contains("1 of 1 Advocate reviews rejected the work", finding.Message, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, HealthCheck.RejectionRate(metrics with { Reviews = 0, ReviewRejections = 0 }, T).Status);
    }

    [Theory]
    [InlineData(8.0, 1, HealthStatus.Critical)] // 0.125 per dollar
    [InlineData(4.0, 1, HealthStatus.Warning)] // exactly 0.25: not below the critical threshold
    [InlineData(4.0, 3, HealthStatus.Warning)]
    [InlineData(4.0, 4, HealthStatus.Healthy)] // exactly 1.0
    [InlineData(0.09, 0, HealthStatus.Healthy)] // under $0.10: insufficient data
    [InlineData(0.10, 0, HealthStatus.Critical)] // $0.10 is enough
    public void BudgetVelocity_Boundaries(double spend, int contracts, HealthStatus expected) =>
        Assert.Equal(expected, HealthCheck.BudgetVelocity(new HealthMetrics { TotalSpend = spend, ContractsProduced = contracts }, T, preArtifact: false).Status);

    [Fact]
    public void BudgetVelocity_IsNotChecked_BeforeArtifacts() =>
        Assert.Equal(HealthStatus.Healthy, HealthCheck.BudgetVelocity(new HealthMetrics { TotalSpend = 9 }, T, preArtifact: true).Status);

    private static HealthMetrics Phases(params long[] tokens) => new()
    {
        PhaseTokens = tokens.Select((t, i) => (Name: $"p{i}", Usage: new PhaseUsage { InputTokens = t })).ToDictionary(p => p.Name, p => p.Usage),
    };

    [Theory]
    [InlineData(new long[] { 600, 200, 200 }, HealthStatus.Critical)] // exactly 0.6
    [InlineData(new long[] { 598, 201, 201 }, HealthStatus.Warning)]
    [InlineData(new long[] { 400, 150, 150, 150, 150 }, HealthStatus.Warning)] // exactly 0.4, 0.2 over the fair share
    [InlineData(new long[] { 399, 151, 150, 150, 150 }, HealthStatus.Healthy)]
    [InlineData(new long[] { 400, 300, 300 }, HealthStatus.Healthy)] // 0.4 but only 0.067 over the fair share of 1/3
    [InlineData(new long[] { 600, 400 }, HealthStatus.Healthy)] // 0.6 but only 0.1 over the fair share of 0.5: not more than 0.1
    [InlineData(new long[] { 650, 350 }, HealthStatus.Critical)]
    [InlineData(new long[] { 5000 }, HealthStatus.Healthy)] // one phase: no excess over a fair share
    [InlineData(new long[] { 900, 99 }, HealthStatus.Healthy)] // 999 tokens: insufficient data
    [InlineData(new long[0], HealthStatus.Healthy)] // no phase data
    public void PhaseBalance_Boundaries(long[] tokens, HealthStatus expected) =>
        Assert.Equal(expected, HealthCheck.PhaseBalance(Phases(tokens), T).Status);

    [Theory]
    [InlineData(5, 0, HealthStatus.Critical)]
    [InlineData(4, 0, HealthStatus.Warning)]
    [InlineData(2, 0, HealthStatus.Warning)]
    [InlineData(1, 0, HealthStatus.Healthy)]
    [InlineData(0, 3, HealthStatus.Warning)] // one component failed 3 times
    [InlineData(0, 2, HealthStatus.Healthy)]
    [InlineData(5, 3, HealthStatus.Critical)]
    public void GracefulDegradation_Boundaries(int cascades, int failuresOfOne, HealthStatus expected)
    {
        var metrics = new HealthMetrics { CascadeEvents = cascades, ComponentFailures = failuresOfOne == 0 ? new Dictionary<string, int>() : new Dictionary<string, int> { ["parser"] = failuresOfOne } };

        var finding = HealthCheck.GracefulDegradation(metrics, T);

        Assert.Equal(expected, finding.Status);
        if (cascades == 0 && failuresOfOne >= 3)
        {
            Assert.Contains("parser (3)", finding.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(10, 5, HealthStatus.Critical)] // exactly 0.5
    [InlineData(10, 2, HealthStatus.Warning)] // exactly 0.2
    [InlineData(10, 1, HealthStatus.Healthy)]
    [InlineData(1, 1, HealthStatus.Healthy)] // one check: insufficient data
    [InlineData(0, 0, HealthStatus.Healthy)] // never sampled (Pact for .NET calls no model)
    public void RegisterDrift_Boundaries(int checks, int drifted, HealthStatus expected) =>
        Assert.Equal(expected, HealthCheck.RegisterDrift(new HealthMetrics { RegisterChecks = checks, RegisterDriftEvents = drifted }, T).Status);

    [Theory]
    [InlineData(4100, 1000, HealthStatus.Critical)] // 19.6% of 5100 tokens
    [InlineData(4800, 1200, HealthStatus.Healthy)] // exactly 20%: not below
    [InlineData(4001, 999, HealthStatus.Healthy)] // exactly 5000 tokens: the check needs more
    [InlineData(0, 0, HealthStatus.Healthy)] // no tokens: share taken as 0.5
    public void VarianceReachesTarget_Boundaries(long planning, long generation, HealthStatus expected) =>
        Assert.Equal(expected, HealthCheck.VarianceReachesTarget(Tokens(planning, generation), preArtifact: false).Status);

    [Theory]
    [InlineData(1.01, 0, HealthStatus.Critical)]
    [InlineData(1.00, 0, HealthStatus.Warning)] // $1.00 is not more than $1.00; 0 per dollar is below 0.5
    [InlineData(2.00, 1, HealthStatus.Healthy)] // exactly 0.5 per dollar
    [InlineData(2.02, 1, HealthStatus.Warning)]
    [InlineData(0.00, 0, HealthStatus.Healthy)] // nothing spent
    public void GainOutweighsCost_Boundaries(double spend, int contracts, HealthStatus expected) =>
        Assert.Equal(expected, HealthCheck.GainOutweighsCost(new HealthMetrics { TotalSpend = spend, ContractsProduced = contracts }, preArtifact: false).Status);

    [Fact]
    public void VarianceAndGain_AreHealthy_BeforeArtifacts()
    {
        Assert.Equal(HealthStatus.Healthy, HealthCheck.VarianceReachesTarget(Tokens(100_000, 0), preArtifact: true).Status);
        Assert.Equal(HealthStatus.Healthy, HealthCheck.GainOutweighsCost(new HealthMetrics { TotalSpend = 50 }, preArtifact: true).Status);
    }

    [Fact]
    public void Evaluate_ListsEveryCondition_AndIsHealthy_ForANewProject()
    {
        var assessment = HealthCheck.Evaluate(new HealthMetrics(), "interview", T);

        Assert.Equal(HealthStatus.Healthy, assessment.Status);
        Assert.False(assessment.ShouldAbort);
        Assert.Equal(Enum.GetValues<HealthCondition>().Order(), assessment.Findings.Select(f => f.Condition).Order());
        Assert.Empty(assessment.Remedies);
    }

    [Fact]
    public void Evaluate_CriticalRejection_IsCritical_ButNoAbort_WithItsRemedy()
    {
        var metrics = new HealthMetrics { ImplementationAttempts = 5, ImplementationFailures = 5 };

        var assessment = HealthCheck.Evaluate(metrics, "implement", T);

        Assert.Equal(HealthStatus.Critical, assessment.Status);
        Assert.False(assessment.ShouldAbort);
        Assert.Equal("max_plan_revisions", Assert.Single(assessment.Remedies).Kind);
    }

    [Fact]
    public void Evaluate_WarningsOnly_AreWarning_WithoutRemedies()
    {
        var assessment = HealthCheck.Evaluate(new HealthMetrics { ImplementationAttempts = 10, ImplementationFailures = 5 }, "implement", T);

        Assert.Equal(HealthStatus.Warning, assessment.Status);
        Assert.Empty(assessment.Remedies);
    }

    [Fact]
    public void Evaluate_PlanningHeavySpend_Aborts_AndProposesLessPlanning()
    {
        var metrics = new HealthMetrics
        {
            PlanningTokens = 90_000,
            GenerationTokens = 1_000,
            TotalSpend = 3.0,
            PhaseTokens = new Dictionary<string, PhaseUsage> { ["decompose"] = new() { InputTokens = 90_000 }, ["implement"] = new() { InputTokens = 1_000 } },
        };

        var assessment = HealthCheck.Evaluate(metrics, "implement", T);

        Assert.True(assessment.ShouldAbort);
        Assert.Equal(HealthStatus.Critical, assessment.Status);
        var critical = assessment.Findings.Where(f => f.Status == HealthStatus.Critical).Select(f => f.Condition).ToList();
        Assert.Contains(HealthCondition.OutputPlanningRatio, critical);
        Assert.Contains(HealthCondition.VarianceReachesTarget, critical);
        Assert.Contains(HealthCondition.GainOutweighsCost, critical);
        Assert.Equal(["shaping", "informational"], assessment.Remedies.Select(r => r.Kind));
        Assert.True(assessment.Remedies.Single(r => r.Kind == "informational").Informational);
    }

    [Fact]
    public void Evaluate_Cascade_ProposesFixingTheMostFailingFirst()
    {
        var metrics = new HealthMetrics { CascadeEvents = 6, ComponentFailures = new Dictionary<string, int> { ["lexer"] = 4, ["parser"] = 1 } };

        var remedy = Assert.Single(HealthCheck.Evaluate(metrics, "implement", T).Remedies);

        Assert.Equal("skip_cascaded", remedy.Kind);
        Assert.Contains("lexer, parser", remedy.Action, StringComparison.Ordinal);
    }

    [Fact]
    public void Thresholds_FromConfig_MoveTheBoundaries()
    {
        var thresholds = HealthThresholds.From(new Dictionary<string, double> { ["rejection_rate_critical"] = 0.9, ["cascade_warning"] = 1 });
        var metrics = new HealthMetrics { ImplementationAttempts = 10, ImplementationFailures = 8, CascadeEvents = 1 };

        Assert.Equal(HealthStatus.Warning, HealthCheck.RejectionRate(metrics, thresholds).Status);
        Assert.Equal(HealthStatus.Warning, HealthCheck.GracefulDegradation(metrics, thresholds).Status);
        Assert.Equal(0.5, thresholds.RejectionRateWarning);
    }

    [Fact]
    public void ZeroOutputPlanningRatioCritical_DisablesTheChecks()
    {
        var thresholds = HealthThresholds.From(new Dictionary<string, double> { ["output_planning_ratio_critical"] = 0 });

        var assessment = HealthCheck.Evaluate(new HealthMetrics { ImplementationAttempts = 9, ImplementationFailures = 9, CascadeEvents = 9 }, "implement", thresholds);

        Assert.False(assessment.ChecksEnabled);
        Assert.Equal(HealthStatus.Healthy, assessment.Status);
        Assert.Empty(assessment.Findings);
    }

    [Fact]
    public void Finding_PrintsConditionInBrackets() =>
        Assert.Equal("[rejection_rate] x", new HealthFinding { Condition = HealthCondition.RejectionRate, Status = HealthStatus.Warning, Message = "x" }.ToString());
}
