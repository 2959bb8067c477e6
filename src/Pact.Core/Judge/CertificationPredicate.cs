namespace Pact.Judge;

/// <summary>The predicate of a Pact certificate: what was run, by which Pact, when, and how it ended.</summary>
public sealed record CertificationPredicate
{
    public required string ProjectId { get; init; }
    public required string ToolVersion { get; init; }
    public required string Timestamp { get; init; }
    public IReadOnlyList<string> Components { get; set; } = [];
    public IReadOnlyList<SuiteRun> Runs { get; set; } = [];

    /// <summary>The weakest isolation of the runs: what a verifier may rely on.</summary>
    public IsolationLevel Isolation { get; init; } = IsolationLevel.None;

    /// <summary>True when certification was asked to accept unisolated runs (<c>--allow-unisolated</c>).</summary>
    public bool AllowedUnisolated { get; init; }

    /// <summary>Every change of the project's authority before this certificate (moves approved, new authorities taken without approval).</summary>
    public IReadOnlyList<AuthorityChange> AuthorityHistory { get; set; } = [];

    /// <summary>The project's reviews when it was certified, each with the decisions on its findings and questions.</summary>
    public IReadOnlyList<Pact.Reviews.ReviewSummary> Reviews { get; set; } = [];
}
