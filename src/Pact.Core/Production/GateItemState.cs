namespace Pact.Production;

[JsonConverter(typeof(SnakeCaseEnumConverter<GateItemState>))]
public enum GateItemState
{
    Satisfied,

    /// <summary>Recorded in na_register.yaml with a justification and a review reference.</summary>
    NotApplicable,
    Missing,

    /// <summary>The project changed since the evidence was gathered, or the evidence is older than the bound.</summary>
    Stale,

    /// <summary>A file still carries the <c>TODO(pact)</c> marker init wrote.</summary>
    Placeholder,

    /// <summary>Present but wrong: a failed check, an unjustified N/A, a schema error.</summary>
    Failed,
}
