namespace Pact.Pipeline;

/// <summary>Why <c>pact run</c> stopped, and so what the person running it does next.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<PipelineStop>))]
public enum PipelineStop
{
    /// <summary>Plan-only: interview, decomposition, contracts and suites are in and valid; the code is next.</summary>
    PlanComplete,

    /// <summary>Certified.</summary>
    Complete,

    /// <summary>At a gate a person answers (an open question, the auditor's step, a review blocker); rerun after it.</summary>
    Paused,

    /// <summary>The budget is spent: the spend is shown, and the run goes on only with a larger budget.</summary>
    Budget,

    /// <summary>A step failed and retrying will not help by itself (attempts spent, a backend that cannot run).</summary>
    Failed,

    /// <summary>The run took as many steps as it was allowed without finishing.</summary>
    StepLimit,
}
