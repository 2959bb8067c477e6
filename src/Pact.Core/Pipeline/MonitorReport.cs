namespace Pact.Pipeline;

/// <summary>How <c>pact monitor</c> ended: the daemon's last state, whether the project is certified, and what the monitor had to do.</summary>
public sealed record MonitorReport
{
    public required string ProjectDir { get; init; }
    public required bool Certified { get; init; }

    /// <summary>Daemons started: the first, and each one after a daemon died or was killed.</summary>
    public required int Started { get; init; }

    /// <summary>Daemons killed for being silent longer than the stuck timeout.</summary>
    public required int Killed { get; init; }

    /// <summary>Gates the monitor answered itself (<c>--approve</c>).</summary>
    public required int Approvals { get; init; }
    public DaemonState? Daemon { get; init; }
    public required string Message { get; init; }
}
