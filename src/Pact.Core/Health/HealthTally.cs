using Pact.Audit;
using Pact.Judge;

namespace Pact.Health;

/// <summary>
/// The health counters of an audit log folded one event at a time, so a reader can keep the tally of the lines it has
/// seen (the judge's checkpoint of the project log) and add only the lines written since, instead of re-reading the
/// whole history on every <c>status</c>. Serializable: the checkpoint stores it as it is.
/// </summary>
public sealed record HealthTally
{
    /// <summary>Decompositions submitted: repeated submissions count as plan revisions, as contracts and visible locks below do.</summary>
    public int Decompositions { get; set; }

    /// <summary>Per component: contracts submitted, and visible suites locked (every one after the first is a revision).</summary>
    public Dictionary<string, int> Contracts { get; set; } = [];
    public Dictionary<string, int> VisibleLocks { get; set; } = [];

    public int Attempts { get; set; }
    public int Failures { get; set; }
    public int Passes { get; set; }
    public int TestFailures { get; set; }
    public SortedDictionary<string, int> ComponentFailures { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Components whose visible suite has passed at least once.</summary>
    public SortedSet<string> Implemented { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Per component, whether the last command that ran it had a suite fail.</summary>
    public Dictionary<string, bool> LatestFailed { get; set; } = [];

    /// <summary>Per component and suite kind, whether that suite passed the last time it ran (status's test and polish steps).</summary>
    public Dictionary<string, bool> LatestVisiblePassed { get; set; } = [];
    public Dictionary<string, bool> LatestHiddenPassed { get; set; } = [];
    public SortedDictionary<string, PhaseUsage> Usage { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Per component, its visible runs failed in a row since it last passed or was diagnosed (status's diagnose step).</summary>
    public Dictionary<string, int> VisibleFailStreak { get; set; } = [];

    /// <summary>
    /// Per component, a diagnosis that handed the fault to the contract or to a person (<c>contract: …</c>,
    /// <c>human: …</c>) and still stands: until the contract is amended, a later diagnosis decides otherwise, or the
    /// visible suite passes.
    /// </summary>
    public Dictionary<string, string> OpenDiagnoses { get; set; } = [];

    public void Add(AuditEvent entry)
    {
        switch (entry.Action)
        {
            case AuditActions.Decompose:
                Decompositions++;
                break;
            case AuditActions.Contract when entry.ComponentId is { } contract:
                Contracts[contract] = Contracts.GetValueOrDefault(contract) + 1;
                if (OpenDiagnoses.TryGetValue(contract, out var open) && Pact.Pipeline.DiagnosisDetail.Parse(open).Verdict == "contract")
                {
                    OpenDiagnoses.Remove(contract);
                }

                break;
            case AuditActions.Diagnosis when entry.ComponentId is { } diagnosed:
                VisibleFailStreak.Remove(diagnosed);
                if (Pact.Pipeline.DiagnosisDetail.Parse(entry.Detail).Verdict == "implementation")
                {
                    OpenDiagnoses.Remove(diagnosed);
                }
                else
                {
                    OpenDiagnoses[diagnosed] = entry.Detail;
                }

                break;
            case AuditActions.TestsLock when entry.ComponentId is { } locked:
                VisibleLocks[locked] = VisibleLocks.GetValueOrDefault(locked) + 1;
                break;
        }

        if (entry.Runs is { Count: > 0 } runs)
        {
            AddRuns(runs);
        }

        if (entry.Usage is { } reported)
        {
            var sum = Usage.GetValueOrDefault(reported.Phase) ?? new PhaseUsage();
            Usage[reported.Phase] = new PhaseUsage
            {
                InputTokens = sum.InputTokens + reported.InputTokens,
                OutputTokens = sum.OutputTokens + reported.OutputTokens,
                Calls = sum.Calls + reported.Calls,
                SpendUsd = sum.SpendUsd + reported.SpendUsd,
            };
        }
    }

    private void AddRuns(IReadOnlyList<AuditRun> runs)
    {
        foreach (var run in runs)
        {
            Passes += run.Passed;
            TestFailures += run.Failed + run.Errors;
            (run.Kind == SuiteKind.Visible ? LatestVisiblePassed : LatestHiddenPassed)[run.ComponentId] = run.Status == SuiteStatus.Passed;
            if (run.Kind != SuiteKind.Visible)
            {
                continue;
            }

            Attempts++;
            if (run.Status == SuiteStatus.Passed)
            {
                Implemented.Add(run.ComponentId);
                VisibleFailStreak.Remove(run.ComponentId);
                OpenDiagnoses.Remove(run.ComponentId);
            }
            else
            {
                Failures++;
                ComponentFailures[run.ComponentId] = ComponentFailures.GetValueOrDefault(run.ComponentId) + 1;
                VisibleFailStreak[run.ComponentId] = VisibleFailStreak.GetValueOrDefault(run.ComponentId) + 1;
            }
        }

        // A component's latest state is that of the last command that ran it: failed if any of its suites failed there.
        foreach (var group in runs.GroupBy(r => r.ComponentId))
        {
            LatestFailed[group.Key] = group.Any(r => r.Status != SuiteStatus.Passed);
        }
    }

    /// <summary>The metrics of the events folded so far, with what is on disk now.</summary>
    public (HealthMetrics Metrics, IReadOnlyList<string> Failed) Metrics(DecompositionTree? tree, HealthArtifacts artifacts)
    {
        var revisions = Math.Max(0, Decompositions - 1) + Contracts.Values.Sum(n => n - 1) + VisibleLocks.Values.Sum(n => n - 1);
        var failed = LatestFailed.Where(p => p.Value).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        var metrics = new HealthMetrics
        {
            PlanningTokens = Usage.Where(p => HealthPhases.IsPlanning(p.Key)).Sum(p => p.Value.Tokens),
            GenerationTokens = Usage.Where(p => HealthPhases.IsGeneration(p.Key)).Sum(p => p.Value.Tokens),
            PlanningCalls = Usage.Where(p => HealthPhases.IsPlanning(p.Key)).Sum(p => p.Value.Calls),
            GenerationCalls = Usage.Where(p => HealthPhases.IsGeneration(p.Key)).Sum(p => p.Value.Calls),
            PlanRevisions = revisions,
            ImplementationAttempts = Attempts,
            ImplementationFailures = Failures,
            TestFailures = TestFailures,
            TestPasses = Passes,
            PlanArtifactsProduced = artifacts.PlanArtifacts,
            ContractsProduced = artifacts.Contracts,
            TestsProduced = artifacts.Suites,
            ImplementationsProduced = Implemented.Count,
            ComponentFailures = new SortedDictionary<string, int>(ComponentFailures, StringComparer.Ordinal),
            CascadeEvents = Cascade.Count(tree, failed.ToHashSet(StringComparer.Ordinal)),
            PhaseTokens = new SortedDictionary<string, PhaseUsage>(Usage, StringComparer.Ordinal),
            TotalSpend = Usage.Values.Sum(p => p.SpendUsd),
            BudgetCap = artifacts.BudgetCap,
            Reviews = artifacts.Reviews,
            ReviewRejections = artifacts.ReviewRejections,
        };
        return (metrics, failed);
    }
}
