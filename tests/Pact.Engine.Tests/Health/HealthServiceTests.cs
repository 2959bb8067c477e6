using Pact.Audit;
using Pact.Engine.Health;
using Pact.Engine.Projects;
using Pact.Engine.Storage;
using Pact.Engine.Tests.Judge;
using Pact.Health;
using Pact.Projects;

namespace Pact.Engine.Tests.Health;

/// <summary>pact health over a real project: counters from real pytest runs and from recorded usage.</summary>
public sealed class HealthServiceTests : IDisposable
{
    private readonly JudgeFixture _f = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _f.Dispose();

    private HealthService Health => _f.Get<HealthService>();

    [Fact]
    public async Task NewProject_IsHealthy_WithEveryCheckListed()
    {
        await _f.InitAsync();

        var result = await Health.ReportAsync(_f.Project, Ct);

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        Assert.Equal(HealthStatus.Healthy, result.Data!.Status);
        Assert.Equal(Enum.GetValues<HealthCondition>().Length, result.Data.Findings.Count);
        Assert.Equal(10.0, result.Data.Metrics.BudgetCap);
    }

    [Fact]
    public async Task JudgeRuns_BecomeAttempts_AndTheLatestFailureIsTracked()
    {
        await _f.InitAsync();
        await _f.CalcAsync("def add(a, b):\n    return abs(a) + abs(b)\n");
        Assert.Equal(Outcome.Invalid, (await _f.TestAsync()).Outcome);

        var failing = (await Health.ReportAsync(_f.Project, Ct)).Data!;
        // The passing test is the suite's other case and the generated emission test.
        Assert.Equal((1, 1, 2, 1), (failing.Metrics.ImplementationAttempts, failing.Metrics.ImplementationFailures, failing.Metrics.TestPasses, failing.Metrics.TestFailures));
        Assert.Equal(["calc"], failing.FailedComponents);
        Assert.Equal(0, failing.Metrics.ImplementationsProduced);

        _f.Write("src/calc/calc.py", "def add(a, b):\n    return a + b\n" + JudgeFixture.EmittingAdd);
        Assert.True((await _f.TestAsync()).Ok);

        var passing = (await Health.ReportAsync(_f.Project, Ct)).Data!;
        Assert.Equal((2, 1), (passing.Metrics.ImplementationAttempts, passing.Metrics.ImplementationFailures));
        Assert.Equal(new Dictionary<string, int> { ["calc"] = 1 }, passing.Metrics.ComponentFailures);
        Assert.Empty(passing.FailedComponents);
        Assert.Equal((1, 1, 1), (passing.Metrics.ContractsProduced, passing.Metrics.TestsProduced, passing.Metrics.ImplementationsProduced));
    }

    [Fact]
    public async Task RecordedUsage_FeedsTheTokenChecks_AndIsOneAuditEventEach()
    {
        await _f.InitAsync();

        var first = await Health.RecordAsync(_f.Project, "decompose", 40_000, 20_000, calls: 3, spendUsd: 1.5, Ct);
        var second = await Health.RecordAsync(_f.Project, "implement", 1_000, 500, calls: null, spendUsd: null, Ct);

        Assert.True(first.Ok && second.Ok, string.Join("\n", first.Diagnostics.Concat(second.Diagnostics)));
        Assert.Equal(1, second.Data!.Recorded.Calls);
        var (events, _) = await AuditLog.ReadAsync(Path.Combine(_f.Project, ".pact/audit.jsonl"), Ct);
        Assert.Equal(2, events.Count(e => e.Action == AuditActions.HealthRecord && e.Usage is not null));

        var report = (await Health.ReportAsync(_f.Project, Ct)).Data!;
        Assert.Equal((60_000L, 1_500L, 3L, 1L), (report.Metrics.PlanningTokens, report.Metrics.GenerationTokens, report.Metrics.PlanningCalls, report.Metrics.GenerationCalls));
        Assert.Equal(HealthStatus.Critical, report.Status);
        Assert.Contains(report.Findings, f => f.Condition == HealthCondition.PhaseBalance && f.Status == HealthStatus.Critical);
    }

    [Fact]
    public async Task Status_ShowsTheHealth_AndTheFirstCriticalFinding()
    {
        await _f.InitAsync();
        var healthy = (await _f.Get<StatusService>().GetAsync(_f.Project, Ct)).Data!;
        await Health.RecordAsync(_f.Project, "decompose", 40_000, 20_000, calls: 3, spendUsd: 1.5, Ct);
        await Health.RecordAsync(_f.Project, "implement", 1_000, 500, calls: null, spendUsd: null, Ct);

        var critical = (await _f.Get<StatusService>().GetAsync(_f.Project, Ct)).Data!;

        Assert.Equal((HealthStatus.Healthy, ""), (healthy.Health, healthy.HealthNote));
        Assert.Equal(HealthStatus.Critical, critical.Health);
        Assert.StartsWith("[phase_balance] ", critical.HealthNote, StringComparison.Ordinal);
        Assert.Equal(healthy.Next, critical.Next); // health informs; it does not change the next step
    }

    [Theory]
    [InlineData("implemnt", 1, 1, null, "health.phase.unknown", "did you mean 'implement'")]
    [InlineData("implement", -1, 1, null, "health.usage.negative", "input tokens")]
    [InlineData("implement", 1, -1, null, "health.usage.negative", "output tokens")]
    [InlineData("implement", 1, 1, -0.5, "health.usage.negative", "spend_usd")]
    [InlineData("implement", 1, 1, double.NaN, "health.usage.negative", "finite")]
    public async Task BadUsage_IsRefused_NamingTheField_AndWritesNothing(string phase, long input, long output, double? spend, string rule, string text)
    {
        await _f.InitAsync();
        var before = TreeSnapshot.Of(_f.Project);

        var result = await Health.RecordAsync(_f.Project, phase, input, output, calls: null, spend, Ct);

        Assert.Equal(Outcome.Invalid, result.Outcome);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(rule, diagnostic.Rule);
        Assert.Contains(text, diagnostic.Message + " " + diagnostic.Fix, StringComparison.Ordinal);
        TreeSnapshot.AssertUnchanged(before, _f.Project);
    }

    [Fact]
    public async Task NegativeCalls_AreRefused()
    {
        await _f.InitAsync();

        var result = await Health.RecordAsync(_f.Project, "tests", 1, 1, calls: -2, spendUsd: null, Ct);

        Assert.Equal("/calls", Assert.Single(result.Diagnostics).Pointer);
    }

    [Fact]
    public async Task NotAProject_IsNotFound()
    {
        var result = await Health.ReportAsync(Path.Combine(_f.Dir.Path, "nowhere"), Ct);

        Assert.Equal(Outcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task ConfiguredThresholds_AreApplied()
    {
        await _f.InitAsync(extraConfig: "health_thresholds:\n  output_planning_ratio_critical: 0\n");
        await Health.RecordAsync(_f.Project, "decompose", 90_000, 0, calls: null, spendUsd: 9, Ct);

        var report = (await Health.ReportAsync(_f.Project, Ct)).Data!;

        Assert.False(report.ChecksEnabled);
        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Equal(0, report.Thresholds.OutputPlanningRatioCritical);
    }
}
