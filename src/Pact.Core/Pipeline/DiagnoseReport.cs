using Pact.Projects;

namespace Pact.Pipeline;

/// <summary>What <c>pact diagnose</c> recorded, and the step it routes the component to.</summary>
public sealed record DiagnoseReport
{
    public required DiagnosisRecord Diagnosis { get; init; }
    public required string File { get; init; }
    public required NextStep Next { get; init; }
}
