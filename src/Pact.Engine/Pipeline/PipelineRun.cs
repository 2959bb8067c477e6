using Pact.Pipeline;

namespace Pact.Engine.Pipeline;

/// <summary>
/// What one <c>pact run</c> or <c>pact build</c> keeps between its steps. Implementation calls may run at once
/// (parallel components, competing attempts), so the steps list and the usage records go through <see cref="Lock"/>.
/// </summary>
internal sealed class PipelineRun
{
    public required string Root { get; init; }
    public required Project Project { get; init; }

    /// <summary>The backend and model of a step no role key reaches, and of each role without its own.</summary>
    public required RoleAssignment Default { get; init; }

    /// <summary>The assignment of each role pact.yaml (or the command line) gives one.</summary>
    public required IReadOnlyDictionary<string, RoleAssignment> Roles { get; init; }
    public required bool Implement { get; init; }

    /// <summary>When a plan approval is on record but the plan has changed since, when it was approved; else null.</summary>
    public string? StalePlanApproval { get; init; }
    public required int MaxAttempts { get; init; }

    /// <summary>Whether every component waiting for code is implemented at once (parallel_components).</summary>
    public required bool Parallel { get; init; }

    /// <summary>Attempts per component in each round: 1, or competitive_agents in competitive mode.</summary>
    public required int Competitors { get; init; }

    /// <summary>Backend calls at once while implementing (max_concurrent_agents; 1 unless parallel or competitive).</summary>
    public required int Concurrency { get; init; }
    public required PipelineRunRequest Request { get; init; }
    public List<PipelineStep> Steps { get; } = [];

    /// <summary>Implementation rounds per component (each round is one attempt, or one competition).</summary>
    public Dictionary<string, int> Attempts { get; } = new(StringComparer.Ordinal);

    /// <summary>Components diagnosed in this run (each gets one diagnosis, and one more round after it).</summary>
    public HashSet<string> Diagnosed { get; } = new(StringComparer.Ordinal);

    /// <summary>Components whose contract waits for a dependency's (asked again once another contract is in).</summary>
    public HashSet<string> Waiting { get; } = new(StringComparer.Ordinal);
    public List<Diagnostic> Warnings { get; } = [];

    /// <summary>The components this run has claimed (as <see cref="PipelineRunService.Holder"/>), given back when it stops.</summary>
    public HashSet<string> Claimed { get; } = new(StringComparer.Ordinal);

    /// <summary>Held while a call's budget is checked or its usage recorded, and while a step is added.</summary>
    public SemaphoreSlim Lock { get; } = new(1, 1);

    /// <summary>Who plays the role of <paramref name="tool"/>'s step.</summary>
    public RoleAssignment For(string tool) => AgentRoles.Of(tool) is { } role && Roles.TryGetValue(role, out var assigned) ? assigned : Default;

    public void Add(PipelineStep step)
    {
        lock (Steps)
        {
            Steps.Add(step);
            Request.Progress?.Report(step);
        }
    }
}
