namespace Pact.Pipeline;

/// <summary>
/// How the last <c>pact run</c> was asked to drive the project and why it stopped, in <c>.pact/run.json</c>, so
/// <c>pact resume</c> goes on the same way. Only the request is kept: where the project stands is read afresh from its
/// artifacts and log, never from here.
/// </summary>
public sealed record PipelineRunRecord
{
    /// <summary><c>--implement</c> as given (null: left to pact.yaml and the plan approval).</summary>
    public bool? Implement { get; init; }
    public bool PlanOnly { get; init; }

    /// <summary><c>--backend</c> and <c>--model</c> as given (null: pact.yaml's).</summary>
    public string? Backend { get; init; }
    public string? Model { get; init; }
    public int MaxSteps { get; init; }
    public required PipelineStop Stop { get; init; }
    public required string Message { get; init; }
    public required string StoppedAt { get; init; }
    public double SpentUsd { get; init; }
    public double BudgetUsd { get; init; }
}
