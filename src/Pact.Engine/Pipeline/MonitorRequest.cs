namespace Pact.Engine.Pipeline;

/// <summary>How <c>pact monitor</c> watches: how often, when a daemon counts as stuck, which gates it answers, and how to start a daemon.</summary>
public sealed record MonitorRequest
{
    /// <summary>The command line that starts a daemon on the project (the program, then its arguments).</summary>
    public required IReadOnlyList<string> DaemonCommand { get; init; }
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A daemon with no step for this long is killed and restarted (longer than any one backend call may take).</summary>
    public TimeSpan StuckTimeout { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>Answer the interview's open questions with its assumptions, and approve a complete plan, when the daemon waits on them.</summary>
    public bool Approve { get; init; }

    /// <summary>Told of each thing the monitor sees or does, one line each.</summary>
    public IProgress<string>? Progress { get; init; }
}
