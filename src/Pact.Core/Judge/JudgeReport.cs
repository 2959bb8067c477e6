namespace Pact.Judge;

/// <summary>What <c>pact test</c> and <c>pact polish</c> return: every suite run and every tamper finding.</summary>
public sealed record JudgeReport
{
    public required string ProjectDir { get; init; }
    public IReadOnlyList<SuiteRun> Runs { get; set; } = [];
    public IReadOnlyList<TamperFinding> Tamper { get; set; } = [];
    public bool AllPassed { get; init; }
}
