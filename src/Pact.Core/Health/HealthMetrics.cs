namespace Pact.Health;

/// <summary>
/// The health counters (reference F.1). Pact does not call the model, so the token counters are what the agent
/// reported (<c>pact health record</c>); everything else is derived from the project: artifacts on disk, the audit
/// log's submissions and the judge's recorded suite runs.
/// </summary>
public sealed record HealthMetrics
{
    public long PlanningTokens { get; init; }
    public long GenerationTokens { get; init; }
    public long PlanningCalls { get; init; }
    public long GenerationCalls { get; init; }

    /// <summary>Re-submissions of the decomposition, of contracts and of visible suites (each after the first).</summary>
    public int PlanRevisions { get; init; }

    /// <summary>Recorded runs of visible suites (pact test, polish, certify): each is one attempt at an implementation.</summary>
    public int ImplementationAttempts { get; init; }
    public int ImplementationFailures { get; init; }

    /// <summary>Advocate reviews, and those that rejected the work (a critical or high finding): judged attempts too.</summary>
    public int Reviews { get; init; }
    public int ReviewRejections { get; init; }

    /// <summary>Test cases failed (or errored) and passed, summed over every recorded run, hidden ones included (counts only).</summary>
    public int TestFailures { get; init; }
    public int TestPasses { get; init; }
    public int ContractsProduced { get; init; }

    /// <summary>Interview, pitch and decomposition on disk (0-3). The Python Pact counted the interview and pitch as produced artifacts too.</summary>
    public int PlanArtifactsProduced { get; init; }

    /// <summary>Locked suites, visible and hidden.</summary>
    public int TestsProduced { get; init; }

    /// <summary>Components whose visible suite has passed at least once.</summary>
    public int ImplementationsProduced { get; init; }

    /// <summary>Failed visible runs per component (only components that failed at least once).</summary>
    public IReadOnlyDictionary<string, int> ComponentFailures { get; set; } = new Dictionary<string, int>();

    /// <summary>Unique pairs {failed component, failed parent} ∪ {two failed siblings}, among components whose latest run failed.</summary>
    public int CascadeEvents { get; init; }

    /// <summary>Always 0 in Pact for .NET: drift sampling needs a model; kept so the check reports "insufficient data".</summary>
    public int RegisterDriftEvents { get; init; }
    public int RegisterChecks { get; init; }
    public IReadOnlyDictionary<string, PhaseUsage> PhaseTokens { get; set; } = new Dictionary<string, PhaseUsage>();
    public double TotalSpend { get; init; }
    public double BudgetCap { get; set; } = 10.0;

    public long TotalTokens => PlanningTokens + GenerationTokens;

    public int ArtifactsProduced => PlanArtifactsProduced + ContractsProduced + TestsProduced + ImplementationsProduced;
}
