namespace Pact.State;

/// <summary>Pipeline phases, in the order the pipeline walks them (diagnose sits outside the order).</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<Phase>))]
public enum Phase
{
    Interview,
    Shape,
    Decompose,
    Contract,
    Preflight,
    Implement,
    Integrate,
    Arbiter,
    Polish,
    Retrospective,
    Diagnose,
    Complete,
}
