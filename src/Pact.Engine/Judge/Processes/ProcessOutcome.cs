namespace Pact.Engine.Judge.Processes;

/// <summary>How a process ended and the first <see cref="ProcessSpec.OutputCap"/> bytes of each stream.</summary>
public sealed record ProcessOutcome
{
    public int ExitCode { get; init; }
    public bool TimedOut { get; init; }
    public string? StartError { get; init; }
    public string Stdout { get; init; } = "";
    public string Stderr { get; init; } = "";
    public bool Truncated { get; init; }
    public TimeSpan Duration { get; init; }

    /// <summary>False when the program could not be started at all (missing, not executable): <see cref="StartError"/> says why.</summary>
    public bool Started => StartError is null;
}
