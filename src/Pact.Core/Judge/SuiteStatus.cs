namespace Pact.Judge;

/// <summary>How one suite run ended.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<SuiteStatus>))]
public enum SuiteStatus
{
    Passed,
    Failed,

    /// <summary>The runner outlived the time limit; its whole process tree was killed.</summary>
    Timeout,

    /// <summary>The runner could not run or left no report (e.g. the implementation ended the process).</summary>
    Error,

    /// <summary>The judge refused to run (a symlink out of the source, a missing or tampered master).</summary>
    Refused,
}
