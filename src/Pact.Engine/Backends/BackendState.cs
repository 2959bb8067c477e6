namespace Pact.Engine.Backends;

/// <summary>How a call to a code-agent backend ended, as the review's recovery states name it.</summary>
public enum BackendState
{
    /// <summary>The agent answered with output of the requested shape.</summary>
    Completed,

    /// <summary>The backend is not installed or not configured here: install it, or choose another.</summary>
    Unavailable,

    /// <summary>The backend ran and failed (a bad credential, a crash, a hang, output of the wrong shape).</summary>
    Failed,
}
