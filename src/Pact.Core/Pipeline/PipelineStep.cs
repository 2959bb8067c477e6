namespace Pact.Pipeline;

/// <summary>One step <c>pact run</c> took: the tool it stands for, the component, how it ended and what it cost.</summary>
public sealed record PipelineStep
{
    public required string Tool { get; init; }
    public string? ComponentId { get; init; }
    public required PipelineStepState State { get; init; }
    public required string Message { get; init; }

    /// <summary>Which attempt this was at the component's implementation (1 for the first), for implement steps.</summary>
    public int? Attempt { get; init; }

    /// <summary>In a competitive round, which of its attempts this call was (1 for the first); on its decision, the winner.</summary>
    public int? Competitor { get; init; }

    /// <summary>The backend that made the call (the step's role may have its own, pact.yaml's role_backends).</summary>
    public string? Backend { get; init; }

    /// <summary>What the backend call cost, when one was made and reported it.</summary>
    public double? CostUsd { get; init; }
}
