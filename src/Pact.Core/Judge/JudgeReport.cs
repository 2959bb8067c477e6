namespace Pact.Judge;

/// <summary>What <c>pact test</c> and <c>pact polish</c> return: every suite run and every tamper finding.</summary>
public sealed record JudgeReport
{
    public required string ProjectDir { get; init; }
    public IReadOnlyList<SuiteRun> Runs { get; set; } = [];
    public IReadOnlyList<TamperFinding> Tamper { get; set; } = [];

    /// <summary>The tamper scan of the implementations (src/ of the components run and their dependencies), with the auditor's decisions.</summary>
    public IReadOnlyList<ImplementationFinding> Findings { get; set; } = [];
    public bool AllPassed { get; init; }
}
