using System.Text.Json;
using Pact.Health;
using Pact.Serialization;

namespace Pact.Core.Tests.Health;

/// <summary>The derived metrics of reference F.2, including their divide-by-zero cases.</summary>
public sealed class HealthFormulasTests
{
    [Theory]
    [InlineData(1000, 500, 0.5)]
    [InlineData(0, 0, 0.0)] // nothing at all: 0, not NaN
    [InlineData(0, 10, double.PositiveInfinity)] // generation with no planning
    public void OutputPlanningRatio(long planning, long generation, double expected) =>
        Assert.Equal(expected, HealthFormulas.OutputPlanningRatio(new HealthMetrics { PlanningTokens = planning, GenerationTokens = generation }));

    [Fact]
    public void Rates_AreZero_WithoutData_AndFractionsOtherwise()
    {
        Assert.Equal(0.0, HealthFormulas.RejectionRate(new HealthMetrics()));
        Assert.Equal(0.25, HealthFormulas.RejectionRate(new HealthMetrics { ImplementationAttempts = 4, ImplementationFailures = 1 }));
        Assert.Equal(0.5, HealthFormulas.RejectionRate(new HealthMetrics { ImplementationAttempts = 3, ImplementationFailures = 1, Reviews = 1, ReviewRejections = 1 }));
        Assert.Equal(0.0, HealthFormulas.TestPassRate(new HealthMetrics()));
        Assert.Equal(0.75, HealthFormulas.TestPassRate(new HealthMetrics { TestPasses = 3, TestFailures = 1 }));
        Assert.Equal(0.0, HealthFormulas.RegisterDriftRate(new HealthMetrics()));
        Assert.Equal(0.5, HealthFormulas.RegisterDriftRate(new HealthMetrics { RegisterChecks = 4, RegisterDriftEvents = 2 }));
        Assert.Equal(0.5, HealthFormulas.GenerationShare(new HealthMetrics()));
    }

    [Fact]
    public void BudgetVelocity_CountsEveryArtifact_PerDollar_AndIsZeroWithoutSpend()
    {
        var metrics = new HealthMetrics { PlanArtifactsProduced = 1, ContractsProduced = 2, TestsProduced = 3, ImplementationsProduced = 2, TotalSpend = 4 };

        Assert.Equal(8, metrics.ArtifactsProduced);
        Assert.Equal(2.0, HealthFormulas.BudgetVelocity(metrics));
        Assert.Equal(0.0, HealthFormulas.BudgetVelocity(metrics with { TotalSpend = 0 }));
        Assert.Equal(0.0, HealthFormulas.BudgetVelocity(metrics with { TotalSpend = -1 }));
    }

    [Fact]
    public void InfiniteRatio_IsNullWithAFlag_InJson()
    {
        var derived = HealthFormulas.Derive(new HealthMetrics { GenerationTokens = 10 });

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(derived, PactJson.Context.Options));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("output_planning_ratio").ValueKind);
        Assert.True(json.RootElement.GetProperty("output_planning_ratio_infinite").GetBoolean());
        Assert.Equal(10, json.RootElement.GetProperty("total_tokens").GetInt64());
    }

    [Fact]
    public void FiniteRatio_IsANumber_WithTheFlagFalse()
    {
        var derived = HealthFormulas.Derive(new HealthMetrics { PlanningTokens = 4, GenerationTokens = 1 });

        Assert.Equal(0.25, derived.OutputPlanningRatio);
        Assert.False(derived.OutputPlanningRatioInfinite);
    }
}
