namespace Pact.Assessment;

/// <summary>What <c>pact assess</c> returns: the Python Pact's <c>AssessmentReport</c>, field for field.</summary>
public sealed record AssessmentReport
{
    public required string RootPath { get; init; }
    public string Language { get; init; } = "python";
    public IReadOnlyList<AssessmentFinding> Findings { get; init; } = [];
    public IReadOnlyList<ModuleMetrics> ModuleMetrics { get; init; } = [];
    public required string AssessedAt { get; init; }
    public required string Summary { get; init; }
}
