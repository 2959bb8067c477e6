namespace Pact.Pipeline;

/// <summary>
/// The latest diagnosis of a component that kept failing, in <c>.pact/diagnoses/CID.json</c>: where the fault lies
/// (implementation, contract, human), why, and what to do about it. The next implementer's brief carries its guidance.
/// </summary>
public sealed record DiagnosisRecord
{
    public required string ComponentId { get; init; }
    public required string Verdict { get; init; }
    public required string Explanation { get; init; }
    public required string Guidance { get; init; }
    public required string DiagnosedAt { get; init; }
}
