namespace Pact.Engine.Judge.Runs;

/// <summary>How one test, polish or certify call runs, beyond what pact.yaml says.</summary>
public sealed record RunOptions
{
    /// <summary>Told of each finished suite (counts only).</summary>
    public IProgress<SuiteProgressEvent>? Progress { get; init; }

    /// <summary>Each suite's time limit for this call instead of pact.yaml's <c>test_timeout_seconds</c>.</summary>
    public TimeSpan? Timeout { get; init; }

    public static RunOptions None { get; } = new();
}
