namespace Pact.Engine.Judge.Runners;

/// <summary>What a runner produced: the last process it ran and the machine-readable report it was told to write.</summary>
public sealed record RunnerOutcome(ProcessOutcome Process, string ReportPath, ReportFormat Format)
{
    /// <summary>A step before the tests (e.g. compiling) failed; <see cref="Process"/> is that step.</summary>
    public string? FailedStep { get; init; }

    /// <summary>The name under which the runner reports the test file itself (see <see cref="ReportReader.Read"/>).</summary>
    public string? FileLevelName { get; init; }
}
