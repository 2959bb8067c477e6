namespace Pact.Engine.Judge.Runs;

/// <summary>The counts and failures read from a runner's machine-readable report. Skipped tests count as failures: a locked test must run.</summary>
public sealed record RunnerReport
{
    public int Total { get; init; }
    public int Passed { get; init; }
    public int Failed { get; init; }
    public int Errors { get; init; }
    public IReadOnlyList<TestFailure> Failures { get; init; } = [];

    /// <summary>Every test the report lists, by its reported name, in report order (what the cross-check compares).</summary>
    public IReadOnlyList<Reporting.ReportedCase> Cases { get; init; } = [];
}
