namespace Pact.Pipeline;

/// <summary>
/// What <c>pact daemon</c> last said about itself, in <c>.pact/daemon.json</c>: which process it is, when it last did
/// something (its heartbeat, which <c>pact monitor</c> judges it stuck by), and how its run stands.
/// </summary>
public sealed record DaemonState
{
    public required int Pid { get; init; }
    public required string StartedAt { get; init; }
    public required string HeartbeatAt { get; init; }
    public required DaemonPhase Phase { get; init; }

    /// <summary>Why it is waiting or stopped, or the last step it took.</summary>
    public required string Message { get; init; }

    /// <summary>Steps taken since this process started.</summary>
    public int Steps { get; init; }
}
