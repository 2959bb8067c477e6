using Pact.Projects;

namespace Pact.Pipeline;

/// <summary>What <c>pact run</c> did: each step, why it stopped, what to do next, and what the model calls cost.</summary>
public sealed record PipelineRunReport
{
    public required string ProjectDir { get; init; }

    /// <summary>Whether the run went on past the plan into the code (<c>--implement</c>, or pact.yaml's plan_only: false).</summary>
    public required bool Implement { get; init; }
    public required string Backend { get; init; }
    public required IReadOnlyList<PipelineStep> Steps { get; init; }
    public required PipelineStop Stop { get; init; }
    public required string Message { get; init; }

    /// <summary>The step to take from here (the same work item <c>pact status</c> names).</summary>
    public required NextStep Next { get; init; }

    /// <summary>The project's recorded spend when the run stopped, in US dollars, and its budget.</summary>
    public double SpentUsd { get; init; }
    public double BudgetUsd { get; init; }

    /// <summary>For <c>pact resume</c>: why the run it went on with had stopped, and when; null for a fresh run.</summary>
    public PipelineStop? ResumedAfter { get; init; }
    public string? ResumedFromTime { get; init; }
}
