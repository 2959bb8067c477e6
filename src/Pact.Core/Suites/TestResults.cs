namespace Pact.Suites;

/// <summary>The outcome of one suite run, read from the runner's machine-readable report.</summary>
public sealed record TestResults
{
    public int Total { get; init; }
    public int Passed { get; init; }
    public int Failed { get; init; }
    public int Errors { get; init; }
    public IReadOnlyList<TestFailure> FailureDetails { get; set; } = [];
    public string Timestamp { get; set; } = "";

    /// <summary>Zero executed tests is a failure, never a pass.</summary>
    [JsonIgnore]
    public bool AllPassed => Total > 0 && Failed == 0 && Errors == 0;
}
