namespace Pact.Judge;

/// <summary>
/// One suite run, read from the runner's machine-readable report. For a hidden suite, <see cref="Failures"/> is
/// always empty and <see cref="Hint"/> carries the graduated hint instead: test code, inputs and expected values
/// never leave the judge.
/// </summary>
public sealed record SuiteRun
{
    public required string ComponentId { get; init; }
    public required SuiteKind Kind { get; init; }
    public required SuiteStatus Status { get; init; }
    public int Total { get; init; }
    public int Passed { get; init; }
    public int Failed { get; init; }
    public int Errors { get; init; }
    public string Message { get; set; } = "";
    public IReadOnlyList<TestFailure> Failures { get; set; } = [];
    public string Hint { get; set; } = "";
    public int HintLevel { get; init; }
    public long DurationMs { get; init; }

    /// <summary>How the run was confined (docs/THREAT_MODEL.md).</summary>
    public IsolationLevel Isolation { get; init; } = IsolationLevel.None;

    /// <summary>The rule of a run the judge refused or stopped for a reason of its own (e.g. judge.goodhart_exhausted); "" otherwise.</summary>
    public string Rule { get; set; } = "";
}
