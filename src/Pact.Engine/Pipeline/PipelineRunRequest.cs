namespace Pact.Engine.Pipeline;

/// <summary>How <c>pact run</c> is to drive the project, beyond what pact.yaml says.</summary>
public sealed record PipelineRunRequest
{
    /// <summary>Go on past the plan into the code; null leaves it to pact.yaml (plan_only: false implements).</summary>
    public bool? Implement { get; init; }

    /// <summary>Stop after the plan whatever pact.yaml says (<c>--plan-only</c>).</summary>
    public bool PlanOnly { get; init; }

    /// <summary>The backend's name; null for pact.yaml's <c>backend</c>, else <c>claude_code</c>.</summary>
    public string? Backend { get; init; }

    /// <summary>The model; null for pact.yaml's <c>model</c>, else the backend's default.</summary>
    public string? Model { get; init; }

    /// <summary>A bound on the steps of one run, so a loop Pact did not foresee ends.</summary>
    public int MaxSteps { get; init; } = 200;

    /// <summary>The time limit of one backend call.</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Told of each step as it ends (the CLI prints a line; MCP would send progress).</summary>
    public IProgress<Pact.Pipeline.PipelineStep>? Progress { get; init; }
}
