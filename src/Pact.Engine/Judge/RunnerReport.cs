using Pact.Suites;

namespace Pact.Engine.Judge;

/// <summary>The counts and failures read from a runner's machine-readable report. Skipped tests count as failures: a locked test must run.</summary>
public sealed record RunnerReport
{
    public int Total { get; init; }
    public int Passed { get; init; }
    public int Failed { get; init; }
    public int Errors { get; init; }
    public IReadOnlyList<TestFailure> Failures { get; init; } = [];
}
