namespace Pact.Pipeline;

/// <summary>How one step of <c>pact run</c> ended.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<PipelineStepState>))]
public enum PipelineStepState
{
    /// <summary>Its artifact was accepted by the gates, or its run passed.</summary>
    Done,

    /// <summary>It ran, and the gates or the judge said no (a run that failed, an answer refused).</summary>
    Refused,

    /// <summary>It could not be taken (the backend was unavailable or failed).</summary>
    Failed,
}
