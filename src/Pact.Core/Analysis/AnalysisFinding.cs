namespace Pact.Analysis;

/// <summary>One cross-artifact finding of <c>pact analyze</c> (reference H.1), numbered F001….</summary>
public sealed record AnalysisFinding
{
    public required string Id { get; init; }
    public required Severity Severity { get; init; }
    /// <summary>coverage_gap, ambiguity, duplication or consistency.</summary>
    public required string Category { get; init; }
    public string ComponentId { get; init; } = "";
    public required string Description { get; init; }
    public string Suggestion { get; init; } = "";
    public IReadOnlyList<string> Artifacts { get; init; } = [];
}
