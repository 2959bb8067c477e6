namespace Pact.Pipeline;

/// <summary>Where a daemon's run stands.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<DaemonPhase>))]
public enum DaemonPhase
{
    /// <summary>Taking steps.</summary>
    Running,

    /// <summary>At a gate (a person's answer, the plan's approval, the budget): it looks again every interval.</summary>
    Waiting,

    /// <summary>Certified; the daemon has exited 0.</summary>
    Complete,

    /// <summary>Stopped on a failure no retry mends, or idle past its limit; the daemon has exited 1.</summary>
    Failed,
}
