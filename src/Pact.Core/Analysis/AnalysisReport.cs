namespace Pact.Analysis;

/// <summary>analysis.json: the findings of <c>pact analyze</c> and their count by severity.</summary>
public sealed record AnalysisReport
{
    public required string ProjectId { get; init; }
    public required IReadOnlyList<AnalysisFinding> Findings { get; init; }
    public required string AnalyzedAt { get; init; }
    public required string Summary { get; init; }
}
