using Pact.Audit;
using Pact.Decomposition;
using Pact.Judge;

namespace Pact.Health;

/// <summary>
/// Derives the health counters from what Pact itself saw: the audit log (submissions, recorded suite runs, reported
/// usage) and the artifact counts on disk. Pure, so every counter can be tested on a hand-made log.
/// </summary>
public static class HealthLedger
{
    // Audit actions of the submissions that count as plan revisions when repeated (SubmitService, SuiteLockService).

    public static (HealthMetrics Metrics, IReadOnlyList<string> Failed) Derive(IReadOnlyList<AuditEvent> events, DecompositionTree? tree, HealthArtifacts artifacts)
    {
        var revisions = Math.Max(0, events.Count(e => e.Action == AuditActions.Decompose) - 1)
            + Resubmissions(events, AuditActions.Contract) + Resubmissions(events, AuditActions.TestsLock);

        int attempts = 0, failures = 0, passes = 0, testFailures = 0;
        var componentFailures = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var implemented = new HashSet<string>(StringComparer.Ordinal);
        var latestFailed = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var entry in events.Where(e => e.Runs is { Count: > 0 }))
        {
            foreach (var run in entry.Runs!)
            {
                passes += run.Passed;
                testFailures += run.Failed + run.Errors;
                if (run.Kind != SuiteKind.Visible)
                {
                    continue;
                }

                attempts++;
                if (run.Status == SuiteStatus.Passed)
                {
                    implemented.Add(run.ComponentId);
                }
                else
                {
                    failures++;
                    componentFailures[run.ComponentId] = componentFailures.GetValueOrDefault(run.ComponentId) + 1;
                }
            }

            // A component's latest state is that of the last command that ran it: failed if any of its suites failed there.
            foreach (var group in entry.Runs!.GroupBy(r => r.ComponentId))
            {
                latestFailed[group.Key] = group.Any(r => r.Status != SuiteStatus.Passed);
            }
        }

        var usage = new SortedDictionary<string, PhaseUsage>(StringComparer.Ordinal);
        foreach (var reported in events.Select(e => e.Usage).OfType<AuditUsage>())
        {
            var sum = usage.GetValueOrDefault(reported.Phase) ?? new PhaseUsage();
            usage[reported.Phase] = new PhaseUsage
            {
                InputTokens = sum.InputTokens + reported.InputTokens,
                OutputTokens = sum.OutputTokens + reported.OutputTokens,
                Calls = sum.Calls + reported.Calls,
                SpendUsd = sum.SpendUsd + reported.SpendUsd,
            };
        }

        var failed = latestFailed.Where(p => p.Value).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        var metrics = new HealthMetrics
        {
            PlanningTokens = usage.Where(p => HealthPhases.IsPlanning(p.Key)).Sum(p => p.Value.Tokens),
            GenerationTokens = usage.Where(p => HealthPhases.IsGeneration(p.Key)).Sum(p => p.Value.Tokens),
            PlanningCalls = usage.Where(p => HealthPhases.IsPlanning(p.Key)).Sum(p => p.Value.Calls),
            GenerationCalls = usage.Where(p => HealthPhases.IsGeneration(p.Key)).Sum(p => p.Value.Calls),
            PlanRevisions = revisions,
            ImplementationAttempts = attempts,
            ImplementationFailures = failures,
            TestFailures = testFailures,
            TestPasses = passes,
            PlanArtifactsProduced = artifacts.PlanArtifacts,
            ContractsProduced = artifacts.Contracts,
            TestsProduced = artifacts.Suites,
            ImplementationsProduced = implemented.Count,
            ComponentFailures = componentFailures,
            CascadeEvents = Cascade.Count(tree, failed.ToHashSet(StringComparer.Ordinal)),
            PhaseTokens = usage,
            TotalSpend = usage.Values.Sum(p => p.SpendUsd),
            BudgetCap = artifacts.BudgetCap,
        };
        return (metrics, failed);
    }

    private static int Resubmissions(IReadOnlyList<AuditEvent> events, string action) =>
        events.Where(e => e.Action == action && e.ComponentId is not null).GroupBy(e => e.ComponentId).Sum(g => g.Count() - 1);
}
