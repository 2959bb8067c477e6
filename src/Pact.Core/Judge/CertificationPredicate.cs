namespace Pact.Judge;

/// <summary>The predicate of a Pact certificate: what was run, by which Pact, when, and how it ended.</summary>
public sealed record CertificationPredicate
{
    public required string ProjectId { get; init; }
    public required string ToolVersion { get; init; }
    public required string Timestamp { get; init; }
    public IReadOnlyList<string> Components { get; set; } = [];
    public IReadOnlyList<SuiteRun> Runs { get; set; } = [];
}
