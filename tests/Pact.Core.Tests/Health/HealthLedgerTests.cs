using Pact.Audit;
using Pact.Decomposition;
using Pact.Health;
using Pact.Judge;

namespace Pact.Core.Tests.Health;

/// <summary>The counters derived from a hand-made audit log.</summary>
public sealed class HealthLedgerTests
{
    private static AuditEvent Event(string action, string? component = null, AuditRun[]? runs = null, AuditUsage? usage = null) =>
        new() { Timestamp = "2026-11-26T10:00:00Z", Action = action, ComponentId = component, Runs = runs, Usage = usage };

    private static AuditRun Run(string id, SuiteStatus status, int passed = 0, int failed = 0, SuiteKind kind = SuiteKind.Visible) =>
        new() { ComponentId = id, Kind = kind, Status = status, Total = passed + failed, Passed = passed, Failed = failed };

    private static DecompositionNode Node(string id, string parent, params string[] children) =>
        new() { ComponentId = id, Name = id, Description = id, ParentId = parent, Children = children };

    private static readonly DecompositionTree Tree = new()
    {
        RootId = "app",
        Nodes = new[] { Node("app", "", "lexer", "parser"), Node("lexer", "app"), Node("parser", "app") }.ToDictionary(n => n.ComponentId),
    };

    private static readonly HealthArtifacts OnDisk = new(PlanArtifacts: 2, Contracts: 3, Suites: 4, BudgetCap: 5);

    [Fact]
    public void Revisions_AreResubmissions_OfDecompositionContractsAndVisibleSuites()
    {
        AuditEvent[] log =
        [
            Event("init"), Event("decompose"), Event("decompose"),
            Event("contract", "lexer"), Event("contract", "lexer"), Event("contract", "lexer"), Event("contract", "parser"),
            Event("tests.lock", "lexer"), Event("tests.lock", "lexer"), Event("goodhart.lock", "lexer"), Event("goodhart.lock", "lexer"),
        ];

        var (metrics, _) = HealthLedger.Derive(log, Tree, OnDisk);

        Assert.Equal(1 + 2 + 1, metrics.PlanRevisions);
    }

    [Fact]
    public void Runs_GiveAttemptsFailuresPassesAndTheLatestFailures()
    {
        AuditEvent[] log =
        [
            Event("test", runs: [Run("lexer", SuiteStatus.Failed, passed: 1, failed: 2), Run("parser", SuiteStatus.Passed, passed: 3)]),
            Event("test", runs: [Run("lexer", SuiteStatus.Passed, passed: 3)]),
            Event("polish", runs: [Run("lexer", SuiteStatus.Passed, passed: 3), Run("parser", SuiteStatus.Timeout), Run("lexer", SuiteStatus.Failed, passed: 1, failed: 1, kind: SuiteKind.Hidden)]),
        ];

        var (metrics, failed) = HealthLedger.Derive(log, Tree, OnDisk);

        Assert.Equal(5, metrics.ImplementationAttempts); // visible runs only
        Assert.Equal(2, metrics.ImplementationFailures);
        Assert.Equal(new Dictionary<string, int> { ["lexer"] = 1, ["parser"] = 1 }, metrics.ComponentFailures);
        Assert.Equal(1 + 3 + 3 + 3 + 1, metrics.TestPasses); // hidden counts included
        Assert.Equal(2 + 1, metrics.TestFailures);
        Assert.Equal(2, metrics.ImplementationsProduced);
        Assert.Equal(["lexer", "parser"], failed); // lexer's hidden suite failed in the last run of it
        Assert.Equal(1, metrics.CascadeEvents); // two failed siblings
        Assert.Equal((2, 3, 4, 5.0), (metrics.PlanArtifactsProduced, metrics.ContractsProduced, metrics.TestsProduced, metrics.BudgetCap));
    }

    [Fact]
    public void ALaterPass_ClearsAComponentFromTheFailedSet()
    {
        AuditEvent[] log =
        [
            Event("test", runs: [Run("lexer", SuiteStatus.Failed, failed: 1), Run("parser", SuiteStatus.Failed, failed: 1)]),
            Event("test", runs: [Run("parser", SuiteStatus.Passed, passed: 1)]),
        ];

        var (metrics, failed) = HealthLedger.Derive(log, Tree, OnDisk);

        Assert.Equal(["lexer"], failed);
        Assert.Equal(0, metrics.CascadeEvents);
    }

    [Fact]
    public void Usage_IsSummedPerPhase_AndSplitIntoPlanningAndGeneration()
    {
        AuditEvent[] log =
        [
            Event("health.record", usage: new AuditUsage { Phase = "implement", InputTokens = 100, OutputTokens = 50, Calls = 1, SpendUsd = 0.25 }),
            Event("health.record", usage: new AuditUsage { Phase = "implement", InputTokens = 100, OutputTokens = 50, Calls = 2, SpendUsd = 0.25 }),
            Event("health.record", usage: new AuditUsage { Phase = "contract", InputTokens = 10, OutputTokens = 5, Calls = 1, SpendUsd = 0.1 }),
            Event("health.record", usage: new AuditUsage { Phase = "polish", InputTokens = 7, OutputTokens = 0, Calls = 1 }),
        ];

        var (metrics, _) = HealthLedger.Derive(log, null, OnDisk);

        Assert.Equal(300, metrics.GenerationTokens);
        Assert.Equal(3, metrics.GenerationCalls);
        Assert.Equal(15, metrics.PlanningTokens); // contract authoring counts as planning
        Assert.Equal(1, metrics.PlanningCalls);
        Assert.Equal(["contract", "implement", "polish"], metrics.PhaseTokens.Keys);
        Assert.Equal(7, metrics.PhaseTokens["polish"].Tokens); // neither planning nor generation, but in the table
        Assert.Equal(0.6, metrics.TotalSpend, 10);
    }
}
